"""Area D (`core:`): client construction and configuration, and the per-request options every
method accepts (extra_headers / extra_query / extra_body / timeout, NOT_GIVEN, None, odd values).

The vehicles are simple endpoints: `models.list` (GET, no body), `chat.completions.create` (POST
with a JSON body) and `files.list` (GET with query params). The recording server compares the
wire; the observations record what the caller sees of the client itself.
"""

from __future__ import annotations

import contextlib
import socket
from typing import Any, Dict, List

import httpx
from dsl import Reply, scenario
from helpers import chat_choice, chat_completion, chat_message

import openai

__all__ = ["chat_body", "chat_reply", "models_reply", "chat", "closed_port_url"]

# ----------------------------------------------------------------------------- shared fixtures


def chat_body(**overrides: Any) -> Dict[str, Any]:
    """A realistic non-streaming chat completion (gpt-4o-mini)."""
    fields = {"model": "gpt-4o-mini-2024-07-18", "system_fingerprint": "fp_06737a9306", **overrides}
    return chat_completion(chat_choice(chat_message("Hello! How can I assist you today?")), **fields)


def chat_reply(request_id: str = "req_chat_0001", **overrides: Any) -> Reply:
    return Reply(json_body=chat_body(**overrides), headers={"x-request-id": request_id})


MODELS = {
    "object": "list",
    "data": [
        {"id": "gpt-4o-mini", "object": "model", "created": 1721172741, "owned_by": "system"},
        {"id": "ft:gpt-4o-mini:acme::9abc", "object": "model", "created": 1730000000, "owned_by": "acme"},
    ],
}


def models_reply(request_id: str = "req_models_0001") -> Reply:
    return Reply(json_body=MODELS, headers={"x-request-id": request_id})


FILES_PAGE = {
    "object": "list",
    "data": [
        {
            "id": "file-abc123",
            "object": "file",
            "bytes": 120000,
            "created_at": 1677610602,
            "filename": "mydata.jsonl",
            "purpose": "fine-tune",
            "status": "processed",
        }
    ],
    "first_id": "file-abc123",
    "last_id": "file-abc123",
    "has_more": False,
}


def files_reply() -> Reply:
    return Reply(json_body=FILES_PAGE, headers={"x-request-id": "req_files_0001"})


MESSAGES = [{"role": "user", "content": "Say hello"}]


def chat(ctx: Any, client: Any = None, label: str = "chat", **kwargs: Any) -> Any:
    """`ctx.call(label, ...)` of a chat completion (gpt-4o-mini, `MESSAGES`, `kwargs`) through
    `client` (default: the shared client)."""
    return ctx.call(
        label,
        lambda: (client or ctx.client()).chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, **kwargs),
    )


def closed_port_url() -> str:
    """A base URL on a port nobody listens on (connection refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


def _headers_view(headers: Any) -> List[List[Any]]:
    """A header mapping as the caller sees it (values that are not strings by their type)."""
    out = []
    for key, value in dict(headers).items():
        out.append([key, value if isinstance(value, str) else type(value).__name__])
    return out


def _client_view(ctx: Any, label: str, client: Any) -> None:
    """The public configuration attributes of a client."""
    ctx.note(label + ".base_url", str(client.base_url))
    ctx.note(label + ".api_key", client.api_key)
    ctx.note(label + ".organization", client.organization)
    ctx.note(label + ".project", client.project)
    ctx.note(label + ".webhook_secret", client.webhook_secret)
    ctx.note(label + ".websocket_base_url", str(client.websocket_base_url))
    ctx.note(label + ".max_retries", client.max_retries)
    ctx.note(label + ".timeout", repr(client.timeout))
    ctx.note(label + ".default_query", client.default_query)


# ----------------------------------------------------------------------------- api key


def _api_key_argument(ctx: Any, api_key: str) -> None:
    ctx.reply(models_reply())
    client = ctx.client(api_key=api_key)
    ctx.note("api_key", client.api_key)
    ctx.see("auth_headers", client.auth_headers)
    ctx.call("list", lambda: client.models.list())


scenario("core: client api_key argument")(lambda ctx: _api_key_argument(ctx, "sk-proj-argument-key"))

for _name, _options in (
    ("core: client api_key from OPENAI_API_KEY", {}),
    ("core: client api_key argument beats OPENAI_API_KEY", {"api_key": "sk-proj-argument"}),
):

    @scenario(_name)
    def _(ctx, options=_options):
        ctx.reply(models_reply())
        with ctx.env(OPENAI_API_KEY="sk-proj-from-environment"):
            client = ctx.fresh_client(ctx.openai.OpenAI, **options)
        ctx.note("api_key", client.api_key)
        ctx.call("list", lambda: client.models.list())


@scenario("core: client missing api_key")
def _(ctx):
    with ctx.env(OPENAI_API_KEY=None):
        ctx.call("OpenAI()", lambda: ctx.openai.OpenAI(base_url=ctx.base_url))
        ctx.call("AsyncOpenAI()", lambda: ctx.openai.AsyncOpenAI(base_url=ctx.base_url))
        ctx.call("OpenAI(api_key=None)", lambda: ctx.openai.OpenAI(api_key=None, base_url=ctx.base_url))


scenario("core: client api_key empty string")(lambda ctx: _api_key_argument(ctx, ""))


@scenario("core: client api_key from empty OPENAI_API_KEY")
def _(ctx):
    ctx.reply(models_reply())
    with ctx.env(OPENAI_API_KEY=""):
        client = ctx.call("OpenAI()", lambda: ctx.fresh_client(ctx.openai.OpenAI))
    if not isinstance(client, Exception):
        ctx.call("list", lambda: client.models.list())


# ----------------------------------------------------------------------------- organization / project


ENV_ORG = {"OPENAI_ORG_ID": "org-from-env", "OPENAI_PROJECT_ID": "proj_from_env"}

for _name, _env, _options in (
    (
        "core: client organization and project arguments",
        {},
        {"organization": "org-acme123", "project": "proj_compat456"},
    ),
    ("core: client organization and project from env", ENV_ORG, {"timeout": 30.0}),  # options: a fresh client
    (
        "core: client organization argument beats env, project empty string",
        ENV_ORG,
        {"organization": "org-argument", "project": ""},
    ),
):

    @scenario(_name)
    def _(ctx, env=_env, options=_options):
        ctx.reply(models_reply())
        with ctx.env(**env):
            client = ctx.client(**options)
        ctx.note("organization", client.organization)
        ctx.note("project", client.project)
        ctx.call("list", lambda: client.models.list())


@scenario("core: async client organization and project headers")
async def _(ctx):
    ctx.reply(models_reply())
    client = ctx.async_client(organization="org-acme123", project="proj_compat456")
    await ctx.acall("list", lambda: client.models.list())


# ----------------------------------------------------------------------------- base_url


def _base_url(ctx: Any, base_url: Any, *, env: Any = None, chat_too: bool = False, **options: Any) -> None:
    """A client made with `base_url` (`None`: not given) and `options` under the environment
    `env` (a `ctx.env(...)` block): its `base_url` (and the type of it, when given as an
    `httpx.URL`), then models listed (and a chat completion when `chat_too`)."""
    ctx.reply(models_reply(), *([chat_reply()] if chat_too else []))
    with env or contextlib.nullcontext():
        client = (
            ctx.track(ctx.openai.OpenAI(**options)) if base_url is None else ctx.client(base_url=base_url, **options)
        )
    ctx.note("base_url", str(client.base_url))
    if isinstance(base_url, httpx.URL):
        ctx.note("base_url type", type(client.base_url).__name__)
    ctx.call("list", lambda: client.models.list())
    if chat_too:
        chat(ctx, client)


for _name, _make in (
    ("with trailing slash", lambda ctx: ctx.base_url + "/"),
    ("with a longer path", lambda ctx: ctx.base_url.replace("/v1", "/proxy/openai/v1")),
    ("without a path", lambda ctx: ctx.base_url[: -len("/v1")]),
    ("as httpx.URL", lambda ctx: httpx.URL(ctx.base_url)),
):
    scenario(f"core: client base_url {_name}")(
        lambda ctx, make=_make, name=_name: _base_url(ctx, make(ctx), chat_too=name == "with a longer path")
    )


@scenario("core: client base_url from OPENAI_BASE_URL")
def _(ctx):
    env = ctx.env(OPENAI_BASE_URL=ctx.base_url.replace("/v1", "/env/v1/"))
    _base_url(ctx, None, env=env, api_key="sk-compat-env-url")


@scenario("core: client base_url argument beats OPENAI_BASE_URL")
def _(ctx):
    _base_url(ctx, ctx.base_url, env=ctx.env(OPENAI_BASE_URL="http://127.0.0.1:9/unused/v1"), api_key="sk-compat")


@scenario("core: client default base_url and empty OPENAI_BASE_URL", deviation="empty-base-url-env")
def _(ctx):
    client = ctx.track(ctx.openai.OpenAI(api_key="sk-compat"))
    ctx.note("default base_url", str(client.base_url))
    with ctx.env(OPENAI_BASE_URL=""):
        other = ctx.call("OpenAI() with OPENAI_BASE_URL=''", lambda: ctx.track(ctx.openai.OpenAI(api_key="sk-compat")))
    if not isinstance(other, Exception):
        ctx.note("empty env base_url", str(other.base_url))


@scenario("core: client base_url assigned after construction")
def _(ctx):
    ctx.reply(models_reply())
    client = ctx.client(max_retries=0)
    client.base_url = ctx.base_url.replace("/v1", "/v2")
    ctx.note("base_url", str(client.base_url))
    ctx.call("list", lambda: client.models.list())


# ----------------------------------------------------------------------------- default headers / query


@scenario("core: client default_headers added")
def _(ctx):
    ctx.reply(models_reply(), chat_reply())
    client = ctx.client(default_headers={"X-Team": "search", "Helicone-Auth": "Bearer hk-1"})
    ctx.call("list", lambda: client.models.list())
    chat(ctx, client)


@scenario("core: client default_headers override User-Agent and Authorization")
def _(ctx):
    ctx.reply(models_reply())
    client = ctx.client(default_headers={"User-Agent": "my-app/2.1", "Authorization": "Bearer other-key"})
    ctx.note("user_agent", client.user_agent)
    ctx.call("list", lambda: client.models.list())


@scenario("core: client default_headers lowercase names", deviation="headers-case-insensitive")
def _(ctx):
    ctx.reply(models_reply())
    client = ctx.client(default_headers={"user-agent": "my-app/2.1", "content-type": "application/json; charset=utf-8"})
    ctx.call("list", lambda: client.models.list())


@scenario("core: client default_headers Omit removes a header")
def _(ctx):
    ctx.reply(models_reply())
    client = ctx.client(default_headers={"X-Stainless-Arch": openai.Omit(), "User-Agent": openai.Omit()})
    ctx.call("list", lambda: client.models.list())


@scenario("core: client default_query merged with params")
def _(ctx):
    ctx.reply(models_reply(), files_reply())
    client = ctx.client(default_query={"api-version": "2024-10-21", "limit": 50})
    ctx.note("default_query", client.default_query)
    ctx.call("models", lambda: client.models.list())
    ctx.call("files", lambda: client.files.list(limit=5, order="asc"))


@scenario("core: client default_query with non-string values")
def _(ctx):
    ctx.reply(models_reply())
    client = ctx.client(default_query={"flag": True, "n": 3, "ratio": 0.5, "none": None, "tags": ["a", "b"]})
    ctx.call("models", lambda: client.models.list())


# ----------------------------------------------------------------------------- timeout / max_retries


for _name, _timeout in (
    ("float", 20.0),
    ("int", 45),
    ("httpx.Timeout", httpx.Timeout(60.0, read=5.0, write=10.0, connect=2.0)),
    ("None", None),
):

    @scenario(f"core: client timeout {_name}")
    def _(ctx, timeout=_timeout):
        ctx.reply(models_reply())
        client = ctx.client(timeout=timeout)
        ctx.note("timeout", repr(client.timeout))
        ctx.call("list", lambda: client.models.list())


@scenario("core: client default timeout and max_retries")
def _(ctx):
    ctx.reply(models_reply())
    client = ctx.client()
    ctx.note("timeout", repr(client.timeout))
    ctx.note("max_retries", client.max_retries)
    ctx.call("list", lambda: client.models.list())


@scenario("core: client max_retries argument")
def _(ctx):
    client = ctx.client(max_retries=5)
    ctx.note("max_retries", client.max_retries)
    ctx.call("max_retries=None", lambda: ctx.client(api_key="sk", max_retries=None))


# ----------------------------------------------------------------------------- http_client


@scenario("core: client http_client DefaultHttpxClient with headers and timeout")
def _(ctx):
    ctx.reply(models_reply(), chat_reply())
    http = openai.DefaultHttpxClient(headers={"X-Proxy-Token": "tok-1"}, timeout=12.0)
    client = ctx.client(http_client=http)
    ctx.note("same httpx client", client._client is http)
    ctx.note("timeout", repr(client.timeout))
    ctx.call("list", lambda: client.models.list())
    chat(ctx, client)


@scenario("core: client http_client plain httpx.Client default timeout")
def _(ctx):
    ctx.reply(models_reply())
    http = httpx.Client()
    client = ctx.client(http_client=http)
    ctx.note("timeout", repr(client.timeout))
    ctx.call("list", lambda: client.models.list())


@scenario("core: client http_client httpx.Client with its own timeout and a client timeout")
def _(ctx):
    ctx.reply(models_reply(), models_reply())
    http = httpx.Client(timeout=httpx.Timeout(3.0))
    client = ctx.client(http_client=http)
    ctx.note("timeout", repr(client.timeout))
    ctx.call("list", lambda: client.models.list())
    other = ctx.client(http_client=httpx.Client(timeout=7.0), timeout=9.0)
    ctx.note("explicit timeout", repr(other.timeout))
    ctx.call("list explicit", lambda: other.models.list())


@scenario("core: client http_client of the wrong kind")
def _(ctx):
    bad = httpx.AsyncClient()
    ctx.call(
        "OpenAI(http_client=AsyncClient)",
        lambda: ctx.client(api_key="sk", http_client=bad),
    )
    sync_http = httpx.Client()
    ctx.call(
        "AsyncOpenAI(http_client=Client)",
        lambda: ctx.openai.AsyncOpenAI(api_key="sk", base_url=ctx.base_url, http_client=sync_http),
    )
    sync_http.close()


@scenario("core: async client http_client DefaultAsyncHttpxClient with headers")
async def _(ctx):
    ctx.reply(models_reply())
    http = openai.DefaultAsyncHttpxClient(headers={"X-Proxy-Token": "tok-2"})
    client = ctx.async_client(http_client=http)
    ctx.note("timeout", repr(client.timeout))
    await ctx.acall("list", lambda: client.models.list())


# ----------------------------------------------------------------------------- websocket / webhook


@scenario("core: client websocket_base_url and webhook_secret")
def _(ctx):
    client = ctx.client(websocket_base_url="wss://proxy.example.com/v1", webhook_secret="whsec_abc")
    _client_view(ctx, "client", client)
    plain = ctx.client()
    ctx.note("default websocket_base_url", plain.websocket_base_url)
    ctx.note("default webhook_secret", plain.webhook_secret)


@scenario("core: client webhook_secret from OPENAI_WEBHOOK_SECRET")
def _(ctx):
    with ctx.env(OPENAI_WEBHOOK_SECRET="whsec_fromenv"):
        client = ctx.client(max_retries=1)
    ctx.note("webhook_secret", client.webhook_secret)


# ----------------------------------------------------------------------------- with_options / copy


@scenario("core: client with_options keeps and changes options")
def _(ctx):
    ctx.reply(models_reply(), models_reply())
    base = ctx.client(
        organization="org-base",
        default_headers={"X-Team": "base"},
        default_query={"tenant": "t1"},
        timeout=30.0,
        max_retries=4,
    )
    derived = base.with_options(timeout=5.5, max_retries=1)
    _client_view(ctx, "base", base)
    _client_view(ctx, "derived", derived)
    ctx.note("shares httpx client", derived._client is base._client)
    ctx.note("same type", type(derived).__name__)
    ctx.call("derived list", lambda: derived.models.list())
    ctx.call("base list", lambda: base.models.list())


for _kind, _base, _merge, _replace in (
    ("headers", {"X-Team": "base", "X-Keep": "yes"}, {"X-Team": "merged"}, {"X-Only": "this"}),
    ("query", {"tenant": "t1", "region": "eu"}, {"tenant": "t2"}, {"only": "this"}),
):

    @scenario(f"core: client copy default_{_kind} merges, set_default_{_kind} replaces")
    def _(ctx, kind=_kind, base=_base, merge=_merge, replace=_replace):
        ctx.reply(models_reply(), models_reply())
        client = ctx.client(**{f"default_{kind}": base})
        merged = client.copy(**{f"default_{kind}": merge})
        replaced = client.copy(**{f"set_default_{kind}": replace})
        if kind == "query":
            ctx.note("merged default_query", merged.default_query)
            ctx.note("replaced default_query", replaced.default_query)
        ctx.call("merged", lambda: merged.models.list())
        ctx.call("replaced", lambda: replaced.models.list())


@scenario("core: client copy with both default_headers and set_default_headers")
def _(ctx):
    client = ctx.client()
    ctx.call("headers", lambda: client.copy(default_headers={"a": "1"}, set_default_headers={"b": "2"}))
    ctx.call("query", lambda: client.with_options(default_query={"a": "1"}, set_default_query={"b": "2"}))


@scenario("core: client copy changes credentials and base_url")
def _(ctx):
    ctx.reply(models_reply())
    base = ctx.client(organization="org-base", project="proj-base")
    other = base.copy(
        api_key="sk-other",
        organization="org-other",
        project="proj-other",
        base_url=ctx.base_url.replace("/v1", "/v9"),
        webhook_secret="whsec_new",
        websocket_base_url="wss://ws.example.com/v1",
    )
    _client_view(ctx, "other", other)
    ctx.call("list", lambda: other.models.list())


@scenario("core: client copy cannot clear organization with None or empty string")
def _(ctx):
    ctx.reply(models_reply())
    base = ctx.client(organization="org-base")
    other = base.copy(organization="")
    ctx.note("organization", other.organization)
    ctx.call("list", lambda: other.models.list())


@scenario(
    "core: client with_options does not keep strict response validation", deviation="copy-keeps-strict-validation"
)
def _(ctx):
    ctx.reply(
        Reply(json_body={"id": 123, "object": "model", "created": "yesterday", "owned_by": "system"}),
        Reply(json_body={"id": 123, "object": "model", "created": "yesterday", "owned_by": "system"}),
    )
    strict = ctx.client(_strict_response_validation=True, max_retries=0)
    ctx.call("strict", lambda: strict.models.retrieve("gpt-4o-mini"))
    ctx.call("copied", lambda: strict.with_options(timeout=5.0).models.retrieve("gpt-4o-mini"))


@scenario("core: client with_options http_client replaced")
def _(ctx):
    ctx.reply(models_reply())
    base = ctx.client(max_retries=1)
    http = openai.DefaultHttpxClient(headers={"X-Via": "replacement"})
    derived = base.with_options(http_client=http)
    ctx.note("uses new httpx client", derived._client is http)
    ctx.call("list", lambda: derived.models.list())
    http.close()


@scenario("core: async client with_options")
async def _(ctx):
    ctx.reply(models_reply())
    base = ctx.async_client(default_headers={"X-Team": "async"})
    derived = base.with_options(timeout=3.0, max_retries=0)
    ctx.note("type", type(derived).__name__)
    ctx.note("timeout", repr(derived.timeout))
    await ctx.acall("list", lambda: derived.models.list())


# ----------------------------------------------------------------------------- introspection


@scenario("core: client introspection properties")
def _(ctx):
    client = ctx.client(organization="org-x", default_headers={"X-Team": "t"})
    ctx.note("user_agent", client.user_agent)
    ctx.note("auth_headers", client.auth_headers)
    ctx.note("default_headers", _headers_view(client.default_headers))
    ctx.note("platform_headers", client.platform_headers())
    ctx.note("default_query", client.default_query)
    ctx.note("base_url", str(client.base_url))
    ctx.note("is_closed", client.is_closed())
    ctx.note("custom_auth", repr(client.custom_auth))
    ctx.note("_client is httpx.Client", isinstance(client._client, httpx.Client))


@scenario("core: async client introspection properties")
async def _(ctx):
    client = ctx.async_client(project="proj-x")
    ctx.note("user_agent", client.user_agent)
    ctx.note("default_headers", _headers_view(client.default_headers))
    ctx.note("is_closed", client.is_closed())
    ctx.note("_client is httpx.AsyncClient", isinstance(client._client, httpx.AsyncClient))


@scenario("core: client resources are cached and typed")
def _(ctx):
    client = ctx.client()
    ctx.note("chat is chat", client.chat is client.chat)
    ctx.note("completions is completions", client.chat.completions is client.chat.completions)
    ctx.note("models type", type(client.models).__name__)
    ctx.note("chat.completions type", type(client.chat.completions).__name__)
    ctx.note("with_raw_response type", type(client.models.with_raw_response).__name__)
    ctx.note("with_streaming_response type", type(client.models.with_streaming_response).__name__)


@scenario("core: client context manager closes")
def _(ctx):
    ctx.reply(models_reply())
    with ctx.openai.OpenAI(api_key="sk-compat", base_url=ctx.base_url) as client:
        ctx.note("is_closed inside", client.is_closed())
        ctx.call("list", lambda: client.models.list())
    ctx.note("is_closed after", client.is_closed())
    ctx.call("list after close", lambda: client.models.list())


@scenario("core: client close twice")
def _(ctx):
    client = ctx.openai.OpenAI(api_key="sk-compat", base_url=ctx.base_url)
    client.close()
    ctx.call("close again", lambda: client.close())
    ctx.note("is_closed", client.is_closed())


@scenario("core: async client context manager closes")
async def _(ctx):
    ctx.reply(models_reply())
    async with ctx.openai.AsyncOpenAI(api_key="sk-compat", base_url=ctx.base_url) as client:
        ctx.note("is_closed inside", client.is_closed())
        await ctx.acall("list", lambda: client.models.list())
    ctx.note("is_closed after", client.is_closed())


@scenario("core: client with a caller's http_client closed by the client")
def _(ctx):
    http = httpx.Client()
    client = ctx.openai.OpenAI(api_key="sk-compat", base_url=ctx.base_url, http_client=http)
    client.close()
    ctx.note("caller's httpx client closed", http.is_closed)


# ----------------------------------------------------------------------------- per-request options


@scenario("core: request extra_headers added and overriding defaults")
def _(ctx):
    ctx.reply(models_reply(), chat_reply())
    client = ctx.client(default_headers={"X-Team": "default"})
    ctx.call(
        "list",
        lambda: client.models.list(
            extra_headers={"X-Team": "per-call", "User-Agent": "custom-agent/1.0", "X-Trace-Id": "trace-42"}
        ),
    )
    chat(ctx, client, extra_headers={"Authorization": "Bearer sk-per-call", "OpenAI-Organization": "org-per-call"})


@scenario("core: request extra_headers Omit removes headers")
def _(ctx):
    ctx.reply(models_reply(), chat_reply())
    client = ctx.client()
    ctx.call(
        "list",
        lambda: client.models.list(
            extra_headers={"X-Stainless-Retry-Count": openai.Omit(), "x-stainless-read-timeout": openai.Omit()}
        ),
    )
    chat(ctx, client, extra_headers={"Content-Type": openai.Omit(), "Authorization": openai.Omit()})


@scenario("core: request extra_headers lowercase duplicates of defaults", deviation="headers-case-insensitive")
def _(ctx):
    ctx.reply(models_reply())
    ctx.call("list", lambda: ctx.client().models.list(extra_headers={"user-agent": "lower/1", "accept": "text/plain"}))


@scenario("core: request extra_headers set retry count and read timeout")
def _(ctx):
    ctx.reply(models_reply())
    ctx.call(
        "list",
        lambda: ctx.client().models.list(
            extra_headers={"X-Stainless-Retry-Count": "7", "X-Stainless-Read-Timeout": "99"}
        ),
    )


@scenario("core: request idempotency key header from extra_headers")
def _(ctx):
    ctx.reply(chat_reply())
    chat(ctx, extra_headers={"Idempotency-Key": "my-key-1"})


@scenario("core: request extra_query merged with params")
def _(ctx):
    ctx.reply(files_reply(), files_reply(), models_reply())
    client = ctx.client()
    ctx.call("files", lambda: client.files.list(limit=3, order="asc", extra_query={"purpose": "batch", "limit": 9}))
    ctx.call("files only extra", lambda: client.files.list(extra_query={"z": "1", "a": "2"}))
    ctx.call("models", lambda: client.models.list(extra_query={"owned_by": "system", "empty": ""}))


@scenario("core: request extra_query nested and list values")
def _(ctx):
    ctx.reply(files_reply())
    ctx.call(
        "files",
        lambda: ctx.client().files.list(
            extra_query={"metadata": {"team": "ml", "env": "prod"}, "ids": ["a", "b"], "flag": False, "n": None}
        ),
    )


@scenario("core: request extra_body merged into JSON")
def _(ctx):
    ctx.reply(chat_reply())
    chat(
        ctx,
        temperature=0.2,
        extra_body={"temperature": 0.9, "guided_json": {"type": "object"}, "model": "override-model"},
    )


@scenario("core: request extra_body on a GET")
def _(ctx):
    ctx.reply(models_reply())
    ctx.call("list", lambda: ctx.client().models.list(extra_body={"unexpected": True}))


@scenario("core: request extra_body None values")
def _(ctx):
    ctx.reply(chat_reply())
    chat(ctx, extra_body={"top_k": None, "seed": 3})


@scenario("core: request timeout per call")
def _(ctx):
    ctx.reply(models_reply(), models_reply(), models_reply(), chat_reply())
    client = ctx.client()
    ctx.call("float", lambda: client.models.list(timeout=3.5))
    ctx.call("httpx.Timeout", lambda: client.models.list(timeout=httpx.Timeout(10.0, read=7.25)))
    ctx.call("None", lambda: client.models.list(timeout=None))
    ctx.call("chat int", lambda: client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, timeout=90))


@scenario("core: request NOT_GIVEN values are omitted")
def _(ctx):
    ctx.reply(chat_reply(), files_reply())
    client = ctx.client()
    chat(
        ctx,
        client,
        temperature=openai.NOT_GIVEN,
        max_tokens=openai.NOT_GIVEN,
        tools=openai.NOT_GIVEN,
        extra_headers=None,
        extra_query=None,
        extra_body=None,
        timeout=openai.NOT_GIVEN,
    )
    ctx.call("files", lambda: client.files.list(limit=openai.NOT_GIVEN, purpose=openai.NOT_GIVEN))


@scenario("core: request None values sent as JSON null")
def _(ctx):
    ctx.reply(chat_reply(), files_reply())
    client = ctx.client()
    chat(ctx, client, temperature=None, max_tokens=None, stop=None, user=None)
    ctx.call("files", lambda: client.files.list(limit=None, purpose=None))


@scenario("core: request nested dicts keep the caller's key order")
def _(ctx):
    ctx.reply(chat_reply())
    ctx.call(
        "chat",
        lambda: ctx.client().chat.completions.create(
            messages=[
                {"content": "You are terse.", "role": "system"},
                {"content": [{"text": "What is 2+2?", "type": "text"}], "role": "user", "name": "alice"},
            ],
            model="gpt-4o-mini",
            response_format={
                "json_schema": {
                    "strict": True,
                    "schema": {
                        "required": ["answer"],
                        "properties": {"answer": {"type": "integer"}},
                        "type": "object",
                        "additionalProperties": False,
                    },
                    "name": "answer",
                },
                "type": "json_schema",
            },
            tools=[
                {
                    "function": {
                        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
                        "name": "get_weather",
                        "description": "Weather for a city",
                    },
                    "type": "function",
                }
            ],
            metadata={"z": "last", "a": "first"},
        ),
    )


@scenario("core: request unicode and escaping in JSON")
def _(ctx):
    ctx.reply(chat_reply())
    ctx.call(
        "chat",
        lambda: ctx.client().chat.completions.create(
            model="gpt-4o-mini",
            messages=[
                {
                    "role": "user",
                    "content": 'héllo wörld — 世界 😀 "quoted" \\ back/slash \u2028 tab\tnew\nline \x00 \x7f',
                }
            ],
            user="użytkownik-1",
            metadata={"ключ": "значение", "emoji": "🚀"},
        ),
    )


@scenario("core: request unicode in query and headers")
def _(ctx):
    ctx.reply(files_reply(), models_reply())
    client = ctx.client()
    ctx.call("files", lambda: client.files.list(purpose="fine-tune", extra_query={"q": "naïve café & co=1 ü/?#"}))
    ctx.call("models", lambda: client.models.list(extra_headers={"X-Note": "plain-ascii value; with=chars"}))


@scenario("core: request floats and large ints")
def _(ctx):
    ctx.reply(chat_reply())
    chat(
        ctx,
        temperature=1.0,
        top_p=1e-7,
        frequency_penalty=0,
        presence_penalty=-0.0,
        seed=2**63 + 1,
        max_completion_tokens=10**20,
        logit_bias={"50256": -100, "1234": 2.5},
    )


@scenario("core: request non-finite float")
def _(ctx):
    ctx.reply(chat_reply())
    ctx.call(
        "chat",
        lambda: ctx.client(max_retries=0).chat.completions.create(
            model="gpt-4o-mini", messages=MESSAGES, temperature=float("nan")
        ),
    )


@scenario("core: request tuples and generators for list params")
def _(ctx):
    ctx.reply(chat_reply(), chat_reply())
    client = ctx.client()
    ctx.call(
        "tuples",
        lambda: client.chat.completions.create(
            model="gpt-4o-mini",
            messages=({"role": "user", "content": "a"}, {"role": "user", "content": "b"}),
            stop=("\n", "END"),
            modalities=("text",),
        ),
    )
    ctx.call(
        "generator",
        lambda: client.chat.completions.create(
            model="gpt-4o-mini",
            messages=(m for m in [{"role": "system", "content": "x"}, {"role": "user", "content": "y"}]),
        ),
    )


@scenario("core: request embeddings input as tuple of token ids")
def _(ctx):
    ctx.reply(
        Reply(
            json_body={
                "object": "list",
                "data": [{"object": "embedding", "index": 0, "embedding": [0.1, -0.2, 0.3]}],
                "model": "text-embedding-3-small",
                "usage": {"prompt_tokens": 3, "total_tokens": 3},
            }
        )
    )
    ctx.call(
        "embeddings",
        lambda: ctx.client().embeddings.create(
            model="text-embedding-3-small", input=(1820, 25, 9906), encoding_format="float"
        ),
    )


@scenario("core: request pydantic model passed as a message")
def _(ctx):
    ctx.reply(chat_reply(), chat_reply())
    client = ctx.client()
    first = client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES)
    previous = first.choices[0].message
    ctx.call(
        "follow-up",
        lambda: client.chat.completions.create(
            model="gpt-4o-mini", messages=[*MESSAGES, previous, {"role": "user", "content": "Again"}]
        ),
    )


@scenario("core: request constructed pydantic message as a param")
def _(ctx):
    from openai.types.chat import ChatCompletionMessage

    ctx.reply(chat_reply())
    made = ChatCompletionMessage(role="assistant", content="Earlier answer")
    ctx.call(
        "chat",
        lambda: ctx.client().chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "Q"}, made]
        ),
    )


@scenario("core: request unknown keyword argument", deviation="unknown-keyword-hint")
def _(ctx):
    ctx.call(
        "chat",
        lambda: ctx.client().chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, temprature=0.3),
    )


@scenario("core: async request options")
async def _(ctx):
    ctx.reply(chat_reply(), files_reply())
    client = ctx.async_client()
    await ctx.acall(
        "chat",
        lambda: client.chat.completions.create(
            model="gpt-4o-mini",
            messages=MESSAGES,
            temperature=None,
            extra_headers={"X-Trace-Id": "async-1", "User-Agent": openai.Omit()},
            extra_query={"debug": "1"},
            extra_body={"custom": [1, 2]},
            timeout=4.0,
        ),
    )
    await ctx.acall("files", lambda: client.files.list(limit=1, extra_query={"purpose": "assistants"}))


@scenario("core: request extra_query Omit removes a default_query param")
def _(ctx):
    ctx.reply(models_reply(), models_reply())
    client = ctx.client(default_query={"tenant": "t1", "region": "eu"})
    ctx.call("extra_query Omit", lambda: client.models.list(extra_query={"tenant": openai.Omit()}))
    ctx.call("extra_query None", lambda: client.models.list(extra_query={"region": None}))


@scenario("core: request extra_body Omit removes a param")
def _(ctx):
    ctx.reply(chat_reply())
    chat(ctx, temperature=0.5, extra_body={"temperature": openai.Omit()})
