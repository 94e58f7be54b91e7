"""Area C: the Azure clients -- `openai.AzureOpenAI` / `openai.AsyncAzureOpenAI` with an API key,
an Entra ID token, a token provider (sync and async), a deployment, the `base_url` form, the
environment variables, `with_options` / `copy`, missing settings; chat and embeddings calls (and
a few resource-wide calls) through each, recording the paths, query, auth headers and results."""

from __future__ import annotations

import base64
import struct
from typing import Any, Dict, List

from dsl import Ctx, Reply, scenario
from observe import describe_exception
from server import sse

import openai

API_VERSION = "2024-10-21"
AZURE_KEY = "azure-key-0123456789abcdef"


def endpoint_of(ctx: Ctx) -> str:
    return f"http://127.0.0.1:{ctx.server.port}"


def azure(ctx: Ctx, **kwargs: Any) -> Any:
    """An Azure client on the recording server with exactly the credentials given (the DSL's
    `ctx.azure_client` adds an API key to every client), closed after the scenario."""
    return ctx.fresh_client(openai.AzureOpenAI, **kwargs)


def aazure(ctx: Ctx, **kwargs: Any) -> Any:
    return ctx.fresh_client(openai.AsyncAzureOpenAI, **kwargs)


def token_provider(calls: List[str], token: str, is_async: bool = False) -> Any:
    """An Azure AD token provider (a coroutine function when `is_async`) counting its calls in
    `calls`; it returns `token` formatted with that count."""

    def provider() -> str:
        calls.append("called")
        return token.format(len(calls))

    async def provider_async() -> str:
        return provider()

    return provider_async if is_async else provider


def chat(ctx: Ctx, client: Any, label: str = "chat", **kwargs: Any) -> Any:
    """`ctx.call(label, ...)` of a gpt-4o chat completion of `MESSAGES` (and `kwargs`)."""
    return ctx.call(label, lambda: client.chat.completions.create(model="gpt-4o", messages=MESSAGES, **kwargs))


def chat_body(model: str = "gpt-4o") -> Dict[str, Any]:
    return {
        "id": "chatcmpl-AzR1",
        "object": "chat.completion",
        "created": 1727000000,
        "model": model,
        "system_fingerprint": "fp_azure",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "Hello from Azure!", "refusal": None},
                "logprobs": None,
                "finish_reason": "stop",
                "content_filter_results": {
                    "hate": {"filtered": False, "severity": "safe"},
                    "violence": {"filtered": False, "severity": "safe"},
                },
            }
        ],
        "usage": {"prompt_tokens": 9, "completion_tokens": 4, "total_tokens": 13},
        "prompt_filter_results": [
            {"prompt_index": 0, "content_filter_results": {"hate": {"filtered": False, "severity": "safe"}}}
        ],
    }


def chat_reply(model: str = "gpt-4o") -> Reply:
    return Reply(json_body=chat_body(model), headers={"apim-request-id": "apim-1", "x-request-id": "req_az_chat"})


def embedding_reply(as_base64: bool) -> Reply:
    vector = [0.25, -0.5, 0.125]
    value: Any = base64.b64encode(struct.pack("<3f", *vector)).decode() if as_base64 else vector
    return Reply(
        json_body={
            "object": "list",
            "data": [{"object": "embedding", "index": 0, "embedding": value}],
            "model": "text-embedding-3-small",
            "usage": {"prompt_tokens": 3, "total_tokens": 3},
        },
        headers={"x-request-id": "req_az_emb"},
    )


def list_reply() -> Reply:
    return Reply(json_body={"object": "list", "data": [], "has_more": False}, headers={"x-request-id": "req_az_list"})


MESSAGES = [{"role": "user", "content": "Say hello"}]


def chat_and_embeddings(ctx: Ctx, client: Any, prefix: str = "") -> None:
    ctx.reply(chat_reply(), embedding_reply(True))
    ctx.call(prefix + "chat", lambda: client.chat.completions.create(model="gpt-4o", messages=MESSAGES))
    result = ctx.call(
        prefix + "embeddings", lambda: client.embeddings.create(model="text-embedding-3-small", input="hello world")
    )
    ctx.note(prefix + "embedding values", getattr(getattr(result, "data", [None])[0], "embedding", None))


async def achat_and_embeddings(ctx: Ctx, client: Any, prefix: str = "") -> None:
    ctx.reply(chat_reply(), embedding_reply(False))
    await ctx.acall(prefix + "chat", lambda: client.chat.completions.create(model="gpt-4o", messages=MESSAGES))
    await ctx.acall(
        prefix + "embeddings",
        lambda: client.embeddings.create(model="text-embedding-3-small", input=["a", "b"], encoding_format="float"),
    )


def client_facts(ctx: Ctx, client: Any, label: str = "client") -> None:
    """What the caller can read off the client object."""
    ctx.note(
        label,
        {
            "type": type(client).__name__,
            "base_url": str(client.base_url),
            "api_key": client.api_key,
            "max_retries": client.max_retries,
            "default_query": dict(client.default_query) if hasattr(client, "default_query") else "<missing>",
            "is_OpenAI": isinstance(client, (openai.OpenAI, openai.AsyncOpenAI)),
        },
    )


# ------------------------------------------------------------------------------ credentials


@scenario("azure: api_key chat + embeddings")
def _(ctx):
    client = azure(ctx, api_key=AZURE_KEY)
    client_facts(ctx, client)
    chat_and_embeddings(ctx, client)


@scenario("azure: api_key chat + embeddings (async)")
async def _(ctx):
    client = aazure(ctx, api_key=AZURE_KEY)
    client_facts(ctx, client)
    await achat_and_embeddings(ctx, client)


@scenario("azure: azure_ad_token")
def _(ctx):
    client = azure(ctx, azure_ad_token="entra-token-abc")
    client_facts(ctx, client)
    chat_and_embeddings(ctx, client)


@scenario("azure: azure_ad_token (async)")
async def _(ctx):
    client = aazure(ctx, azure_ad_token="entra-token-abc")
    client_facts(ctx, client)
    await achat_and_embeddings(ctx, client)


@scenario("azure: api_key and azure_ad_token together")
def _(ctx):
    client = azure(ctx, api_key=AZURE_KEY, azure_ad_token="entra-token-abc")
    client_facts(ctx, client)
    ctx.reply(chat_reply())
    chat(ctx, client)


@scenario("azure: azure_ad_token_provider called per attempt")
def _(ctx):
    calls: List[str] = []
    client = azure(ctx, azure_ad_token_provider=token_provider(calls, "entra-token-{}"))
    client_facts(ctx, client)
    ctx.note("provider calls at construction", len(calls))
    ctx.reply(Reply(500, json_body={"error": {"message": "busy", "type": "server_error"}}), chat_reply())
    chat(ctx, client)
    ctx.note("provider calls after chat", len(calls))
    ctx.reply(embedding_reply(True))
    ctx.call("embeddings", lambda: client.embeddings.create(model="text-embedding-3-small", input="x"))
    ctx.note("provider calls after embeddings", len(calls))


@scenario("azure: azure_ad_token_provider returns empty")
def _(ctx):
    client = azure(ctx, azure_ad_token_provider=lambda: "")
    chat(ctx, client)
    client2 = azure(ctx, azure_ad_token_provider=lambda: None)  # type: ignore[arg-type,return-value]
    chat(ctx, client2, "chat (None)")


for _kind, _token in (("async", "async-token-{}"), ("sync", "sync-token-for-async")):

    @scenario(f"azure: async client with {_kind} token provider")
    async def _(ctx, kind=_kind, token=_token):
        calls: List[str] = []
        client = aazure(ctx, azure_ad_token_provider=token_provider(calls, token, is_async=kind == "async"))
        await achat_and_embeddings(ctx, client)
        ctx.note("provider calls", len(calls))


@scenario("azure: async token provider returns empty")
async def _(ctx):
    async def provider() -> str:
        return ""

    client = aazure(ctx, azure_ad_token_provider=provider)
    await ctx.acall("chat", lambda: client.chat.completions.create(model="gpt-4o", messages=MESSAGES))


@scenario("azure: explicit Authorization / api-key headers win")
def _(ctx):
    client = azure(ctx, azure_ad_token="entra-token-abc")
    ctx.reply(chat_reply(), chat_reply())
    ctx.call(
        "chat with Authorization",
        lambda: client.chat.completions.create(
            model="gpt-4o", messages=MESSAGES, extra_headers={"Authorization": "Bearer caller-token"}
        ),
    )
    keyed = azure(ctx, api_key=AZURE_KEY)
    ctx.call(
        "chat with api-key",
        lambda: keyed.chat.completions.create(model="gpt-4o", messages=MESSAGES, extra_headers={"api-key": "other"}),
    )


@scenario("azure: credentials against default and per-request headers")
def _(ctx):
    calls: List[str] = []
    provider = token_provider(calls, "entra-token-{}")
    client = azure(ctx, azure_ad_token_provider=provider, default_headers={"Authorization": "Bearer default"})
    ctx.note("auth_headers", client.auth_headers)
    ctx.reply(chat_reply(), chat_reply(), chat_reply(), chat_reply())
    chat(ctx, client, "default Authorization")
    ctx.call(
        "per-request Authorization",
        lambda: client.chat.completions.create(
            model="gpt-4o", messages=MESSAGES, extra_headers={"Authorization": "Bearer mine"}
        ),
    )
    ctx.note("provider calls", len(calls))
    keyed = azure(ctx, api_key=AZURE_KEY, default_headers={"api-key": "default-key", "X-Team": "t"})
    ctx.note("keyed auth_headers", keyed.auth_headers)
    chat(ctx, keyed, "default api-key")
    ctx.call(
        "raw with api-key",
        lambda: keyed.with_raw_response.chat.completions.create(model="gpt-4o", messages=MESSAGES),
    )


# ------------------------------------------------------------------------------ deployments and paths


@scenario("azure: no deployment: deployment and resource paths")
def _(ctx):
    client = azure(ctx, api_key=AZURE_KEY)
    ctx.reply(chat_reply("gpt-4o-mini"), embedding_reply(False), list_reply(), list_reply(), list_reply())
    ctx.call("chat", lambda: client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES))
    ctx.call(
        "embeddings",
        lambda: client.embeddings.create(model="emb-deploy", input=[[1, 2, 3]], encoding_format="float"),
    )
    ctx.call("files.list", lambda: client.files.list(purpose="assistants"))
    ctx.call("batches.list", lambda: client.batches.list(limit=2))
    ctx.call("assistants.list", lambda: client.beta.assistants.list())


@scenario("azure: azure_deployment: deployment and resource paths")
def _(ctx):
    client = azure(ctx, api_key=AZURE_KEY, azure_deployment="my-gpt4o")
    client_facts(ctx, client)
    ctx.reply(chat_reply(), embedding_reply(True), list_reply(), list_reply(), list_reply())
    chat(ctx, client)
    ctx.call("embeddings", lambda: client.embeddings.create(model="text-embedding-3-small", input="x"))
    ctx.call("files.list", lambda: client.files.list())
    ctx.call("batches.list", lambda: client.batches.list())
    ctx.call("models.list", lambda: client.models.list())


@scenario("azure: azure_deployment (async): deployment and resource paths")
async def _(ctx):
    client = aazure(ctx, api_key=AZURE_KEY, azure_deployment="my-gpt4o")
    await achat_and_embeddings(ctx, client)
    ctx.reply(list_reply(), list_reply())
    await ctx.acall("files.list", lambda: client.files.list())
    await ctx.acall("batches.list", lambda: client.batches.list())


@scenario("azure: audio and images paths")
def _(ctx):
    client = azure(ctx, api_key=AZURE_KEY)
    ctx.reply(
        Reply(content=b"ID3fake-mp3", content_type="audio/mpeg", headers={"x-request-id": "req_speech"}),
        Reply(json_body={"text": "hello"}),
        Reply(
            json_body={
                "created": 1727000000,
                "data": [{"url": "https://example.com/img.png", "revised_prompt": "a cat"}],
            }
        ),
    )
    speech = ctx.call(
        "audio.speech", lambda: client.audio.speech.create(model="tts-deploy", voice="alloy", input="Hello")
    )
    ctx.note("speech bytes", getattr(speech, "content", None))
    ctx.call(
        "audio.transcriptions",
        lambda: client.audio.transcriptions.create(
            model="whisper-deploy", file=("a.wav", b"RIFF0000WAVE", "audio/wav")
        ),
    )
    ctx.call("images.generate", lambda: client.images.generate(model="dalle3-deploy", prompt="a cat", n=1))


@scenario("azure: responses and assistants are resource-wide")
def _(ctx):
    client = azure(ctx, api_key=AZURE_KEY, azure_deployment="my-gpt4o")
    ctx.reply(
        Reply(
            json_body={
                "id": "resp_1",
                "object": "response",
                "created_at": 1727000000,
                "status": "completed",
                "model": "gpt-4o",
                "output": [],
                "parallel_tool_calls": True,
                "tool_choice": "auto",
                "tools": [],
            }
        ),
        list_reply(),
    )
    ctx.call("responses.create", lambda: client.responses.create(model="gpt-4o", input="hi"))
    ctx.call("assistants.list", lambda: client.beta.assistants.list())


@scenario("azure: base_url form")
def _(ctx):
    client = ctx.track(
        openai.AzureOpenAI(
            base_url=f"{endpoint_of(ctx)}/openai/deployments/base-dep", api_version=API_VERSION, api_key=AZURE_KEY
        )
    )
    client_facts(ctx, client)
    ctx.reply(chat_reply(), list_reply())
    chat(ctx, client)
    ctx.call("files.list", lambda: client.files.list())


@scenario("azure: base_url without deployment")
def _(ctx):
    client = ctx.track(
        openai.AzureOpenAI(base_url=f"{endpoint_of(ctx)}/openai", api_version=API_VERSION, api_key=AZURE_KEY)
    )
    ctx.reply(chat_reply(), embedding_reply(True))
    chat(ctx, client)
    ctx.call("embeddings", lambda: client.embeddings.create(model="emb", input="x"))


@scenario("azure: endpoint with trailing slash and path")
def _(ctx):
    client = azure(ctx, api_key=AZURE_KEY, azure_endpoint=endpoint_of(ctx) + "/", azure_deployment="dep")
    client_facts(ctx, client)
    ctx.reply(chat_reply(), list_reply())
    chat(ctx, client)
    ctx.call("files.list", lambda: client.files.list())


@scenario("azure: deployment name with special characters")
def _(ctx):
    client = azure(ctx, api_key=AZURE_KEY)
    ctx.reply(chat_reply())
    ctx.call("chat", lambda: client.chat.completions.create(model="my deploy/v2", messages=MESSAGES))


@scenario("azure: api-version and default_query")
def _(ctx):
    client = azure(ctx, api_key=AZURE_KEY, default_query={"tenant": "t1", "api-version": "ignored"})
    client_facts(ctx, client)
    ctx.reply(chat_reply(), chat_reply())
    chat(ctx, client)
    ctx.call(
        "chat with extra_query",
        lambda: client.chat.completions.create(
            model="gpt-4o", messages=MESSAGES, extra_query={"api-version": "2025-04-01-preview", "x": "1"}
        ),
    )


@scenario("azure: streaming chat")
def _(ctx):
    chunk = {
        "id": "chatcmpl-AzS",
        "object": "chat.completion.chunk",
        "created": 1727000000,
        "model": "gpt-4o",
        "choices": [{"index": 0, "delta": {"content": "Hi"}, "finish_reason": None, "logprobs": None}],
    }
    ctx.reply(
        sse(
            {"id": "", "object": "", "created": 0, "model": "", "choices": [], "prompt_filter_results": []},
            chunk,
            {**chunk, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop", "logprobs": None}]},
            done=True,
        )
    )
    client = azure(ctx, api_key=AZURE_KEY, azure_deployment="my-gpt4o")
    stream = client.chat.completions.create(model="gpt-4o", messages=MESSAGES, stream=True)
    ctx.note("chunks", [[c.id, [ch.delta.content for ch in c.choices]] for c in stream])


@scenario("azure: with_raw_response chat")
def _(ctx):
    client = azure(ctx, api_key=AZURE_KEY)
    ctx.reply(chat_reply())
    raw = ctx.call("raw", lambda: client.chat.completions.with_raw_response.create(model="gpt-4o", messages=MESSAGES))
    ctx.note("apim-request-id", raw.headers.get("apim-request-id") if hasattr(raw, "headers") else None)
    ctx.see("parsed", raw.parse() if hasattr(raw, "parse") else raw)


# ------------------------------------------------------------------------------ copies


@scenario("azure: with_options and copy")
def _(ctx):
    client = azure(ctx, api_key=AZURE_KEY)
    copy = client.with_options(timeout=5.0, max_retries=1)
    client_facts(ctx, copy, "with_options")
    ctx.reply(chat_reply(), list_reply())
    chat(ctx, copy)
    ctx.call("files.list", lambda: copy.files.list())
    second = client.copy(api_key="second-key", api_version="2025-01-01-preview", default_headers={"X-Team": "a"})
    client_facts(ctx, second, "copy")
    ctx.reply(chat_reply())
    chat(ctx, second, "copy chat")


# The official copy forgets the endpoint and sends `files.list` under the deployment
# (`/openai/deployments/dep-a/files`); ours keeps sending it to the resource.
@scenario("azure: with_options keeps the deployment", deviation="azure-copy-keeps-endpoint")
def _(ctx):
    client = azure(ctx, api_key=AZURE_KEY, azure_deployment="dep-a")
    copy = client.with_options(max_retries=0)
    client_facts(ctx, copy)
    ctx.reply(chat_reply(), list_reply(), list_reply())
    chat(ctx, copy)
    ctx.call("files.list", lambda: copy.files.list())
    ctx.call("original files.list", lambda: client.files.list())


@scenario("azure: copy switches credentials")
def _(ctx):
    client = azure(ctx, api_key=AZURE_KEY)
    with_token = client.copy(azure_ad_token="entra-copy")
    client_facts(ctx, with_token)
    ctx.reply(chat_reply())
    chat(ctx, with_token)
    provided = client.with_options(azure_ad_token_provider=lambda: "from-provider")
    ctx.reply(chat_reply())
    chat(ctx, provided, "chat (provider)")


@scenario("azure: copy of a token provider client")
def _(ctx):
    client = azure(ctx, azure_ad_token_provider=lambda: "provided", organization="org-az")
    copy = client.with_options(max_retries=0, default_headers={"X-Copy": "1"})
    client_facts(ctx, copy)
    ctx.reply(chat_reply())
    chat(ctx, copy)
    keyed = copy.copy(api_key="copy-key", azure_ad_token_provider=None)
    ctx.note("copy with a key still has the provider", keyed.api_key)
    ctx.reply(chat_reply())
    chat(ctx, keyed, "keyed chat")


@scenario("azure: with_options (async)")
async def _(ctx):
    client = aazure(ctx, azure_ad_token="entra-token-abc", azure_deployment="dep-b")
    copy = client.with_options(timeout=9.0)
    client_facts(ctx, copy)
    await achat_and_embeddings(ctx, copy)


# ------------------------------------------------------------------------------ environment and errors


@scenario("azure: environment variables")
def _(ctx):
    with ctx.env(
        AZURE_OPENAI_API_KEY="env-azure-key",
        AZURE_OPENAI_ENDPOINT=endpoint_of(ctx),
        OPENAI_API_VERSION="2024-06-01",
        AZURE_OPENAI_AD_TOKEN=None,
        OPENAI_API_KEY=None,
    ):
        client = ctx.track(openai.AzureOpenAI())
    client_facts(ctx, client)
    chat_and_embeddings(ctx, client)


@scenario("azure: environment AD token and org/project")
def _(ctx):
    with ctx.env(
        AZURE_OPENAI_API_KEY=None,
        AZURE_OPENAI_AD_TOKEN="env-entra-token",
        AZURE_OPENAI_ENDPOINT=endpoint_of(ctx),
        OPENAI_API_VERSION="2024-06-01",
        OPENAI_ORG_ID="org-env",
        OPENAI_PROJECT_ID="proj-env",
    ):
        client = ctx.track(openai.AzureOpenAI(azure_deployment="env-dep"))
    client_facts(ctx, client)
    ctx.reply(chat_reply())
    chat(ctx, client)


@scenario("azure: environment (async)")
async def _(ctx):
    with ctx.env(
        AZURE_OPENAI_API_KEY="env-azure-key", AZURE_OPENAI_ENDPOINT=endpoint_of(ctx), OPENAI_API_VERSION="2024-06-01"
    ):
        client = ctx.track(openai.AsyncAzureOpenAI())
    await achat_and_embeddings(ctx, client)


@scenario("azure: empty settings from the environment")
def _(ctx):
    # A deployment script that exports unset variables as empty strings.
    with ctx.env(
        AZURE_OPENAI_API_KEY="env-azure-key",
        AZURE_OPENAI_ENDPOINT=endpoint_of(ctx),
        OPENAI_API_VERSION="",
        AZURE_OPENAI_AD_TOKEN=None,
    ):
        client = ctx.track(openai.AzureOpenAI())
    client_facts(ctx, client)
    ctx.reply(list_reply())
    ctx.call("models.list", lambda: client.models.list())


@scenario("azure: arguments win over environment")
def _(ctx):
    with ctx.env(
        AZURE_OPENAI_API_KEY="env-key", AZURE_OPENAI_ENDPOINT="http://127.0.0.1:9", OPENAI_API_VERSION="2000-01-01"
    ):
        client = ctx.track(
            openai.AzureOpenAI(api_key="arg-key", azure_endpoint=endpoint_of(ctx), api_version=API_VERSION)
        )
    client_facts(ctx, client)
    ctx.reply(chat_reply())
    chat(ctx, client)


def _construct(ctx: Ctx, label: str, cls: Any, **kwargs: Any) -> None:
    try:
        made = cls(**kwargs)
    except Exception as exc:
        ctx.observations.append([label, describe_exception(exc)])
        return
    ctx.note(label, {"constructed": type(made).__name__, "base_url": str(made.base_url)})
    made.close() if cls is openai.AzureOpenAI else None


@scenario("azure: missing settings")
def _(ctx):
    with ctx.env(
        AZURE_OPENAI_API_KEY=None,
        AZURE_OPENAI_AD_TOKEN=None,
        AZURE_OPENAI_ENDPOINT=None,
        OPENAI_API_VERSION=None,
        OPENAI_API_KEY="sk-plain-openai-key",
    ):
        ep = endpoint_of(ctx)
        _construct(ctx, "no credentials", openai.AzureOpenAI, azure_endpoint=ep, api_version=API_VERSION)
        _construct(ctx, "no credentials (async)", openai.AsyncAzureOpenAI, azure_endpoint=ep, api_version=API_VERSION)
        _construct(ctx, "no api_version", openai.AzureOpenAI, azure_endpoint=ep, api_key=AZURE_KEY)
        _construct(ctx, "no endpoint", openai.AzureOpenAI, api_key=AZURE_KEY, api_version=API_VERSION)
        _construct(
            ctx,
            "base_url and endpoint",
            openai.AzureOpenAI,
            api_key=AZURE_KEY,
            api_version=API_VERSION,
            azure_endpoint=ep,
            base_url=ep + "/openai",
        )
        _construct(
            ctx,
            "base_url and deployment",
            openai.AzureOpenAI,
            api_key=AZURE_KEY,
            api_version=API_VERSION,
            azure_deployment="dep",
            base_url=ep + "/openai",
        )
        _construct(ctx, "empty api_key", openai.AzureOpenAI, api_key="", azure_endpoint=ep, api_version=API_VERSION)


@scenario("azure: error response")
def _(ctx):
    client = azure(ctx, api_key=AZURE_KEY, max_retries=0)
    ctx.reply(
        Reply(
            400,
            json_body={
                "error": {
                    "message": "The response was filtered due to the prompt triggering Azure OpenAI's content management policy.",
                    "type": None,
                    "param": "prompt",
                    "code": "content_filter",
                    "status": 400,
                    "innererror": {"code": "ResponsibleAIPolicyViolation"},
                }
            },
            headers={"apim-request-id": "apim-err"},
        )
    )
    chat(ctx, client)


@scenario("azure: public names")
def _(ctx):
    from openai.lib import azure as azure_module

    ctx.note(
        "names",
        {
            "AzureOpenAI": openai.AzureOpenAI is azure_module.AzureOpenAI,
            "AsyncAzureOpenAI": openai.AsyncAzureOpenAI is azure_module.AsyncAzureOpenAI,
            "sentinel": azure_module.API_KEY_SENTINEL,
            "MutuallyExclusiveAuthError": str(azure_module.MutuallyExclusiveAuthError()),
            "is OpenAI subclass": issubclass(openai.AzureOpenAI, openai.OpenAI),
            "is AsyncOpenAI subclass": issubclass(openai.AsyncAzureOpenAI, openai.AsyncOpenAI),
        },
    )
