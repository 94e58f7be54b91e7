"""Area D (`core:`): errors. Each HTTP status and its exception class, the error body in every
shape a server sends (JSON `error` object, JSON without `error`, text, empty, HTML), the
attributes a caller reads (`status_code`, `body`, `code`, `param`, `type`, `request_id`), and
the errors without a status: connection refused, timeouts, response validation.
"""

from __future__ import annotations

from typing import Any

import httpx
from dsl import Reply, scenario

import openai
from scenarios.core_client import MESSAGES, chat, chat_reply, closed_port_url

ERROR_JSON = {
    "error": {
        "message": "The model `gpt-5-ultra` does not exist or you do not have access to it.",
        "type": "invalid_request_error",
        "param": "model",
        "code": "model_not_found",
    }
}


def _error(status: int, body: Any = ERROR_JSON, **kwargs: Any) -> Reply:
    headers = {"x-request-id": f"req_err_{status}"}
    headers.update(kwargs.pop("headers", {}))
    if isinstance(body, (dict, list)):
        return Reply(status, json_body=body, headers=headers, **kwargs)
    return Reply(status, text=body, headers=headers, **kwargs)


def _exc_details(ctx: Any, label: str, exc: Any) -> None:
    """What a caller typically reads off an exception beyond `describe_exception`."""
    if not isinstance(exc, BaseException):
        return
    response = getattr(exc, "response", None)
    if response is not None:
        ctx.note(label + " response.status_code", response.status_code)
        ctx.note(label + " response.headers[x-request-id]", response.headers.get("x-request-id"))
    request = getattr(exc, "request", None)
    if request is not None:
        ctx.note(label + " request", [request.method, str(request.url)])
    ctx.note(label + " args", [str(a) for a in exc.args])
    ctx.note(label + " repr", repr(exc))


def _retrieve(ctx: Any, model: str = "gpt-4o-mini", client: Any = None) -> Any:
    """`models.retrieve(model)` through `client` (default: a new one without retries), and what a
    caller reads off the exception it raises."""
    exc = ctx.call("retrieve", lambda: (client or ctx.client(max_retries=0)).models.retrieve(model))
    _exc_details(ctx, "retrieve", exc)
    return exc


def _strict_retrieve(ctx: Any) -> Any:
    """`models.retrieve("gpt-4o")` with strict response validation."""
    return ctx.call(
        "retrieve", lambda: ctx.client(_strict_response_validation=True, max_retries=0).models.retrieve("gpt-4o")
    )


STATUSES = {
    400: ("invalid_request_error", "Invalid value for 'temperature': must be <= 2."),
    401: ("invalid_request_error", "Incorrect API key provided: sk-compat*****6789."),
    403: ("invalid_request_error", "You are not allowed to sample from this model"),
    404: ("invalid_request_error", "The model `gpt-5-ultra` does not exist"),
    409: ("invalid_request_error", "Another request is already in progress"),
    422: ("invalid_request_error", "Unprocessable entity"),
    429: ("requests", "Rate limit reached for gpt-4o-mini on requests per min (RPM)"),
    500: ("server_error", "The server had an error while processing your request."),
    503: ("server_error", "The engine is currently overloaded, please try again later"),
    418: ("teapot", "I'm a teapot"),
    402: ("billing", "Payment required"),
    502: ("server_error", "Bad gateway"),
}


def _status_scenario(status: int, kind: str, message: str) -> None:
    body = {"error": {"message": message, "type": kind, "param": None, "code": f"code_{status}"}}

    @scenario(f"core: error status {status} JSON error body")
    def _(ctx: Any) -> None:
        ctx.reply(_error(status, body))
        _retrieve(ctx)

    @scenario(f"core: error status {status} async")
    async def _(ctx: Any) -> None:
        ctx.reply(_error(status, body))
        exc = await ctx.acall(
            "create",
            lambda: ctx.async_client(max_retries=0).chat.completions.create(model="gpt-4o-mini", messages=MESSAGES),
        )
        _exc_details(ctx, "create", exc)


for _status, (_kind, _message) in STATUSES.items():
    _status_scenario(_status, _kind, _message)


# ----------------------------------------------------------------------------- body shapes


BODIES = {
    "JSON without error key": {"message": "Invalid request", "detail": "bad things"},
    "JSON error as a string": {"error": "invalid_api_key"},
    "JSON error null": {"error": None, "message": "odd"},
    "JSON error with int code and extra fields": {
        "error": {"message": "Too many tokens", "type": "tokens", "param": None, "code": 42, "extra": [1, 2]}
    },
    "JSON error without message": {"error": {"type": "server_error", "code": None}},
    "JSON list": [{"error": "first"}, {"error": "second"}],
    "non-JSON text": "upstream connect error or disconnect/reset before headers",
    "empty": "",
    "whitespace only": "  \n ",
    "HTML": "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>",
}


def _body_scenario(name: str, body: Any) -> None:
    @scenario(f"core: error body {name}")
    def _(ctx: Any) -> None:
        ctx.reply(_error(400, body), _error(404, body))
        client = ctx.client(max_retries=0)
        _retrieve(ctx, client=client)
        exc = chat(ctx, client, "create")
        _exc_details(ctx, "create", exc)


for _name, _body in BODIES.items():
    _body_scenario(_name, _body)


@scenario("core: error body JSON with text/plain content type")
def _(ctx):
    ctx.reply(Reply(400, content=b'{"error": {"message": "typed wrong", "type": "x"}}', content_type="text/plain"))
    _retrieve(ctx)


@scenario("core: error without x-request-id")
def _(ctx):
    ctx.reply(Reply(404, json_body=ERROR_JSON))
    _retrieve(ctx, "gpt-5-ultra")


@scenario("core: error through with_raw_response and with_streaming_response")
def _(ctx):
    ctx.reply(_error(404), _error(404))
    client = ctx.client(max_retries=0)
    exc = ctx.call("raw", lambda: client.models.with_raw_response.retrieve("gpt-5-ultra"))
    _exc_details(ctx, "raw", exc)

    def streaming() -> Any:
        with client.models.with_streaming_response.retrieve("gpt-5-ultra") as response:
            return response.parse()

    exc = ctx.call("streaming", streaming)
    _exc_details(ctx, "streaming", exc)


@scenario("core: error on a stream=True call")
def _(ctx):
    ctx.reply(_error(429, {"error": {"message": "Rate limit", "type": "requests", "param": None, "code": None}}))
    exc = ctx.call(
        "create",
        lambda: ctx.client(max_retries=0).chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, stream=True),
    )
    _exc_details(ctx, "create", exc)


@scenario("core: error on an async stream=True call")
async def _(ctx):
    ctx.reply(_error(500, {"error": {"message": "boom", "type": "server_error", "param": None, "code": None}}))
    exc = await ctx.acall(
        "create",
        lambda: ctx.async_client(max_retries=0).chat.completions.create(
            model="gpt-4o-mini", messages=MESSAGES, stream=True
        ),
    )
    _exc_details(ctx, "create", exc)


@scenario("core: error is caught by its base classes")
def _(ctx):
    ctx.reply(_error(429), _error(401))
    client = ctx.client(max_retries=0)
    caught = []
    for label in ("429", "401"):
        try:
            client.models.list()
        except openai.RateLimitError:
            caught.append([label, "RateLimitError"])
        except openai.APIStatusError as exc:
            caught.append([label, "APIStatusError", exc.status_code])
    ctx.note("caught", caught)
    ctx.note(
        "hierarchy",
        [
            issubclass(openai.RateLimitError, openai.APIStatusError),
            issubclass(openai.APIStatusError, openai.APIError),
            issubclass(openai.APIError, openai.OpenAIError),
            issubclass(openai.APITimeoutError, openai.APIConnectionError),
            issubclass(openai.APIResponseValidationError, openai.APIError),
            issubclass(openai.InternalServerError, openai.APIStatusError),
        ],
    )


# ----------------------------------------------------------------------------- no response


@scenario("core: error connection refused")
def _(ctx):
    client = ctx.client(api_key="sk-compat", base_url=closed_port_url(), max_retries=0)
    exc = ctx.call("list", lambda: client.models.list())
    if isinstance(exc, BaseException):
        ctx.note("request method", exc.request.method)
        ctx.note("args", [str(a) for a in exc.args])


@scenario("core: error connection refused async")
async def _(ctx):
    client = ctx.async_client(api_key="sk-compat", base_url=closed_port_url(), max_retries=0)
    exc = await ctx.acall("create", lambda: client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES))
    if isinstance(exc, BaseException):
        ctx.note("request method", exc.request.method)


@scenario("core: error timeout")
def _(ctx):
    ctx.reply(Reply(json_body={"object": "list", "data": []}, delay=0.4))
    client = ctx.client(max_retries=0, timeout=0.05)
    exc = ctx.call("list", lambda: client.models.list())
    if isinstance(exc, BaseException):
        ctx.note("request", [exc.request.method, exc.request.url.path])
        ctx.note("is connection error", isinstance(exc, openai.APIConnectionError))


@scenario("core: error timeout per call")
def _(ctx):
    ctx.reply(chat_reply(), Reply(json_body={}, delay=0.4))
    client = ctx.client(max_retries=0)
    ctx.call("fast", lambda: client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, timeout=5))
    ctx.call(
        "slow",
        lambda: client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, timeout=httpx.Timeout(0.05)),
    )


@scenario("core: error timeout async")
async def _(ctx):
    ctx.reply(Reply(json_body={"object": "list", "data": []}, delay=0.4))
    client = ctx.async_client(max_retries=0, timeout=0.05)
    await ctx.acall("list", lambda: client.models.list())


# ----------------------------------------------------------------------------- validation


BAD_MODEL = {"id": 123, "object": "model", "created": "yesterday", "owned_by": None}


@scenario("core: error response validation strict")
def _(ctx):
    ctx.reply(Reply(json_body=BAD_MODEL, headers={"x-request-id": "req_bad"}))
    exc = _strict_retrieve(ctx)
    if isinstance(exc, BaseException):
        ctx.note("cause", type(exc.__cause__).__name__ if exc.__cause__ else None)
        _exc_details(ctx, "retrieve", exc)


@scenario("core: error response validation strict missing field")
def _(ctx):
    ctx.reply(Reply(json_body={"id": "gpt-4o", "object": "model"}))
    _strict_retrieve(ctx)


@scenario("core: error response validation strict non-JSON content type")
def _(ctx):
    ctx.reply(Reply(text="plain words", headers={"x-request-id": "req_text"}))
    exc = _strict_retrieve(ctx)
    _exc_details(ctx, "retrieve", exc)


@scenario("core: error response validation strict passes a good body")
def _(ctx):
    ctx.reply(Reply(json_body={"id": "gpt-4o", "object": "model", "created": 1, "owned_by": "system"}))
    _strict_retrieve(ctx)


@scenario("core: response lenient with a bad body", deviation="malformed-body-error")
def _(ctx):
    ctx.reply(
        Reply(json_body=BAD_MODEL),
        Reply(text="plain words"),
        Reply(json_body=["not", "an", "object"]),
        Reply(json_body="just a string"),
        Reply(content=b"{broken json", content_type="application/json"),
    )
    client = ctx.client(max_retries=0)
    ctx.call("wrong types", lambda: client.models.retrieve("gpt-4o"))
    ctx.call("text/plain", lambda: client.models.retrieve("gpt-4o"))
    ctx.call("JSON list", lambda: client.models.retrieve("gpt-4o"))
    ctx.call("JSON string", lambda: client.models.retrieve("gpt-4o"))
    ctx.call("broken JSON", lambda: client.models.retrieve("gpt-4o"))


@scenario("core: response with a 2xx status other than 200")
def _(ctx):
    ctx.reply(
        Reply(201, json_body={"id": "gpt-4o", "object": "model", "created": 1, "owned_by": "system"}),
        Reply(204),
    )
    client = ctx.client(max_retries=0)
    ctx.call("201", lambda: client.models.retrieve("gpt-4o"))
    ctx.call("204", lambda: client.models.retrieve("gpt-4o"))


@scenario("core: response redirect followed")
def _(ctx):
    ctx.reply(
        Reply(307, headers={"Location": ctx.base_url + "/models/moved"}),
        Reply(json_body={"id": "moved", "object": "model", "created": 1, "owned_by": "system"}),
    )
    ctx.call("retrieve", lambda: ctx.client(max_retries=0).models.retrieve("gpt-4o"))


# ----------------------------------------------------------------------------- errors built by callers


@scenario("core: error classes constructed directly")
def _(ctx):
    request = httpx.Request("POST", "https://api.openai.com/v1/chat/completions")
    response = httpx.Response(
        429, request=request, headers={"x-request-id": "req_direct"}, json={"error": {"message": "slow down"}}
    )
    body = {"message": "slow down", "type": "requests", "param": "model", "code": "rate_limit_exceeded"}
    ctx.call("RateLimitError", lambda: openai.RateLimitError("Error code: 429", response=response, body=body))
    ctx.call("APIStatusError", lambda: openai.APIStatusError("custom", response=response, body=None))
    ctx.call("APIError", lambda: openai.APIError("plain", request, body={"code": 7, "type": None}))
    ctx.call("APIConnectionError", lambda: openai.APIConnectionError(request=request))
    ctx.call("APIConnectionError message", lambda: openai.APIConnectionError(message="proxy down", request=request))
    ctx.call("APITimeoutError", lambda: openai.APITimeoutError(request=request))
    ctx.call(
        "APIResponseValidationError",
        lambda: openai.APIResponseValidationError(response=response, body={"x": 1}),
    )
    ctx.call("OpenAIError", lambda: openai.OpenAIError("base"))
