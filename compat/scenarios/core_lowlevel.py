"""Area D (`core:`): the low-level API for endpoints without a resource method:
`client.get/post/patch/put/delete(path, cast_to=..., body=..., options=...)` with every kind of
`cast_to` (a model, `object`, `dict`, `str`, `bytes`, `httpx.Response`, `None`), the request
options dict (`headers`, `params`, `timeout`, `max_retries`, `extra_json`, `idempotency_key`,
`follow_redirects`), streams through `stream=True, stream_cls=...`, and `get_api_list`.
"""

from __future__ import annotations

from typing import Any, Dict, List

import httpx
from dsl import Reply, scenario

import openai
from scenarios.core_client import MESSAGES, chat_body, chat_reply, models_reply
from scenarios.core_pagination import files_page, three_pages
from scenarios.core_streams import EVENTS, brief, stream_reply

MODEL = {"id": "gpt-4o-mini", "object": "model", "created": 1721172741, "owned_by": "system"}


def _model_reply() -> Reply:
    return Reply(json_body=MODEL, headers={"x-request-id": "req_low_model"})


CHAT_BODY = {"model": "gpt-4o-mini", "messages": MESSAGES, "temperature": 0.5}


def _post(ctx: Any, replies: Any, path: str = "/custom", **kwargs: Any) -> Any:
    """The scripted `replies` (one, or a tuple), then `client.post(path, cast_to=object, **kwargs)`
    recorded as "post"."""
    ctx.reply(*(replies if isinstance(replies, tuple) else (replies,)))
    return ctx.call("post", lambda: ctx.client().post(path, **{"cast_to": object, **kwargs}))


# ----------------------------------------------------------------------------- cast_to


@scenario("core: lowlevel get cast_to a model")
def _(ctx):
    from openai.types import Model

    ctx.reply(_model_reply())
    ctx.call("get", lambda: ctx.client().get("/models/gpt-4o-mini", cast_to=Model))


@scenario("core: lowlevel get cast_to object and dict", deviation="lowlevel-lenient")
def _(ctx):
    ctx.reply(_model_reply(), _model_reply(), _model_reply())
    client = ctx.client()
    ctx.call("object", lambda: client.get("/models/gpt-4o-mini", cast_to=object))
    ctx.call("dict", lambda: client.get("/models/gpt-4o-mini", cast_to=dict))
    ctx.call("Dict[str, Any]", lambda: client.get("/models/gpt-4o-mini", cast_to=Dict[str, Any]))


@scenario("core: lowlevel get cast_to str and bytes")
def _(ctx):
    ctx.reply(_model_reply(), _model_reply())
    client = ctx.client()
    ctx.call("str", lambda: client.get("/models/gpt-4o-mini", cast_to=str))
    ctx.call("bytes", lambda: client.get("/models/gpt-4o-mini", cast_to=bytes))


@scenario("core: lowlevel get cast_to httpx.Response")
def _(ctx):
    ctx.reply(_model_reply())
    response = ctx.call("get", lambda: ctx.client().get("/models/gpt-4o-mini", cast_to=httpx.Response))
    if isinstance(response, httpx.Response):
        ctx.note("status", response.status_code)
        ctx.note("is_closed", response.is_closed)
        ctx.note("json", response.json())
        ctx.note("request", [response.request.method, str(response.request.url)])


@scenario("core: lowlevel get cast_to None")
def _(ctx):
    ctx.reply(Reply(204), _model_reply())
    client = ctx.client()
    ctx.call("204 None", lambda: client.get("/noop", cast_to=type(None)))
    ctx.call("200 None", lambda: client.get("/models/gpt-4o-mini", cast_to=type(None)))


@scenario("core: lowlevel get cast_to a list of models")
def _(ctx):
    from openai.types import Model

    ctx.reply(Reply(json_body=[MODEL, dict(MODEL, id="gpt-4o")]))
    ctx.call("List[Model]", lambda: ctx.client().get("/models-array", cast_to=List[Model]))


@scenario("core: lowlevel get cast_to a page model")
def _(ctx):
    from openai.pagination import SyncPage
    from openai.types import Model

    ctx.reply(models_reply())
    page = ctx.call("SyncPage[Model]", lambda: ctx.client().get("/models", cast_to=SyncPage[Model]))
    if not isinstance(page, Exception):
        ctx.call("iterate", lambda: [m.id for m in page])


@scenario("core: lowlevel get with non-JSON reply")
def _(ctx):
    ctx.reply(Reply(text="pong"), Reply(text="pong"))
    client = ctx.client()
    ctx.call("object", lambda: client.get("/ping", cast_to=object))
    ctx.call("str", lambda: client.get("/ping", cast_to=str))


# ----------------------------------------------------------------------------- request options


@scenario("core: lowlevel get options headers params timeout")
def _(ctx):
    ctx.reply(models_reply())
    ctx.call(
        "get",
        lambda: ctx.client().get(
            "/models",
            cast_to=object,
            options={
                "headers": {"X-Custom": "1", "User-Agent": openai.Omit()},
                "params": {"limit": 3, "order": "desc"},
                "timeout": 12.5,
            },
        ),
    )


@scenario("core: lowlevel get path with its own query", deviation="lowlevel-lenient")
def _(ctx):
    ctx.reply(models_reply(), models_reply())
    client = ctx.client(default_query={"tenant": "t1"})
    ctx.call("query in path", lambda: client.get("/models?owned_by=system", cast_to=object))
    ctx.call(
        "query in path and params",
        lambda: client.get("/models?owned_by=system", cast_to=object, options={"params": {"limit": 2}}),
    )


@scenario("core: lowlevel get absolute URL")
def _(ctx):
    ctx.reply(models_reply())
    url = ctx.base_url.replace("/v1", "/other/models")
    ctx.call("get", lambda: ctx.client().get(url, cast_to=object))


@scenario("core: lowlevel get path without leading slash")
def _(ctx):
    ctx.reply(models_reply())
    ctx.call("get", lambda: ctx.client().get("models", cast_to=object))


@scenario("core: lowlevel post body and options")
def _(ctx):
    from openai.types.chat import ChatCompletion

    _post(
        ctx,
        chat_reply(),
        "/chat/completions",
        cast_to=ChatCompletion,
        body=CHAT_BODY,
        options={
            "headers": {"X-Trace": "t-1"},
            "params": {"debug": "true"},
            "extra_json": {"temperature": 0.9, "seed": 1},
            "idempotency_key": "fixed-key-1",
            "timeout": httpx.Timeout(30.0, read=8.0),
        },
    )


@scenario("core: lowlevel post extra_json with Omit")
def _(ctx):
    _post(
        ctx,
        chat_reply(),
        "/chat/completions",
        body=CHAT_BODY,
        options={"extra_json": {"temperature": openai.Omit(), "top_p": 0.3}},
    )


@scenario("core: lowlevel post extra_json without a body")
def _(ctx):
    _post(ctx, chat_reply(), options={"extra_json": {"a": 1}})


@scenario("core: lowlevel post list body with extra_json")
def _(ctx):
    _post(ctx, chat_reply(), body=[1, 2], options={"extra_json": {"a": 1}})


@scenario("core: lowlevel post without a body")
def _(ctx):
    _post(ctx, Reply(json_body={"ok": True}), "/fine_tuning/jobs/ftjob-1/cancel")


@scenario("core: lowlevel post raw bytes body")
def _(ctx):
    _post(
        ctx,
        Reply(json_body={"ok": True}),
        body=b'{"raw": true}',
        options={"headers": {"Content-Type": "application/json"}},
    )


@scenario("core: lowlevel post body with tuples, None and unicode")
def _(ctx):
    body = {"b": (1, 2), "a": None, "text": "zażółć 😀", "nested": {"z": 1.0, "a": [True, None]}}
    _post(ctx, Reply(json_body={"ok": True}), body=body)


@scenario("core: lowlevel post body with a pydantic model", deviation="lowlevel-lenient")
def _(ctx):
    from openai.types.chat import ChatCompletionMessage

    message = ChatCompletionMessage(role="assistant", content="hi")
    _post(ctx, Reply(json_body={"ok": True}), body={"messages": [message]})


@scenario("core: lowlevel post max_retries and 500")
def _(ctx):
    replies = (Reply(500, json_body={"error": {"message": "boom"}}), chat_reply())
    _post(ctx, replies, "/chat/completions", body=CHAT_BODY, options={"max_retries": 0})


@scenario("core: lowlevel get follow_redirects false")
def _(ctx):
    ctx.reply(Reply(307, headers={"Location": ctx.base_url + "/models"}), models_reply())
    client = ctx.client(max_retries=0)
    ctx.call(
        "no follow", lambda: client.get("/old-models", cast_to=httpx.Response, options={"follow_redirects": False})
    )
    ctx.call("status", lambda: client.get("/old-models", cast_to=object, options={"follow_redirects": False}))


# ----------------------------------------------------------------------------- other verbs


@scenario("core: lowlevel patch put delete")
def _(ctx):
    ctx.reply(
        Reply(json_body={"ok": 1}), Reply(json_body={"ok": 2}), Reply(json_body={"ok": 3}), Reply(json_body={"ok": 4})
    )
    client = ctx.client()
    ctx.call("patch", lambda: client.patch("/items/1", cast_to=object, body={"name": "new"}))
    ctx.call("put", lambda: client.put("/items/1", cast_to=object, body={"name": "put"}, options={"params": {"v": 2}}))
    ctx.call("delete", lambda: client.delete("/items/1", cast_to=object))
    ctx.call("delete with body", lambda: client.delete("/items/1", cast_to=object, body={"reason": "cleanup"}))


@scenario("core: lowlevel delete cast_to a model")
def _(ctx):
    from openai.types import ModelDeleted

    ctx.reply(Reply(json_body={"id": "ft:gpt-4o-mini:acme::1", "object": "model", "deleted": True}))
    ctx.call("delete", lambda: ctx.client().delete("/models/ft:gpt-4o-mini:acme::1", cast_to=ModelDeleted))


@scenario("core: lowlevel put with files")
def _(ctx):
    ctx.reply(Reply(json_body={"ok": True}))
    ctx.call(
        "put",
        lambda: ctx.client().put(
            "/upload",
            cast_to=object,
            body={"purpose": "batch"},
            files=[("file", ("data.jsonl", b'{"a":1}\n', "application/jsonl"))],
            options={"headers": {"Content-Type": "multipart/form-data"}},
        ),
    )


# ----------------------------------------------------------------------------- streams


@scenario("core: lowlevel post stream with stream_cls")
def _(ctx):
    from openai.types.chat import ChatCompletionChunk

    ctx.reply(stream_reply())
    stream = ctx.call(
        "post",
        lambda: ctx.client().post(
            "/chat/completions",
            cast_to=ChatCompletionChunk,
            body=dict(CHAT_BODY, stream=True),
            stream=True,
            stream_cls=openai.Stream[ChatCompletionChunk],
        ),
    )
    if not isinstance(stream, Exception):
        ctx.note("type", type(stream).__name__)
        ctx.note("chunks", [brief(c) for c in stream])


@scenario("core: lowlevel get stream with stream_cls")
def _(ctx):
    from openai.types.chat import ChatCompletionChunk

    ctx.reply(stream_reply(EVENTS[1], EVENTS[2]))
    stream = ctx.call(
        "get",
        lambda: ctx.client().get(
            "/events", cast_to=ChatCompletionChunk, stream=True, stream_cls=openai.Stream[ChatCompletionChunk]
        ),
    )
    if not isinstance(stream, Exception):
        ctx.note("chunks", [brief(c) for c in stream])


@scenario("core: lowlevel get stream with a bare Stream and object items")
def _(ctx):
    ctx.reply(stream_reply(EVENTS[1]))
    stream = ctx.call("get", lambda: ctx.client().get("/events", cast_to=object, stream=True, stream_cls=openai.Stream))
    if not isinstance(stream, Exception):
        ctx.call("items", lambda: list(stream))


@scenario("core: lowlevel post stream without stream_cls")
def _(ctx):
    ctx.reply(stream_reply(EVENTS[1]))
    stream = ctx.call("post", lambda: ctx.client().post("/events", cast_to=object, body={}, stream=True))
    if not isinstance(stream, Exception):
        ctx.note("type", type(stream).__name__)
        ctx.call("items", lambda: list(stream))


# ----------------------------------------------------------------------------- get_api_list


@scenario("core: lowlevel get_api_list cursor page")
def _(ctx):
    from openai.pagination import SyncCursorPage
    from openai.types import FileObject

    ctx.reply(*three_pages())
    page = ctx.call(
        "get_api_list",
        lambda: ctx.client().get_api_list(
            "/files", model=FileObject, page=SyncCursorPage[FileObject], options={"params": {"limit": 2}}
        ),
    )
    if not isinstance(page, Exception):
        ctx.note("type", type(page).__name__)
        ctx.call("ids", lambda: [f.id for f in page])


@scenario("core: lowlevel get_api_list unparametrized page")
def _(ctx):
    from openai.pagination import SyncCursorPage
    from openai.types import FileObject

    ctx.reply(files_page([1, 2], False))
    page = ctx.call("get_api_list", lambda: ctx.client().get_api_list("/files", model=FileObject, page=SyncCursorPage))
    if not isinstance(page, Exception):
        ctx.call("items", lambda: [type(f).__name__ for f in page])


@scenario("core: lowlevel get_api_list with a POST body")
def _(ctx):
    from openai.pagination import SyncPage
    from openai.types import Model

    ctx.reply(models_reply())
    page = ctx.call(
        "get_api_list",
        lambda: ctx.client().get_api_list(
            "/models/search", model=Model, page=SyncPage[Model], body={"q": "gpt"}, method="post"
        ),
    )
    if not isinstance(page, Exception):
        ctx.call("ids", lambda: [m.id for m in page])


# ----------------------------------------------------------------------------- async


@scenario("core: lowlevel async get and post")
async def _(ctx):
    from openai.types import Model
    from openai.types.chat import ChatCompletion

    ctx.reply(_model_reply(), chat_reply(), Reply(json_body={"ok": 1}))
    client = ctx.async_client()
    await ctx.acall("get", lambda: client.get("/models/gpt-4o-mini", cast_to=Model))
    await ctx.acall(
        "post",
        lambda: client.post(
            "/chat/completions", cast_to=ChatCompletion, body=CHAT_BODY, options={"headers": {"X-A": "1"}}
        ),
    )
    await ctx.acall("delete", lambda: client.delete("/items/1", cast_to=object))


@scenario("core: lowlevel async get cast_to httpx.Response")
async def _(ctx):
    ctx.reply(_model_reply())
    response = await ctx.async_client().get("/models/gpt-4o-mini", cast_to=httpx.Response)
    ctx.note("type", type(response).__name__)
    ctx.note("is_closed", response.is_closed)
    ctx.note("json", response.json())


@scenario("core: lowlevel async post stream")
async def _(ctx):
    from openai.types.chat import ChatCompletionChunk

    ctx.reply(stream_reply())
    stream = await ctx.async_client().post(
        "/chat/completions",
        cast_to=ChatCompletionChunk,
        body=dict(CHAT_BODY, stream=True),
        stream=True,
        stream_cls=openai.AsyncStream[ChatCompletionChunk],
    )
    ctx.note("type", type(stream).__name__)
    ctx.note("chunks", [brief(c) async for c in stream])


@scenario("core: lowlevel async get_api_list")
async def _(ctx):
    from openai.pagination import AsyncCursorPage
    from openai.types import FileObject

    ctx.reply(*three_pages())
    paginator = ctx.async_client().get_api_list(
        "/files", model=FileObject, page=AsyncCursorPage[FileObject], options={"params": {"limit": 2}}
    )
    ctx.note("paginator type", type(paginator).__name__)
    ids = []
    try:
        async for item in paginator:
            ids.append(item.id)
    except Exception as exc:
        ctx.see("raised", exc)
    ctx.note("ids", ids)


@scenario("core: lowlevel chat body reused as dict")
def _(ctx):
    from openai.types.chat import ChatCompletion

    ctx.reply(Reply(json_body=chat_body(id="chatcmpl-low")))
    result = ctx.client().post("/chat/completions", cast_to=ChatCompletion, body=CHAT_BODY)
    ctx.note("CHAT_BODY unchanged", CHAT_BODY)
    ctx.note("_request_id", result._request_id)
