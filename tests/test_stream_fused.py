"""The stream loop's fused path: a chunk that is one whole data-only event is read from its bytes
without the line decoder. Whatever the chunking and whatever the events, a stream gives the same
items and raises the same errors as it does through the decoder; and anyone who replaced the
decoder, its methods or a stream's `_iter_events` / `_item` sees every event, as before."""

from __future__ import annotations

import asyncio
import json
import warnings
from typing import Any, AsyncIterator, Dict, Iterator, List, Optional, Tuple

import httpx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import openai
from openai import Stream
from openai._streaming import ServerSentEvent, SSEDecoder
from openai.types.chat import ChatCompletionChunk

from .test_stream_text_parser import _looks

PROFILE = settings(max_examples=120, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
BASE_URL = "http://api.test/v1"


def _chunk(content: str = "Hi", finish: Optional[str] = None, **changes: Any) -> Dict[str, Any]:
    chunk: Dict[str, Any] = {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "gpt-4o",
        "choices": [{"index": 0, "delta": {"content": content}, "logprobs": None, "finish_reason": finish}],
    }
    chunk.update(changes)
    return chunk


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self, chunks: List[bytes]) -> None:
        self.chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk


def _reply(chunks: List[bytes]) -> httpx.Response:
    return httpx.Response(200, stream=Body(chunks), headers={"content-type": "text/event-stream"})


class ThroughTheDecoder(SSEDecoder):
    """The same decoding, but not our own class: the stream takes the decoder's path."""


class DecoderClient(openai.OpenAI):
    def _make_sse_decoder(self) -> SSEDecoder:
        return ThroughTheDecoder()


class AsyncDecoderClient(openai.AsyncOpenAI):
    def _make_sse_decoder(self) -> SSEDecoder:
        return ThroughTheDecoder()


def _client(chunks: List[bytes], cls: Any = openai.OpenAI) -> Any:
    transport = httpx.MockTransport(lambda request: _reply(chunks))
    return cls(api_key="sk-test", base_url=BASE_URL, http_client=httpx.Client(transport=transport))


def _long_way(client: Any) -> Any:
    """The client reading every event through the decoder and `_process_response_data` (no
    text parser: `_text_parser` leaves a client whose `_process_response_data` was set alone)."""
    assert isinstance(client._make_sse_decoder(), ThroughTheDecoder)
    client._process_response_data = client._process_response_data
    return client


def _async_client(chunks: List[bytes], cls: Any = openai.AsyncOpenAI) -> Any:
    async def handler(request: httpx.Request) -> httpx.Response:
        return _reply(chunks)

    return cls(
        api_key="sk-test", base_url=BASE_URL, http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler))
    )


Outcome = Tuple[Any, Optional[Tuple[str, str]]]


def _outcome(items: List[Any], error: Optional[BaseException]) -> Outcome:
    return _looks(items), None if error is None else (type(error).__name__, str(error))


def _read(client: openai.OpenAI) -> Outcome:
    items: List[Any] = []
    try:
        for item in client.chat.completions.create(model="gpt-4o", messages=[], stream=True):
            items.append(item)
    except Exception as exc:
        return _outcome(items, exc)
    return _outcome(items, None)


def _aread(client: openai.AsyncOpenAI) -> Outcome:
    async def run() -> Outcome:
        items: List[Any] = []
        try:
            async for item in await client.chat.completions.create(model="gpt-4o", messages=[], stream=True):
                items.append(item)
        except Exception as exc:
            return _outcome(items, exc)
        return _outcome(items, None)

    return asyncio.run(run())


# ---- any stream, any chunking ------------------------------------------------------------------

PAYLOADS = st.sampled_from(
    [
        _chunk(),
        _chunk('caf\u00e9 \\u00e9 "error"'),  # escapes and the word error inside a string
        _chunk(error=None),  # a falsy top-level error is no error
        _chunk(error={}),
        _chunk(error={"message": "boom"}),  # a whole chunk that is an error payload
        {"error": {"message": "bare"}},
        _chunk(unknown={"a": [1, 2.5]}),
        _chunk(finish="brand_new"),  # not the declared type: the long way
        _chunk("", finish="stop"),
    ]
)


@st.composite
def event_bytes(draw: st.DrawFn) -> bytes:
    """One SSE event carrying a chunk, in one of the shapes the SSE spec allows."""
    payload = json.dumps(draw(PAYLOADS), separators=draw(st.sampled_from([(",", ":"), (", ", ": ")])))
    shape = draw(st.sampled_from(["plain", "no-space", "comment", "id", "named", "two-lines"]))
    ending = draw(st.sampled_from(["\n", "\n", "\r\n", "\r"]))
    if shape == "plain":
        lines = [f"data: {payload}"]
    elif shape == "no-space":
        lines = [f"data:{payload}"]
    elif shape == "comment":
        lines = [": keep-alive", f"data: {payload}"]
    elif shape == "id":
        lines = [f"id: {draw(st.integers(0, 9))}", f"data: {payload}"]
    elif shape == "named":
        lines = ["event: message", f"data: {payload}"]
    else:  # the JSON split over two data lines (joined by a newline: still the same JSON)
        cut = payload.index(":")
        lines = [f"data: {payload[: cut + 1]}", f"data: {payload[cut + 1 :]}"]
    return "".join(line + ending for line in lines).encode() + ending.encode()


@st.composite
def chunked_stream(draw: st.DrawFn) -> List[bytes]:
    events = draw(st.lists(event_bytes(), max_size=6))
    if draw(st.booleans()):
        events.append(b"data: [DONE]\n\n")
        if draw(st.booleans()):
            events.append(b"data: after the end\n\n")
    how = draw(st.sampled_from(["one event each", "whole events", "anywhere"]))
    if how == "one event each":  # as servers usually send them
        return events
    if how == "whole events":  # several events to a chunk, each chunk starting with an event
        ends = sorted(draw(st.sets(st.integers(1, len(events)), max_size=4))) if events else []
        return [b"".join(events[a:b]) for a, b in zip([0, *ends], [*ends, len(events)]) if a < b]
    body = b"".join(events)
    cuts = sorted(draw(st.sets(st.integers(0, len(body)), max_size=8)))
    return [body[a:b] for a, b in zip([0, *cuts], [*cuts, len(body)])]


_CHUNK = json.dumps(_chunk()).encode()


@PROFILE
@given(chunked_stream())
# A CR-ended event and then a LF-ended one in one chunk: it starts and ends like one event.
@example([b"data: " + _CHUNK + b"\r\rdata: " + _CHUNK + b"\n\n", b"data: [DONE]\n\n"])
# A data line held from the last chunk: the next chunk, though it looks whole, continues its event.
@example([b"data: " + _CHUNK + b"\n", b"data: " + _CHUNK + b"\n\n", b"data: [DONE]\n\n"])
def test_the_fused_loop_gives_what_the_decoder_gives(chunks: List[bytes]) -> None:
    expected = _read(_long_way(_client(chunks, DecoderClient)))
    assert _read(_client(chunks)) == expected
    assert _aread(_async_client(chunks)) == expected
    assert _aread(_async_client(chunks, AsyncDecoderClient)) == expected


def test_an_error_payload_shaped_like_a_chunk_raises() -> None:
    chunks = [b"data: " + json.dumps(c).encode() + b"\n\n" for c in (_chunk("a"), _chunk(error={"message": "boom"}))]
    items, error = _read(_client(chunks))
    assert len(items) == 1 and error == ("APIError", "boom")
    assert _aread(_async_client(chunks)) == (items, error)


def test_a_falsy_error_key_is_kept_as_an_extra() -> None:
    chunks = [b"data: " + json.dumps(_chunk(error=None)).encode() + b"\n\n", b"data: [DONE]\n\n"]
    (chunk,) = list(_client(chunks).chat.completions.create(model="gpt-4o", messages=[], stream=True))
    assert chunk.model_extra == {"error": None}


# ---- whoever replaced a part sees every event ---------------------------------------------------


def _plain_chunks() -> List[bytes]:
    return [b"data: " + json.dumps(_chunk(str(i))).encode() + b"\n\n" for i in range(3)] + [b"data: [DONE]\n\n"]


def test_a_patched_decoder_method_sees_every_line(monkeypatch: pytest.MonkeyPatch) -> None:
    lines: List[str] = []
    original = SSEDecoder.decode

    def decode(self: SSEDecoder, line: str) -> Optional[ServerSentEvent]:
        lines.append(line)
        return original(self, line)

    monkeypatch.setattr(SSEDecoder, "decode", decode)
    items = list(_client(_plain_chunks()).chat.completions.create(model="gpt-4o", messages=[], stream=True))
    assert [c.choices[0].delta.content for c in items] == ["0", "1", "2"]
    assert len(lines) == 8  # a data line and a blank line per event, [DONE] included


def test_a_patched_iter_bytes_sees_every_chunk(monkeypatch: pytest.MonkeyPatch) -> None:
    chunks: List[bytes] = []
    original = SSEDecoder.iter_bytes

    def iter_bytes(self: SSEDecoder, iterator: Iterator[bytes]) -> Iterator[ServerSentEvent]:
        def recorded() -> Iterator[bytes]:
            for chunk in iterator:
                chunks.append(chunk)
                yield chunk

        return original(self, recorded())

    monkeypatch.setattr(SSEDecoder, "iter_bytes", iter_bytes)
    assert len(list(_client(_plain_chunks()).chat.completions.create(model="gpt-4o", messages=[], stream=True))) == 3
    assert chunks == _plain_chunks()


def test_a_custom_bytes_decoder_is_used() -> None:
    class Fixed:
        def iter_bytes(self, iterator: Iterator[bytes]) -> Iterator[ServerSentEvent]:
            for _ in iterator:
                pass
            yield ServerSentEvent(data=json.dumps(_chunk("from the decoder")))
            yield ServerSentEvent(data="[DONE]")

        def aiter_bytes(self, iterator: AsyncIterator[bytes]) -> AsyncIterator[ServerSentEvent]:
            raise NotImplementedError

    class Custom(openai.OpenAI):
        def _make_sse_decoder(self) -> Any:
            return Fixed()

    items = list(_client(_plain_chunks(), Custom).chat.completions.create(model="gpt-4o", messages=[], stream=True))
    assert [c.choices[0].delta.content for c in items] == ["from the decoder"]


def test_a_subclass_iter_events_and_item_see_every_event() -> None:
    events: List[str] = []
    parsed: List[str] = []

    class Traced(Stream[ChatCompletionChunk]):
        def _iter_events(self) -> Iterator[ServerSentEvent]:
            for sse in super()._iter_events():
                events.append(sse.data)
                yield sse

    class Itemised(Stream[ChatCompletionChunk]):
        def _item(self, sse: ServerSentEvent) -> Any:
            parsed.append(sse.data)
            return super()._item(sse)

    for cls in (Traced, Itemised):
        client = _client(_plain_chunks())
        response = client._client.send(
            client._client.build_request("POST", BASE_URL + "/chat/completions"), stream=True
        )
        items = list(cls(cast_to=ChatCompletionChunk, response=response, client=client))
        assert [c.choices[0].delta.content for c in items] == ["0", "1", "2"]
    assert len(events) == 4 and len(parsed) == 3


# ---- named events (Responses) -------------------------------------------------------------------

_DELTA = {
    "type": "response.output_text.delta",
    "item_id": "msg_1",
    "output_index": 0,
    "content_index": 0,
    "logprobs": [],
}
_RESPONSE = {
    "id": "resp_1",
    "object": "response",
    "created_at": 1,
    "model": "gpt-4o",
    "output": [],
    "status": "completed",
}
RESPONSES_EVENTS = st.sampled_from(
    [
        ("response.output_text.delta", dict(_DELTA, delta="Hi", sequence_number=1)),
        ("response.output_text.delta", dict(_DELTA, delta='caf\u00e9 \\u00e9 "error"', sequence_number=2)),
        ("response.brand_new", {"type": "response.brand_new", "sequence_number": 3}),  # not in the union
        ("response.output_text.delta", dict(_DELTA, delta="x", sequence_number=6, error={"message": "inside"})),
        ("response.output_text.delta", dict(_DELTA, delta="x", sequence_number=7, error=None)),
        ("error", {"type": "error", "code": "x", "message": "boom", "param": None, "sequence_number": 4}),
        ("response.completed", {"type": "response.completed", "response": _RESPONSE, "sequence_number": 5}),
    ]
)


@st.composite
def responses_stream(draw: st.DrawFn) -> List[bytes]:
    events = [
        f"event: {name}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n".encode()
        for name, data in draw(st.lists(RESPONSES_EVENTS, max_size=5))
    ]
    if draw(st.booleans()):
        events.insert(draw(st.integers(0, len(events))), b"id: 7\n\n")  # an id for the events after it
    if draw(st.booleans()):  # several to a chunk
        return [b"".join(events)] if events else []
    return events


def _read_responses(client: openai.OpenAI) -> Outcome:
    items: List[Any] = []
    try:
        for item in client.responses.create(model="gpt-4o", input="hi", stream=True):
            items.append(item)
    except Exception as exc:
        return _outcome(items, exc)
    return _outcome(items, None)


@PROFILE
@given(responses_stream())
def test_named_events_give_what_the_decoder_gives(chunks: List[bytes]) -> None:
    assert _read_responses(_client(chunks)) == _read_responses(_long_way(_client(chunks, DecoderClient)))


# ---- named events (Assistants: the name decides the item) ---------------------------------------

_RUN = {"id": "run_1", "object": "thread.run", "created_at": 1, "thread_id": "thread_1", "assistant_id": "asst_1"}
ASSISTANTS_EVENTS = st.sampled_from(
    [
        ("thread.run.created", dict(_RUN, status="queued")),
        ("thread.run.in_progress", dict(_RUN, status="in_progress")),
        ("thread.message.delta", {"id": "msg_1", "object": "thread.message.delta", "delta": {"content": []}}),
        ("thread.run.completed", dict(_RUN, status="completed")),
        ("error", {"message": "boom", "code": "server_error"}),
        ("thread.brand_new", {"id": "x"}),
    ]
)


def _read_runs(client: openai.OpenAI) -> Any:
    seen: List[Any] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # the Assistants API is deprecated
            stream = client.beta.threads.runs.create("thread_1", assistant_id="asst_1", stream=True)
        for event in stream:
            seen.append((type(event).__name__, event.event, type(event.data).__name__, getattr(event.data, "id", None)))
    except Exception as exc:
        seen.append((type(exc).__name__, str(exc)))
    return seen


@PROFILE
@given(st.lists(ASSISTANTS_EVENTS, max_size=5), st.booleans())
def test_assistants_events_give_what_the_decoder_gives(events: List[Tuple[str, Dict[str, Any]]], done: bool) -> None:
    chunks = [f"event: {name}\ndata: {json.dumps(data)}\n\n".encode() for name, data in events]
    if done:
        chunks.append(b"event: done\ndata: [DONE]\n\n")
    assert _read_runs(_client(chunks)) == _read_runs(_long_way(_client(chunks, DecoderClient)))


def test_an_assistants_stream_reads_its_event_names() -> None:
    chunks = [
        f"event: thread.run.created\ndata: {json.dumps(dict(_RUN, status='queued'))}\n\n".encode(),
        f"event: thread.run.completed\ndata: {json.dumps(dict(_RUN, status='completed'))}\n\n".encode(),
        b"event: done\ndata: [DONE]\n\n",
    ]
    assert [e[1] for e in _read_runs(_client(chunks))] == ["thread.run.created", "thread.run.completed"]
