"""Area C: the module-level client -- `openai.api_key = ...; openai.chat.completions.create(...)`:
the module settings (`api_key`, `base_url`, `organization`, `project`, `max_retries`, `timeout`,
`default_headers`, `default_query`, `http_client`, `api_type = "azure"` with the Azure settings),
changing them after first use, the environment variables, the ambiguous-credentials error, raw
and streaming responses through the module resources, and the pre-1.0 names
(`openai.ChatCompletion.create`) with the error they raise.

Every scenario restores every module setting it may touch (and drops the cached client), so
scenarios do not leak into each other.
"""

from __future__ import annotations

import contextlib
from typing import Any, Dict, Iterator

import httpx
from dsl import API_KEY, Ctx, Reply, scenario
from observe import describe_exception
from server import sse

import openai

SETTINGS = (
    "api_key",
    "organization",
    "project",
    "webhook_secret",
    "base_url",
    "timeout",
    "max_retries",
    "default_headers",
    "default_query",
    "http_client",
    "api_type",
    "api_version",
    "azure_endpoint",
    "azure_ad_token",
    "azure_ad_token_provider",
)

ENV = (
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "OPENAI_ORG_ID",
    "OPENAI_PROJECT_ID",
    "OPENAI_API_TYPE",
    "OPENAI_API_VERSION",
    "AZURE_OPENAI_API_KEY",
    "AZURE_OPENAI_ENDPOINT",
    "AZURE_OPENAI_AD_TOKEN",
)


def _drop_cached_client() -> None:
    reset = getattr(openai, "_reset_client", None)  # the official name for it
    if callable(reset):
        reset()


@contextlib.contextmanager
def module_settings(ctx: Ctx, *, connect: bool = False, **env: Any) -> Iterator[None]:
    """The block runs with a fresh module client and the given environment (with `connect`, the
    module's `api_key` and `base_url` set for the recording server); afterwards every module
    setting is put back as it was and the cached client dropped."""
    saved = {name: getattr(openai, name, None) for name in SETTINGS}
    _drop_cached_client()
    try:
        with ctx.env(**{name: env.get(name) for name in ENV}):
            if connect:
                openai.api_key = API_KEY
                openai.base_url = ctx.base_url + "/"
            yield
    finally:
        for name, value in saved.items():
            setattr(openai, name, value)
        _drop_cached_client()


def chat_reply(content: str = "Hello!") -> Reply:
    return Reply(
        json_body={
            "id": "chatcmpl-mod1",
            "object": "chat.completion",
            "created": 1727000000,
            "model": "gpt-4o-mini",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content, "refusal": None},
                    "logprobs": None,
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 5, "completion_tokens": 2, "total_tokens": 7},
        },
        headers={"x-request-id": "req_mod_chat"},
    )


def models_reply() -> Reply:
    return Reply(
        json_body={
            "object": "list",
            "data": [
                {"id": "gpt-4o-mini", "object": "model", "created": 1721172741, "owned_by": "system"},
                {"id": "text-embedding-3-small", "object": "model", "created": 1705948997, "owned_by": "system"},
            ],
        },
        headers={"x-request-id": "req_mod_models"},
    )


MESSAGES = [{"role": "user", "content": "Hello"}]


def azure_settings(ctx: Ctx, **settings: Any) -> None:
    """The module client set up for Azure (`api_type`, `api_version`, and the recording server as
    `azure_endpoint` unless a `base_url` is given), then `settings`."""
    openai.api_type = "azure"
    if "base_url" not in settings:
        openai.azure_endpoint = f"http://127.0.0.1:{ctx.server.port}"
    openai.api_version = "2024-10-21"
    for name, value in settings.items():
        setattr(openai, name, value)


def chat(label: str, ctx: Ctx, **kwargs: Any) -> Any:
    return ctx.call(label, lambda: openai.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, **kwargs))


# ------------------------------------------------------------------------------ basics


@scenario("module: api_key + base_url chat and models")
def _(ctx):
    with module_settings(ctx, connect=True):
        ctx.reply(chat_reply(), models_reply())
        chat("chat", ctx)
        ctx.call("models.list", lambda: openai.models.list())


@scenario("module: settings changed after first use")
def _(ctx):
    with module_settings(ctx):
        openai.api_key = "sk-first-key"
        openai.base_url = ctx.base_url + "/"
        ctx.reply(chat_reply("one"), chat_reply("two"), chat_reply("three"))
        chat("first", ctx)
        openai.api_key = "sk-second-key"
        openai.organization = "org-later"
        openai.project = "proj-later"
        chat("after changing key/org/project", ctx)
        openai.default_headers = {"X-Later": "yes"}
        openai.default_query = {"later": "1"}
        chat("after changing headers/query", ctx)


@scenario("module: organization project headers and query")
def _(ctx):
    with module_settings(ctx, connect=True):
        openai.organization = "org-module"
        openai.project = "proj-module"
        openai.default_headers = {"X-Module": "1", "OpenAI-Beta": "custom=v0"}
        openai.default_query = {"tenant": "t-9"}
        ctx.reply(chat_reply(), models_reply())
        chat("chat", ctx)
        ctx.call("models.list", lambda: openai.models.list())


@scenario("module: max_retries and timeout")
def _(ctx):
    with module_settings(ctx, connect=True):
        openai.max_retries = 0
        openai.timeout = 12.5
        ctx.reply(Reply(500, json_body={"error": {"message": "boom", "type": "server_error"}}))
        chat("no retries", ctx)
        openai.max_retries = 1
        ctx.reply(Reply(503, json_body={"error": {"message": "busy", "type": "server_error"}}), chat_reply())
        chat("one retry", ctx)
        openai.timeout = httpx.Timeout(30.0, connect=2.0)
        ctx.reply(chat_reply())
        chat("httpx.Timeout", ctx)


@scenario("module: custom http_client")
def _(ctx):
    seen = []

    def hook(request: httpx.Request) -> None:
        seen.append([request.method, request.url.path])

    client = httpx.Client(event_hooks={"request": [hook]}, headers={"X-From-Http-Client": "1"})
    try:
        with module_settings(ctx, connect=True):
            openai.http_client = client
            ctx.reply(chat_reply())
            chat("chat", ctx)
            ctx.note("hook saw", seen)
    finally:
        client.close()


@scenario("module: raw and streaming responses")
def _(ctx):
    with module_settings(ctx, connect=True):
        ctx.reply(chat_reply(), models_reply())
        raw = ctx.call(
            "with_raw_response",
            lambda: openai.chat.completions.with_raw_response.create(model="gpt-4o-mini", messages=MESSAGES),
        )
        ctx.see("parsed", raw.parse() if hasattr(raw, "parse") else raw)
        with openai.models.with_streaming_response.list() as response:
            ctx.see("streaming response", response)
            ctx.see("streamed parse", response.parse())


@scenario("module: stream=True")
def _(ctx):
    with module_settings(ctx, connect=True):
        chunk = {
            "id": "chatcmpl-mod2",
            "object": "chat.completion.chunk",
            "created": 1727000000,
            "model": "gpt-4o-mini",
            "choices": [{"index": 0, "delta": {"role": "assistant", "content": "Hi"}, "finish_reason": None}],
        }
        ctx.reply(sse(chunk, {**chunk, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}, done=True))
        stream = openai.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, stream=True)
        ctx.note("type", type(stream).__name__)
        ctx.note("chunks", [[c.choices[0].delta.content, c.choices[0].finish_reason] for c in stream])


@scenario("module: beta resources")
def _(ctx):
    with module_settings(ctx, connect=True):
        ctx.reply(Reply(json_body={"object": "list", "data": [], "first_id": None, "last_id": None, "has_more": False}))
        ctx.call("assistants.list", lambda: openai.beta.assistants.list(limit=3))


@scenario("module: a held resource follows later settings")
def _(ctx):
    with module_settings(ctx):
        openai.api_key = "sk-first-key"
        openai.base_url = ctx.base_url + "/"
        completions = openai.chat.completions
        openai.api_key = "sk-second-key"
        openai.organization = "org-held"
        openai.default_headers = {"X-Held": "1"}
        ctx.reply(chat_reply())
        ctx.call(
            "held completions",
            lambda: completions.create(model="gpt-4o-mini", messages=MESSAGES),
        )


@scenario("module: settings written back to the module")
def _(ctx):
    headers = {"X-Mine": "1"}
    with module_settings(ctx, OPENAI_API_KEY="sk-from-env", OPENAI_ORG_ID="org-env", OPENAI_PROJECT_ID="proj-env"):
        openai.base_url = ctx.base_url + "/"
        openai.default_headers = headers
        ctx.reply(chat_reply())
        chat("chat", ctx)
        ctx.note(
            "module",
            {
                "api_key": openai.api_key,
                "organization": openai.organization,
                "project": openai.project,
                "webhook_secret": openai.webhook_secret,
                "api_type": openai.api_type,
                "default_headers is the caller's": openai.default_headers is headers,
                "default_query": openai.default_query,
                "http_client": type(openai.http_client).__mro__[-3].__name__,
                "timeout": repr(openai.timeout),
                "max_retries": openai.max_retries,
            },
        )


@scenario("module: proxies stand for the resources")
def _(ctx):
    from openai.resources.chat import Chat
    from openai.resources.models import Models

    with module_settings(ctx, connect=True):
        ctx.note(
            "proxies",
            {
                "isinstance chat": isinstance(openai.chat, Chat),
                "isinstance models": isinstance(openai.models, Models),
                "__class__": openai.models.__class__.__name__,
                "repr": repr(openai.models).split(" object at ")[0],
                "completions in dir": "completions" in dir(openai.chat),
            },
        )
    with module_settings(ctx):  # no key: nothing to stand for
        ctx.note("__class__ without a client", openai.chat.__class__.__name__)


# ------------------------------------------------------------------------------ environment


# The official module client joins `openai.base_url` and the path without a slash
# (`/v1chat/completions`); ours adds it, as every client does.
@scenario("module: base_url without trailing slash", deviation="module-base-url-slash")
def _(ctx):
    with module_settings(ctx):
        openai.api_key = API_KEY
        openai.base_url = ctx.base_url
        ctx.reply(chat_reply())
        chat("chat", ctx)
        openai.base_url = httpx.URL(ctx.base_url + "/")
        ctx.reply(models_reply())
        ctx.call("models.list with httpx.URL", lambda: openai.models.list())


@scenario("module: environment variables")
def _(ctx):
    with module_settings(
        ctx,
        OPENAI_API_KEY="sk-from-env",
        OPENAI_BASE_URL=ctx.base_url,
        OPENAI_ORG_ID="org-env",
        OPENAI_PROJECT_ID="proj-env",
    ):
        ctx.reply(chat_reply())
        chat("chat", ctx)
        ctx.note("module api_key", openai.api_key)
        ctx.note("module api_type", openai.api_type)


@scenario("module: module settings win over environment")
def _(ctx):
    with module_settings(ctx, OPENAI_API_KEY="sk-from-env", OPENAI_BASE_URL="http://127.0.0.1:9/v1"):
        openai.api_key = "sk-from-module"
        openai.base_url = ctx.base_url + "/"
        ctx.reply(chat_reply())
        chat("chat", ctx)


@scenario("module: no api key")
def _(ctx):
    with module_settings(ctx):
        openai.base_url = ctx.base_url + "/"
        chat("chat", ctx)
        ctx.note("requests", len(ctx.server.requests))


# An OpenAI and an Azure key in the environment: which client is ambiguous.
BOTH_KEYS = {"OPENAI_API_KEY": "sk-from-env", "AZURE_OPENAI_API_KEY": "azure-from-env"}


@scenario("module: ambiguous credentials")
def _(ctx):
    with module_settings(ctx, OPENAI_BASE_URL=ctx.base_url, **BOTH_KEYS):
        chat("chat", ctx)
        ctx.note("requests", len(ctx.server.requests))


@scenario("module: ambiguous azure token and azure key")
def _(ctx):
    with module_settings(ctx, AZURE_OPENAI_API_KEY="azure-from-env", OPENAI_API_VERSION="2024-10-21"):
        openai.azure_endpoint = f"http://127.0.0.1:{ctx.server.port}"
        openai.azure_ad_token = "module-token"
        chat("chat", ctx)
        ctx.note("module api_type", openai.api_type)
    with module_settings(ctx, OPENAI_API_KEY="sk-from-env", AZURE_OPENAI_AD_TOKEN="env-token"):
        chat("openai key and azure token", ctx)
    ctx.note("requests", len(ctx.server.requests))


@scenario("module: ambiguous credentials resolved by api_type")
def _(ctx):
    with module_settings(ctx, OPENAI_BASE_URL=ctx.base_url, **BOTH_KEYS):
        openai.api_type = "openai"
        ctx.reply(chat_reply())
        chat("chat", ctx)


# ------------------------------------------------------------------------------ azure


@scenario("module: api_type azure")
def _(ctx):
    with module_settings(ctx):
        azure_settings(ctx, api_key="azure-module-key")
        ctx.reply(chat_reply(), Reply(json_body={"object": "list", "data": [], "has_more": False}))
        chat("chat", ctx)
        ctx.call("files.list", lambda: openai.files.list())


@scenario("module: azure ad token provider")
def _(ctx):
    calls = []

    def provider() -> str:
        calls.append(1)
        return f"module-entra-{len(calls)}"

    with module_settings(ctx):
        azure_settings(ctx, azure_ad_token_provider=provider)
        ctx.reply(chat_reply(), chat_reply())
        chat("chat", ctx)
        chat("chat again", ctx)
        ctx.note("provider calls", len(calls))


@scenario("module: azure detected from environment")
def _(ctx):
    with module_settings(
        ctx,
        AZURE_OPENAI_API_KEY="azure-env-key",
        AZURE_OPENAI_ENDPOINT=f"http://127.0.0.1:{ctx.server.port}",
        OPENAI_API_VERSION="2024-06-01",
    ):
        ctx.reply(chat_reply())
        chat("chat", ctx)
        ctx.note("module api_type", openai.api_type)
        ctx.note("module api_version", openai.api_version)


# Same join as above: officially `/openai/deployments/mod-depchat/completions`.
@scenario("module: azure with base_url", deviation="module-base-url-slash")
def _(ctx):
    with module_settings(ctx):
        azure_settings(
            ctx, api_key="azure-module-key", base_url=f"http://127.0.0.1:{ctx.server.port}/openai/deployments/mod-dep"
        )
        ctx.reply(chat_reply())
        chat("chat", ctx)


@scenario("module: azure with base_url (trailing slash)")
def _(ctx):
    with module_settings(ctx):
        azure_settings(
            ctx,
            azure_ad_token="module-entra-token",
            base_url=f"http://127.0.0.1:{ctx.server.port}/openai/deployments/mod-dep/",
        )
        ctx.reply(chat_reply(), Reply(json_body={"object": "list", "data": [], "has_more": False}))
        chat("chat", ctx)
        ctx.call("files.list", lambda: openai.files.list())


@scenario("module: azure missing api_version")
def _(ctx):
    with module_settings(ctx):
        openai.api_type = "azure"
        openai.api_key = "azure-module-key"
        openai.azure_endpoint = f"http://127.0.0.1:{ctx.server.port}"
        chat("chat", ctx)


# ------------------------------------------------------------------------------ names


@scenario("module: pre-1.0 names")
def _(ctx):
    names = ["ChatCompletion", "Completion", "Embedding", "Edit", "Image", "Model", "File", "FineTune", "Moderation"]
    out: Dict[str, Any] = {}
    for name in names:
        entry: Dict[str, Any] = {}
        for label, fn in (
            ("call create", lambda name=name: getattr(openai, name).create(model="gpt-3.5-turbo", messages=[])),
            ("call", lambda name=name: getattr(openai, name)()),
            ("attribute", lambda name=name: type(getattr(openai, name).create).__name__),
            ("hasattr create", lambda name=name: hasattr(getattr(openai, name), "create")),
            ("in dir(openai)", lambda name=name: name in dir(openai)),
        ):
            try:
                entry[label] = fn()
            except Exception as exc:
                entry[label] = describe_exception(exc)
        out[name] = entry
    ctx.note("names", out)
    ctx.note("requests", len(ctx.server.requests))


@scenario("module: pre-1.0 ChatCompletion.create error")
def _(ctx):
    ctx.call(
        "ChatCompletion.create",
        lambda: openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=[{"role": "user", "content": "Hi"}]),  # type: ignore[attr-defined]
    )
    ctx.call("Completion.create", lambda: openai.Completion.create(model="davinci-002", prompt="Hi"))  # type: ignore[attr-defined]
    ctx.call("Embedding.create", lambda: openai.Embedding.create(model="ada", input="Hi"))  # type: ignore[attr-defined]


@scenario("module: resource proxies")
def _(ctx):
    with module_settings(ctx, connect=True):
        ctx.note(
            "proxies",
            {
                name: {
                    "has create/list": any(hasattr(getattr(openai, name), m) for m in ("create", "list", "retrieve")),
                    "with_raw_response": hasattr(getattr(openai, name), "with_raw_response"),
                }
                for name in (
                    "chat",
                    "completions",
                    "embeddings",
                    "files",
                    "images",
                    "audio",
                    "moderations",
                    "models",
                    "fine_tuning",
                    "beta",
                    "batches",
                    "uploads",
                    "responses",
                    "conversations",
                    "evals",
                    "containers",
                    "vector_stores",
                    "webhooks",
                )
            },
        )
        ctx.note(
            "defaults",
            {
                "timeout": repr(openai.timeout),
                "max_retries": openai.max_retries,
                "api_type": openai.api_type,
                "api_version": openai.api_version,
                "azure_endpoint": openai.azure_endpoint,
                "openai.with_raw_response": hasattr(openai, "with_raw_response"),
                "openai.with_streaming_response": hasattr(openai, "with_streaming_response"),
            },
        )
