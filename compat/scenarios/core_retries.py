"""Area D (`core:`): retries. Which statuses and errors are retried, how many times, the
`x-stainless-retry-count` header of each attempt, the idempotency key kept across attempts, and
the pauses (backoff steps, `retry-after`, `retry-after-ms`, HTTP dates, values out of range).

The harness records every request (so the attempt count and headers are compared) and every
pause the client asks for (backoff by step, server-requested delays by value).
"""

from __future__ import annotations

import contextlib
import email.utils
import time
from typing import Any, Dict, Iterator

from dsl import Reply, scenario
from server import sse

import openai
from scenarios.core_client import MESSAGES, chat, chat_reply, closed_port_url, models_reply


def _fail(status: int, headers: Dict[str, str] = {}, message: str = "try again") -> Reply:
    return Reply(
        status,
        json_body={"error": {"message": message, "type": "server_error", "param": None, "code": None}},
        headers={"x-request-id": f"req_retry_{status}", **headers},
    )


def _attempts(ctx: Any) -> None:
    """The attempts the server saw: retry-count header and whether the idempotency key stayed."""
    requests = list(ctx.server.requests)
    ctx.note("retry counts", [r.header("x-stainless-retry-count") for r in requests])
    keys = [r.header("Idempotency-Key") for r in requests]
    ctx.note("idempotency keys present", [k is not None for k in keys])
    ctx.note("one idempotency key across attempts", len(set(keys)) == 1)


FIXED_NOW = 1_750_000_000.0


@contextlib.contextmanager
def _frozen_clock() -> Iterator[None]:
    """`time.time()` fixed, so a Retry-After date turns into an exact delay on both sides."""
    real = time.time
    time.time = lambda: FIXED_NOW  # type: ignore[assignment]
    try:
        yield
    finally:
        time.time = real  # type: ignore[assignment]


def _http_date(offset: float) -> str:
    return email.utils.formatdate(FIXED_NOW + offset, usegmt=True)


def _chat_attempts(ctx: Any, *replies: Reply, client: Any = None, **kwargs: Any) -> None:
    """A chat completion ("create") on the scripted `replies`, and the attempts it took."""
    ctx.reply(*replies)
    chat(ctx, client, "create", **kwargs)
    _attempts(ctx)


# ----------------------------------------------------------------------------- statuses


for _name, _status in [(f"core: retry after {s} then success", s) for s in (408, 409, 429, 500, 502, 503, 504)] + [
    (f"core: no retry after {s}", s) for s in (400, 401, 403, 404, 422, 418)
]:
    scenario(_name)(lambda ctx, status=_status: _chat_attempts(ctx, _fail(status), chat_reply()))


@scenario("core: retry exhausted after default max_retries")
def _(ctx):
    ctx.default_reply(_fail(500))
    _chat_attempts(ctx)


@scenario("core: retry two failures then success")
def _(ctx):
    _chat_attempts(ctx, _fail(503), _fail(429), chat_reply())


@scenario("core: retry GET has no idempotency key")
def _(ctx):
    ctx.reply(_fail(500), models_reply())
    ctx.call("list", lambda: ctx.client().models.list())
    _attempts(ctx)


@scenario("core: retry keeps the caller's idempotency key")
def _(ctx):
    _chat_attempts(ctx, _fail(500), chat_reply(), extra_headers={"Idempotency-Key": "caller-key-123"})


@scenario("core: retry count header overridden by the caller")
def _(ctx):
    ctx.reply(_fail(500), models_reply())
    ctx.call("list", lambda: ctx.client().models.list(extra_headers={"x-stainless-retry-count": "fixed"}))
    _attempts(ctx)


# ----------------------------------------------------------------------------- x-should-retry


for _name, _status, _value in (("true", 400, "true"), ("false", 500, "false"), ("other value", 429, "maybe")):
    scenario(f"core: retry x-should-retry {_name} on {_status}")(
        lambda ctx, status=_status, value=_value: _chat_attempts(
            ctx, _fail(status, {"x-should-retry": value}), chat_reply()
        )
    )


@scenario("core: retry x-should-retry true on 200 is a success")
def _(ctx):
    ctx.reply(Reply(json_body={"object": "list", "data": []}, headers={"x-should-retry": "true"}))
    ctx.call("list", lambda: ctx.client().models.list())


# ----------------------------------------------------------------------------- retry-after


RETRY_AFTER = {
    "retry-after seconds": {"retry-after": "2"},
    "retry-after float seconds": {"retry-after": "1.5"},
    "retry-after-ms": {"retry-after-ms": "250"},
    "retry-after-ms beats retry-after": {"retry-after-ms": "750", "retry-after": "3"},
    "retry-after-ms invalid falls back to retry-after": {"retry-after-ms": "soon", "retry-after": "4"},
    "retry-after 60 seconds": {"retry-after": "60"},
    "retry-after above 60 seconds": {"retry-after": "61"},
    "retry-after large": {"retry-after": "3600"},
    "retry-after zero": {"retry-after": "0"},
    "retry-after negative": {"retry-after": "-5"},
    "retry-after garbage": {"retry-after": "later, please"},
    "retry-after-ms large": {"retry-after-ms": "90000"},
}


for _name, _headers in RETRY_AFTER.items():
    scenario(f"core: retry {_name}")(
        lambda ctx, headers=_headers: _chat_attempts(ctx, _fail(429, headers), _fail(429, headers), chat_reply())
    )


def _retry_after_date(name: str, offset: float) -> None:
    @scenario(f"core: retry {name}")
    def _(ctx: Any) -> None:
        ctx.reply(_fail(503, {"retry-after": _http_date(offset)}), chat_reply())
        with _frozen_clock():
            chat(ctx, label="create")
        _attempts(ctx)


_retry_after_date("retry-after HTTP date 5 seconds ahead", 5)
_retry_after_date("retry-after HTTP date in the past", -30)
_retry_after_date("retry-after HTTP date far ahead", 3600)


@scenario("core: retry retry-after on a non-retried status")
def _(ctx):
    _chat_attempts(ctx, _fail(400, {"retry-after": "1"}), chat_reply())


# ----------------------------------------------------------------------------- max_retries


@scenario("core: retry max_retries=0 on the client")
def _(ctx):
    _chat_attempts(ctx, _fail(500), chat_reply(), client=ctx.client(max_retries=0))


@scenario("core: retry max_retries=5 backoff steps")
def _(ctx):
    ctx.default_reply(_fail(500))
    _chat_attempts(ctx, client=ctx.client(max_retries=5))


@scenario("core: retry max_retries=7 backoff capped")
def _(ctx):
    ctx.default_reply(_fail(502))
    ctx.call("list", lambda: ctx.client(max_retries=7).models.list())
    _attempts(ctx)


@scenario("core: retry max_retries per request with with_options")
def _(ctx):
    ctx.reply(_fail(500), _fail(500), _fail(500), chat_reply(), _fail(500), chat_reply())
    client = ctx.client()
    ctx.call(
        "with_options(max_retries=3)",
        lambda: client.with_options(max_retries=3).chat.completions.create(model="gpt-4o-mini", messages=MESSAGES),
    )
    ctx.call(
        "with_options(max_retries=0)",
        lambda: client.with_options(max_retries=0).chat.completions.create(model="gpt-4o-mini", messages=MESSAGES),
    )
    _attempts(ctx)


@scenario("core: retry max_retries in low-level options")
def _(ctx):
    ctx.reply(_fail(500), _fail(500), _fail(500), models_reply())
    client = ctx.client()
    ctx.call(
        "get",
        lambda: client.get("/models", cast_to=object, options={"max_retries": 3}),
    )
    _attempts(ctx)


@scenario("core: retry raw response reports retries_taken")
def _(ctx):
    ctx.reply(_fail(500), _fail(503), models_reply())
    response = ctx.call("raw", lambda: ctx.client().models.with_raw_response.list())
    if not isinstance(response, Exception):
        ctx.note("retries_taken", response.retries_taken)
        ctx.note("request retry count header", response.http_request.headers.get("x-stainless-retry-count"))


@scenario("core: retry streaming response reports retries_taken")
def _(ctx):
    ctx.reply(_fail(500), models_reply())
    with ctx.client().models.with_streaming_response.list() as response:
        ctx.note("retries_taken", response.retries_taken)
        ctx.see("parsed", response.parse())


# ----------------------------------------------------------------------------- no response


@scenario("core: retry on connection errors")
def _(ctx):
    chat(ctx, ctx.client(api_key="sk-compat", base_url=closed_port_url()), "create")


@scenario("core: retry on connection errors max_retries=4")
def _(ctx):
    client = ctx.client(api_key="sk-compat", base_url=closed_port_url(), max_retries=4)
    ctx.call("list", lambda: client.models.list())


@scenario("core: retry on timeouts")
def _(ctx):
    client = ctx.client(max_retries=1, timeout=0.05)
    _chat_attempts(ctx, Reply(json_body={}, delay=0.3), Reply(json_body={}, delay=0.3), client=client)


@scenario("core: retry timeout then success")
def _(ctx):
    _chat_attempts(ctx, Reply(json_body={}, delay=0.3), chat_reply(), client=ctx.client(timeout=0.1))


@scenario("core: retry stream=True after 500")
def _(ctx):
    chunk = {
        "id": "chatcmpl-r1",
        "object": "chat.completion.chunk",
        "created": 1741569952,
        "model": "gpt-4o-mini",
        "choices": [{"index": 0, "delta": {"role": "assistant", "content": "Hi"}, "finish_reason": None}],
    }
    ctx.reply(_fail(500), sse(chunk, done=True))
    stream = ctx.client().chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, stream=True)
    ctx.note("chunks", [c.choices[0].delta.content for c in stream])
    _attempts(ctx)


# ----------------------------------------------------------------------------- async


@scenario("core: retry async after 429 with retry-after-ms")
async def _(ctx):
    ctx.reply(_fail(429, {"retry-after-ms": "1200"}), _fail(500), chat_reply())
    await ctx.acall(
        "create", lambda: ctx.async_client().chat.completions.create(model="gpt-4o-mini", messages=MESSAGES)
    )
    _attempts(ctx)


@scenario("core: retry async exhausted")
async def _(ctx):
    ctx.default_reply(_fail(503))
    await ctx.acall("list", lambda: ctx.async_client(max_retries=3).models.list())
    _attempts(ctx)


@scenario("core: retry async on connection errors")
async def _(ctx):
    client = ctx.async_client(api_key="sk-compat", base_url=closed_port_url())
    await ctx.acall("list", lambda: client.models.list())


@scenario("core: retry async on timeouts")
async def _(ctx):
    ctx.reply(Reply(json_body={}, delay=0.3), chat_reply())
    client = ctx.async_client(max_retries=1, timeout=0.1)
    await ctx.acall("create", lambda: client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES))
    _attempts(ctx)


@scenario("core: retry async with_options max_retries")
async def _(ctx):
    ctx.reply(_fail(500), chat_reply())
    client = ctx.async_client(max_retries=0)
    await ctx.acall(
        "create",
        lambda: client.with_options(max_retries=1).chat.completions.create(model="gpt-4o-mini", messages=MESSAGES),
    )
    _attempts(ctx)


@scenario("core: retry DEFAULT_MAX_RETRIES constant")
def _(ctx):
    ctx.note("DEFAULT_MAX_RETRIES", openai.DEFAULT_MAX_RETRIES)
    ctx.note("DEFAULT_TIMEOUT", repr(openai.DEFAULT_TIMEOUT))
    ctx.note("DEFAULT_CONNECTION_LIMITS", repr(openai.DEFAULT_CONNECTION_LIMITS))
