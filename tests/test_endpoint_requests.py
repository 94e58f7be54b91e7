"""What the first resources put on the wire, checked with respx on the sync and the async client.

For each method: the HTTP verb, the path and query, and the exact JSON body. Then the behaviours
the Prism tests (tests/api/) cannot show: decoding streamed events (Prism does not stream) and
decoding base64 embeddings (Prism always answers floats).
"""

from __future__ import annotations

import base64
import json
from array import array
from typing import Any, Callable, List, Optional
from urllib.parse import unquote

import httpx
import pytest
import respx

import openai
from openai import NOT_GIVEN, AsyncStream
from openai.types import Completion
from openai.types.chat import ChatCompletionChunk
from tests.utils import run

pytestmark = pytest.mark.anyio

USER = {"role": "user", "content": "Say hello"}
SYSTEM = {"role": "system", "content": "Be brief."}
MULTI_MODAL = [{"type": "text", "text": "hi"}, {"type": "image_url", "image_url": {"url": "https://example.com/a.png"}}]
# Enough for every result type here: the models are tolerant, pages need `data`.
REPLY = {"object": "list", "data": [], "has_more": False}


def request_line(request: httpx.Request) -> str:
    query = unquote(request.url.query.decode())
    return f"{request.method} {request.url.path}" + (f"?{query}" if query else "")


def sent_json(request: httpx.Request) -> Any:
    return json.loads(request.content) if request.content else None


def case(name: str, call: Callable[[Any], Any], line: str, body: Optional[object] = None) -> Any:
    return pytest.param(call, line, body, id=name)


CASES = [
    case(
        "completions.create",
        lambda c: c.completions.create(model="m", prompt="Say hi", max_tokens=5, stop=None),
        "POST /v1/completions",
        {"model": "m", "prompt": "Say hi", "max_tokens": 5, "stop": None},
    ),
    case(
        "completions.create-stream-false",
        lambda c: c.completions.create(model="m", prompt=[[1, 2], [3]], stream=False),
        "POST /v1/completions",
        {"model": "m", "prompt": [[1, 2], [3]], "stream": False},
    ),
    case(
        "chat.completions.create",
        lambda c: c.chat.completions.create(messages=[USER], model="m", temperature=0.0, metadata={"k": "v"}),
        "POST /v1/chat/completions",
        {"messages": [USER], "model": "m", "temperature": 0.0, "metadata": {"k": "v"}},
    ),
    case(
        "chat.completions.create-stream-false",
        lambda c: c.chat.completions.create(messages=[USER], model="m", stream=False),
        "POST /v1/chat/completions",
        {"messages": [USER], "model": "m", "stream": False},
    ),
    case(
        "chat.completions.create-messages-generator",
        lambda c: c.chat.completions.create(messages=(m for m in [SYSTEM, USER]), model="m"),
        "POST /v1/chat/completions",
        {"messages": [SYSTEM, USER], "model": "m"},
    ),
    case(
        "chat.completions.retrieve", lambda c: c.chat.completions.retrieve("cmpl_1"), "GET /v1/chat/completions/cmpl_1"
    ),
    case(
        "chat.completions.update",
        lambda c: c.chat.completions.update("cmpl_1", metadata={"k": "v"}),
        "POST /v1/chat/completions/cmpl_1",
        {"metadata": {"k": "v"}},
    ),
    case(
        "chat.completions.update-clear",
        lambda c: c.chat.completions.update("cmpl_1", metadata=None),
        "POST /v1/chat/completions/cmpl_1",
        {"metadata": None},
    ),
    case("chat.completions.list", lambda c: c.chat.completions.list(), "GET /v1/chat/completions"),
    case(
        "chat.completions.list-all-params",
        lambda c: c.chat.completions.list(after="x", limit=2, metadata={"k": "v"}, model="m", order="asc"),
        "GET /v1/chat/completions?after=x&limit=2&metadata[k]=v&model=m&order=asc",
    ),
    case(
        "chat.completions.delete", lambda c: c.chat.completions.delete("cmpl_1"), "DELETE /v1/chat/completions/cmpl_1"
    ),
    case(
        "chat.completions.messages.list",
        lambda c: c.chat.completions.messages.list("cmpl_1"),
        "GET /v1/chat/completions/cmpl_1/messages",
    ),
    case(
        "chat.completions.messages.list-all-params",
        lambda c: c.chat.completions.messages.list("cmpl_1", after="msg_1", limit=3, order="desc"),
        "GET /v1/chat/completions/cmpl_1/messages?after=msg_1&limit=3&order=desc",
    ),
    case(
        "embeddings.create",  # (the default base64 format, decoded: tested below)
        lambda c: c.embeddings.create(input="hi", model="m", encoding_format="float"),
        "POST /v1/embeddings",
        {"input": "hi", "model": "m", "encoding_format": "float"},
    ),
    case(
        "embeddings.create-all-params",
        lambda c: c.embeddings.create(input=[[1, 2]], model="m", dimensions=8, encoding_format="float", user="u"),
        "POST /v1/embeddings",
        {"input": [[1, 2]], "model": "m", "dimensions": 8, "encoding_format": "float", "user": "u"},
    ),
    case("moderations.create", lambda c: c.moderations.create(input="hi"), "POST /v1/moderations", {"input": "hi"}),
    case(
        "moderations.create-all-params",
        lambda c: c.moderations.create(input=MULTI_MODAL, model="omni-moderation-latest"),
        "POST /v1/moderations",
        {"input": MULTI_MODAL, "model": "omni-moderation-latest"},
    ),
]


@pytest.mark.parametrize("call, line, body", CASES)
async def test_request_sent(api: Any, respx_mock: respx.MockRouter, call: Any, line: str, body: object) -> None:
    route = respx_mock.route(host="api.test").respond(200, json=REPLY)
    await run(call(api))
    assert route.call_count == 1
    request = route.calls.last.request
    assert request_line(request) == line
    assert sent_json(request) == body


async def test_generator_messages_are_sent_again_on_retry(
    api: Any, respx_mock: respx.MockRouter, sleeps: List[float]
) -> None:
    route = respx_mock.post("http://api.test/v1/chat/completions")
    route.side_effect = [httpx.Response(500, json={"error": {"message": "boom"}}), httpx.Response(200, json=REPLY)]
    await run(api.chat.completions.create(messages=(m for m in [SYSTEM, USER]), model="m"))
    assert [sent_json(call.request)["messages"] for call in route.calls] == [[SYSTEM, USER], [SYSTEM, USER]]
    assert len(sleeps) == 1


@pytest.mark.parametrize("client_class", [openai.OpenAI, openai.AsyncOpenAI])
async def test_base_url_without_path(respx_mock: respx.MockRouter, client_class: Any) -> None:
    route = respx_mock.post("http://api.test/moderations").respond(200, json=REPLY)
    client = client_class(api_key="sk-test", base_url="http://api.test")
    await run(client.moderations.create(input="hi"))
    await run(client.close())
    assert route.called


# ---------------------------------------------------------------------------- streaming


def sse(*events: object) -> bytes:
    return b"".join(f"data: {json.dumps(event)}\n\n".encode() for event in events) + b"data: [DONE]\n\n"


def chat_chunk(content: Optional[str], finish_reason: Optional[str] = None, **extra: Any) -> dict:
    choice = {"index": 0, "delta": {"role": "assistant", "content": content}, "finish_reason": finish_reason}
    return {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": [choice], **extra}


async def collect(stream: Any) -> List[Any]:
    if isinstance(stream, AsyncStream):
        return [item async for item in stream]
    return list(stream)


def stream_route(respx_mock: respx.MockRouter, path: str, *events: object) -> respx.Route:
    headers = {"content-type": "text/event-stream"}
    return respx_mock.post(f"http://api.test/v1{path}").respond(200, headers=headers, content=sse(*events))


async def test_chat_completion_stream(api: Any, respx_mock: respx.MockRouter) -> None:
    usage = {"prompt_tokens": 2, "completion_tokens": 1, "total_tokens": 3}
    events = [chat_chunk("Hel"), chat_chunk("lo", "stop"), {**chat_chunk(None), "choices": [], "usage": usage}]
    route = stream_route(respx_mock, "/chat/completions", *events)
    stream = await run(
        api.chat.completions.create(messages=[USER], model="m", stream=True, stream_options={"include_usage": True})
    )
    chunks = await collect(stream)
    assert sent_json(route.calls.last.request) == {
        "messages": [USER],
        "model": "m",
        "stream": True,
        "stream_options": {"include_usage": True},
    }
    assert all(isinstance(chunk, ChatCompletionChunk) for chunk in chunks)
    assert "".join(chunk.choices[0].delta.content for chunk in chunks[:2]) == "Hello"
    assert chunks[1].choices[0].finish_reason == "stop"
    assert chunks[2].usage is not None and chunks[2].usage.total_tokens == 3
    assert stream.response.is_closed


async def test_completion_stream(api: Any, respx_mock: respx.MockRouter) -> None:
    events = [
        {"id": "cmpl_1", "object": "text_completion", "created": 1, "model": "m", "choices": [choice]}
        for choice in (
            {"index": 0, "text": "Hel", "finish_reason": None, "logprobs": None},
            {"index": 0, "text": "lo", "finish_reason": "length", "logprobs": None},
        )
    ]
    route = stream_route(respx_mock, "/completions", *events)
    stream = await run(api.completions.create(model="m", prompt="Say hi", stream=True))
    completions = await collect(stream)
    assert sent_json(route.calls.last.request) == {"model": "m", "prompt": "Say hi", "stream": True}
    assert all(isinstance(completion, Completion) for completion in completions)
    assert [completion.choices[0].text for completion in completions] == ["Hel", "lo"]
    assert stream.response.is_closed


# ---------------------------------------------------------------------------- embeddings


VECTORS = [[0.1, -2.5, 3.3333], [1e-7, 42.0, -0.3]]


def embeddings_reply(embeddings: List[Any]) -> dict:
    data = [{"object": "embedding", "index": i, "embedding": e} for i, e in enumerate(embeddings)]
    return {"object": "list", "model": "m", "data": data, "usage": {"prompt_tokens": 1, "total_tokens": 1}}


def as_base64(vector: List[float]) -> str:
    return base64.b64encode(array("f", vector).tobytes()).decode()


async def create_embeddings(api: Any, respx_mock: respx.MockRouter, reply: List[Any], **params: Any) -> Any:
    route = respx_mock.post("http://api.test/v1/embeddings").respond(200, json=embeddings_reply(reply))
    response = await run(api.embeddings.create(input=["a", "b"], model="m", **params))
    return sent_json(route.calls.last.request), [item.embedding for item in response.data]


@pytest.mark.parametrize("params", [{}, {"encoding_format": NOT_GIVEN}], ids=["omitted", "NOT_GIVEN"])
async def test_embeddings_default_asks_base64_and_decodes_floats(
    api: Any, respx_mock: respx.MockRouter, params: Any
) -> None:
    sent, embeddings = await create_embeddings(api, respx_mock, [as_base64(v) for v in VECTORS], **params)
    assert sent["encoding_format"] == "base64"
    # float32 on the wire: the values come back rounded to single precision, as Python floats.
    assert embeddings == [array("f", v).tolist() for v in VECTORS]
    assert all(type(value) is float for vector in embeddings for value in vector)


async def test_embeddings_body_keys_in_the_official_order(api: Any, respx_mock: respx.MockRouter) -> None:
    route = respx_mock.post("http://api.test/v1/embeddings").respond(200, json=embeddings_reply([VECTORS[0]]))
    await run(api.embeddings.create(encoding_format="float", dimensions=3, user="u", model="m", input="hi"))
    # Not the signature's order (input, model, dimensions, encoding_format, user): the body's.
    assert route.calls.last.request.content == (
        b'{"input":"hi","model":"m","user":"u","dimensions":3,"encoding_format":"float"}'
    )


async def test_embeddings_without_data_raise_when_decoding(api: Any, respx_mock: respx.MockRouter) -> None:
    with pytest.raises(ValueError, match="^No embedding data received$"):
        await create_embeddings(api, respx_mock, [])
    # A format the caller chose is not decoded: an empty list is returned as it came.
    sent, embeddings = await create_embeddings(api, respx_mock, [], encoding_format="float")
    assert embeddings == []


async def test_embeddings_float_format_returns_floats_untouched(api: Any, respx_mock: respx.MockRouter) -> None:
    sent, embeddings = await create_embeddings(api, respx_mock, VECTORS, encoding_format="float")
    assert sent["encoding_format"] == "float"
    assert embeddings == VECTORS


async def test_embeddings_base64_format_returns_the_string(api: Any, respx_mock: respx.MockRouter) -> None:
    encoded = [as_base64(v) for v in VECTORS]
    sent, embeddings = await create_embeddings(api, respx_mock, encoded, encoding_format="base64")
    assert sent["encoding_format"] == "base64"
    assert embeddings == encoded
