"""`client.beta.realtime.connect()` against a real `websockets` server on 127.0.0.1, sync and async.

The server (a thread with its own event loop) records each handshake (path, query, headers in
the order received) and every frame the client sends, plays a script of server messages, and
notes how the connection was closed. Expected values are what 1.102.0 sends and returns, as
observed by running it against the same kind of server: the JSON of each sender byte for byte,
the handshake headers in order, the event classes.
"""

from __future__ import annotations

import asyncio
import json
import pathlib
import subprocess
import sys
import threading
import time
from typing import Any, Iterator, List, Optional, Tuple, Union

import pytest
from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed, ConnectionClosedError, ConnectionClosedOK

import openai
from openai import NOT_GIVEN, AsyncOpenAI, OpenAI, OpenAIError
from openai.resources.beta.realtime.realtime import (
    AsyncRealtimeConnection,
    AsyncRealtimeConnectionManager,
    RealtimeConnection,
    RealtimeConnectionManager,
)
from openai.types.beta.realtime import (
    ConversationCreatedEvent,
    ConversationItemCreateEvent,
    ErrorEvent,
    ResponseCreateEvent,
    ResponseTextDeltaEvent,
    SessionUpdateEvent,
)
from tests.test_realtime_events import SERVER_EVENTS
from tests.utils import run

pytestmark = pytest.mark.anyio

KEY = "sk-realtime-canary-0123456789"


class Close:
    """A script step: the server closes the connection with this code and reason."""

    def __init__(self, code: int, reason: str = "") -> None:
        self.code, self.reason = code, reason


DROP = "<drop the connection>"  # a script step: the server's side of the socket goes away
Step = Union[str, bytes, Close]


class Server:
    """A WebSocket server on 127.0.0.1: each connection gets `script` (messages to send, maybe a
    close), then the server reads what the client sends until the connection closes."""

    def __init__(self) -> None:
        self.script: List[Step] = []
        self.handshakes: List[Tuple[str, List[Tuple[str, str]]]] = []
        self.frames: List[Union[str, bytes]] = []
        self.closes: List[Tuple[Optional[int], str]] = []
        self._loop = asyncio.new_event_loop()
        self._stop: Optional[asyncio.Future[None]] = None
        ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, args=(ready,), daemon=True)
        self._thread.start()
        assert ready.wait(10), "the test server did not start"

    def _serve(self, ready: threading.Event) -> None:
        async def main() -> None:
            self._stop = self._loop.create_future()
            async with serve(self._handle, "127.0.0.1", 0) as server:
                self.port = server.sockets[0].getsockname()[1]
                ready.set()
                await self._stop

        self._loop.run_until_complete(main())
        self._loop.close()

    async def _handle(self, ws: ServerConnection) -> None:
        assert ws.request is not None
        self.handshakes.append((ws.request.path, list(ws.request.headers.raw_items())))
        for step in self.script:
            if isinstance(step, Close):
                await ws.close(step.code, step.reason)
                break
            if step == DROP:
                ws.transport.abort()  # the TCP connection lost, no closing handshake
                break
            await ws.send(step)
        try:
            async for message in ws:
                self.frames.append(message)
        except ConnectionClosed:
            pass
        self.closes.append((ws.close_code, ws.close_reason))

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/v1"

    def wait_closed(self, count: int = 1) -> Tuple[Optional[int], str]:
        """The close code and reason of connection number `count`, once the server has seen it
        closed (so every frame the client sent before is in `frames`)."""
        deadline = time.monotonic() + 10
        while len(self.closes) < count:
            assert time.monotonic() < deadline, "the connection was not closed"
            time.sleep(0.005)
        return self.closes[count - 1]

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(lambda: self._stop is not None and self._stop.set_result(None))
        self._thread.join(10)


@pytest.fixture
def server() -> Iterator[Server]:
    s = Server()
    yield s
    s.stop()


@pytest.fixture(params=["sync", "async"])
def rt(request: pytest.FixtureRequest, server: Server) -> Iterator[Any]:
    """A sync, then an async client whose WebSocket base URL is the test server."""
    cls = OpenAI if request.param == "sync" else AsyncOpenAI
    yield cls(api_key=KEY, base_url="http://api.test/v1", websocket_base_url=server.url)


async def enter(client: Any, **kwargs: Any) -> Any:
    kwargs.setdefault("model", "gpt-4o-realtime-preview")
    return await run(client.beta.realtime.connect(**kwargs).enter())


async def events_of(connection: Any) -> List[Any]:
    if isinstance(connection, AsyncRealtimeConnection):
        return [event async for event in connection]
    return list(connection)


def headers_of(handshake: Tuple[str, List[Tuple[str, str]]]) -> List[Tuple[str, str]]:
    return [(k, "<random>" if k == "Sec-WebSocket-Key" else v) for k, v in handshake[1]]


# ---- connecting --------------------------------------------------------------------------


async def test_handshake_sends_the_credentials_the_beta_header_and_the_model(rt: Any, server: Server) -> None:
    connection = await enter(rt)
    await run(connection.close())
    server.wait_closed()
    path, _ = server.handshakes[0]
    assert path == "/v1/realtime?model=gpt-4o-realtime-preview"
    agent = "OpenAI/Python" if isinstance(rt, OpenAI) else "AsyncOpenAI/Python"
    assert headers_of(server.handshakes[0]) == [
        ("Host", f"127.0.0.1:{server.port}"),
        ("Upgrade", "websocket"),
        ("Connection", "Upgrade"),
        ("Sec-WebSocket-Key", "<random>"),
        ("Sec-WebSocket-Version", "13"),
        ("Sec-WebSocket-Extensions", "permessage-deflate; client_max_window_bits"),
        ("Authorization", f"Bearer {KEY}"),
        ("OpenAI-Beta", "realtime=v1"),
        ("User-Agent", f"{agent} {openai.__version__}"),
    ]


async def test_extra_query_and_headers_join_the_handshake(rt: Any, server: Server) -> None:
    connection = await enter(
        rt,
        model="m/x y",
        extra_query={"debug": "1", "model": "m2"},
        extra_headers={"X-Trace": "t", "OpenAI-Beta": "realtime=v9"},
    )
    await run(connection.close())
    server.wait_closed()
    path, headers = server.handshakes[0]
    # The extra query comes after `model` and wins over it; the beta header keeps its place.
    assert path == "/v1/realtime?model=m2&debug=1"
    assert headers[-4:] == [
        ("Authorization", f"Bearer {KEY}"),
        ("OpenAI-Beta", "realtime=v9"),
        ("X-Trace", "t"),
        headers[-1],
    ]


async def test_the_handshake_leaves_out_default_and_account_headers(server: Server) -> None:
    # As 1.102.0: only the credentials and the beta header (and an empty key sends no
    # Authorization at all, rather than an invalid header).
    client = OpenAI(
        api_key="",
        websocket_base_url=server.url + "/deep/",
        organization="org-1",
        project="proj-1",
        default_headers={"X-Default": "d"},
    )
    with client.beta.realtime.connect(model="m"):
        pass
    server.wait_closed()
    path, headers = server.handshakes[0]
    assert path == "/v1/deep/realtime?model=m"
    names = [name for name, _ in headers]
    assert "Authorization" not in names and "X-Default" not in names and "OpenAI-Organization" not in names
    assert ("OpenAI-Beta", "realtime=v1") in headers


async def test_an_omitted_header_is_not_sent_and_another_case_replaces_ours(rt: Any, server: Server) -> None:
    connection = await enter(rt, extra_headers={"authorization": openai.Omit(), "openai-beta": "realtime=v2"})
    await run(connection.close())
    server.wait_closed()
    headers = headers_of(server.handshakes[0])
    assert [h for h in headers if h[0].lower() in ("authorization", "openai-beta")] == [("openai-beta", "realtime=v2")]


async def test_the_context_manager_opens_and_closes_the_connection(server: Server) -> None:
    client = OpenAI(api_key=KEY, websocket_base_url=server.url)
    manager = client.beta.realtime.connect(model="m")
    assert isinstance(manager, RealtimeConnectionManager)
    assert server.handshakes == []  # nothing happens before the manager is entered
    with manager as connection:
        assert isinstance(connection, RealtimeConnection)
        connection.response.create()
    assert server.wait_closed() == (1000, "")
    assert server.frames == ['{"type": "response.create"}']


async def test_the_async_context_manager_opens_and_closes_the_connection(server: Server) -> None:
    client = AsyncOpenAI(api_key=KEY, websocket_base_url=server.url)
    manager = client.beta.realtime.connect(model="m")
    assert isinstance(manager, AsyncRealtimeConnectionManager)
    assert server.handshakes == []
    async with manager as connection:
        assert isinstance(connection, AsyncRealtimeConnection)
        await connection.response.create()
    assert server.wait_closed() == (1000, "")
    assert server.frames == ['{"type": "response.create"}']


async def test_an_error_inside_the_block_closes_the_connection_and_propagates(rt: Any, server: Server) -> None:
    with pytest.raises(KeyError):
        if isinstance(rt, OpenAI):
            with rt.beta.realtime.connect(model="m"):
                raise KeyError("inside")
        else:
            async with rt.beta.realtime.connect(model="m"):
                raise KeyError("inside")
    assert server.wait_closed() == (1000, "")


async def test_close_sends_the_code_and_reason(rt: Any, server: Server) -> None:
    connection = await enter(rt)
    await run(connection.close(code=4000, reason="bye"))
    assert server.wait_closed() == (4000, "bye")
    with pytest.raises(ConnectionClosedError):  # as 1.102.0: websockets' own error afterwards
        await run(connection.recv())
    await run(connection.close())  # closing twice is harmless


async def test_connection_options_reach_websockets(rt: Any, server: Server) -> None:
    server.script = [json.dumps({"type": "response.text.delta", "delta": "x" * 200})]
    connection = await enter(rt, websocket_connection_options={"max_size": 100, "compression": None})
    with pytest.raises(ConnectionClosedError, match="message too big"):
        await run(connection.recv())
    server.wait_closed()
    names = [name for name, _ in server.handshakes[0][1]]
    assert "Sec-WebSocket-Extensions" not in names  # compression=None: no permessage-deflate offer


# ---- sending -----------------------------------------------------------------------------

# Each sender's frame, byte for byte as 1.102.0 sends it: `type` first, then the keywords in
# the order of the method's signature, unset ones left out; `json.dumps` separators and escapes.
SENDER_FRAMES = [
    '{"type": "session.update", "session": {"instructions": "be brief", "modalities": ["text"], '
    '"tools": [{"type": "function", "name": "f", "parameters": {"b": 1, "a": 2}}], "turn_detection": null}}',
    '{"type": "session.update", "session": {}, "event_id": "e1"}',
    '{"type": "response.create"}',
    '{"type": "response.create", "event_id": "e2", "response": {"modalities": ["text"], '
    '"instructions": "\\u00fc \\u2603", "metadata": {"z": "1", "a": "2"}}}',
    '{"type": "response.cancel"}',
    '{"type": "response.cancel", "event_id": "e3", "response_id": "r1"}',
    '{"type": "input_audio_buffer.append", "audio": "AAAA"}',
    '{"type": "input_audio_buffer.append", "audio": "BBBB", "event_id": "e4"}',
    '{"type": "input_audio_buffer.commit"}',
    '{"type": "input_audio_buffer.commit", "event_id": "e5"}',
    '{"type": "input_audio_buffer.clear"}',
    '{"type": "input_audio_buffer.clear", "event_id": "e6"}',
    '{"type": "conversation.item.create", "item": {"type": "message", "role": "user", '
    '"content": [{"type": "input_text", "text": "Hi"}]}}',
    '{"type": "conversation.item.create", "item": {"type": "function_call_output", "call_id": "c", '
    '"output": "{}"}, "event_id": "e7", "previous_item_id": "p"}',
    '{"type": "conversation.item.delete", "item_id": "i1"}',
    '{"type": "conversation.item.delete", "item_id": "i1", "event_id": "e8"}',
    '{"type": "conversation.item.retrieve", "item_id": "i2"}',
    '{"type": "conversation.item.retrieve", "item_id": "i2", "event_id": "e9"}',
    '{"type": "conversation.item.truncate", "audio_end_ms": 1500, "content_index": 0, "item_id": "i3"}',
    '{"type": "conversation.item.truncate", "audio_end_ms": 0, "content_index": 1, "item_id": "i3", "event_id": "e10"}',
    '{"type": "output_audio_buffer.clear"}',
    '{"type": "output_audio_buffer.clear", "event_id": "e11"}',
    '{"type": "transcription_session.update", "session": {"input_audio_format": "pcm16", '
    '"include": ["item.input_audio_transcription.logprobs"]}}',
    '{"type": "transcription_session.update", "session": {}, "event_id": "e12"}',
]


async def call_every_sender(c: Any) -> None:
    tool = {"type": "function", "name": "f", "parameters": {"b": 1, "a": 2}}
    # A tuple where a list is expected, and a NOT_GIVEN value inside the dict: both as upstream.
    session = {
        "instructions": "be brief",
        "modalities": ["text"],
        "tools": (tool,),
        "turn_detection": None,
        "temperature": NOT_GIVEN,
    }
    await run(c.session.update(session=session))
    await run(c.session.update(session={}, event_id="e1"))
    await run(c.response.create())
    response = {"modalities": ["text"], "instructions": "ü ☃", "metadata": {"z": "1", "a": "2"}}
    await run(c.response.create(response=response, event_id="e2"))
    await run(c.response.cancel())
    await run(c.response.cancel(response_id="r1", event_id="e3"))
    await run(c.input_audio_buffer.append(audio="AAAA"))
    await run(c.input_audio_buffer.append(event_id="e4", audio="BBBB"))
    await run(c.input_audio_buffer.commit())
    await run(c.input_audio_buffer.commit(event_id="e5"))
    await run(c.input_audio_buffer.clear())
    await run(c.input_audio_buffer.clear(event_id="e6"))
    message = {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "Hi"}]}
    await run(c.conversation.item.create(item=message))
    output = {"type": "function_call_output", "call_id": "c", "output": "{}"}
    await run(c.conversation.item.create(previous_item_id="p", event_id="e7", item=output))
    await run(c.conversation.item.delete(item_id="i1"))
    await run(c.conversation.item.delete(item_id="i1", event_id="e8"))
    await run(c.conversation.item.retrieve(item_id="i2"))
    await run(c.conversation.item.retrieve(event_id="e9", item_id="i2"))
    await run(c.conversation.item.truncate(item_id="i3", content_index=0, audio_end_ms=1500))
    await run(c.conversation.item.truncate(event_id="e10", item_id="i3", content_index=1, audio_end_ms=0))
    await run(c.output_audio_buffer.clear())
    await run(c.output_audio_buffer.clear(event_id="e11"))
    transcription = {"input_audio_format": "pcm16", "include": ["item.input_audio_transcription.logprobs"]}
    await run(c.transcription_session.update(session=transcription))
    await run(c.transcription_session.update(session={}, event_id="e12"))


async def test_every_sender_sends_its_event_as_upstream(rt: Any, server: Server) -> None:
    connection = await enter(rt)
    await call_every_sender(connection)
    await run(connection.close())
    server.wait_closed()
    assert server.frames == SENDER_FRAMES


async def test_send_takes_a_dict_or_a_client_event_model(rt: Any, server: Server) -> None:
    connection = await enter(rt)
    await run(connection.send({"type": "session.update", "session": {"voice": "ash"}, "event_id": NOT_GIVEN}))
    await run(connection.send({"type": "custom.thing", "x": [1, 2.5, None, True]}))  # unknown events go as given
    await run(connection.send(SessionUpdateEvent(type="session.update", session={"instructions": "m"})))
    await run(connection.send(ResponseCreateEvent(type="response.create", event_id="x")))
    item = {"type": "message", "role": "user"}
    await run(connection.send(ConversationItemCreateEvent.construct(type="conversation.item.create", item=item)))
    await run(connection.close())
    server.wait_closed()
    assert server.frames == [
        '{"type": "session.update", "session": {"voice": "ash"}}',
        '{"type": "custom.thing", "x": [1, 2.5, null, true]}',
        # A model goes as its `to_json()`: indented, fields in the model's order, only those set.
        '{\n  "session": {\n    "instructions": "m"\n  },\n  "type": "session.update"\n}',
        '{\n  "type": "response.create",\n  "event_id": "x"\n}',
        '{\n  "item": {\n    "role": "user",\n    "type": "message"\n  },\n  "type": "conversation.item.create"\n}',
    ]


async def test_conversation_item_is_one_object(rt: Any, server: Server) -> None:
    connection = await enter(rt)
    assert connection.conversation.item is connection.conversation.item
    await run(connection.close())


# ---- receiving ---------------------------------------------------------------------------


async def test_every_server_event_type_arrives_as_its_class(rt: Any, server: Server) -> None:
    server.script = [json.dumps(payload) for _, payload in SERVER_EVENTS]
    connection = await enter(rt)
    for class_name, payload in SERVER_EVENTS:
        event = await run(connection.recv())
        assert type(event).__name__ == class_name
        assert event.type == payload["type"]
        assert event.model_dump(exclude_unset=True) == payload  # every field, nested ones included
    await run(connection.close())


async def test_an_error_event_is_an_event_and_the_connection_stays_open(rt: Any, server: Server) -> None:
    error = {
        "type": "error",
        "event_id": "ev_2",
        "error": {"type": "invalid_request_error", "code": "bad", "message": "Nope", "param": None, "event_id": "c1"},
    }
    delta = {"type": "response.text.delta", "event_id": "ev_3", "response_id": "r", "item_id": "i"}
    delta.update({"output_index": 0, "content_index": 0, "delta": "Hel"})
    server.script = [json.dumps(error), json.dumps(delta)]
    connection = await enter(rt)
    event = await run(connection.recv())
    assert isinstance(event, ErrorEvent)
    assert (event.error.message, event.error.code, event.error.event_id, event.error.param) == (
        "Nope",
        "bad",
        "c1",
        None,
    )
    following = await run(connection.recv())
    assert isinstance(following, ResponseTextDeltaEvent) and following.delta == "Hel"
    await run(connection.response.create())  # still open both ways
    await run(connection.close())
    server.wait_closed()
    assert server.frames == ['{"type": "response.create"}']


async def test_unknown_and_malformed_events_are_kept_as_sent(rt: Any, server: Server) -> None:
    unknown = {"type": "totally.unknown", "event_id": "ev_4", "foo": 1}
    wrong_type = {"type": "response.text.delta", "event_id": "ev_8", "delta": 5}
    server.script = [json.dumps(unknown), json.dumps(wrong_type), json.dumps({"event_id": "ev_9"})]
    connection = await enter(rt)
    # As 1.102.0: an unknown type is built as the union's first member, with every key kept.
    event = await run(connection.recv())
    assert isinstance(event, ConversationCreatedEvent)
    assert (event.type, event.event_id, event.conversation) == ("totally.unknown", "ev_4", None)
    assert event.model_dump(exclude_unset=True) == unknown
    # A known type with a field of the wrong type is still its class, the value as sent.
    event = await run(connection.recv())
    assert isinstance(event, ResponseTextDeltaEvent) and event.delta == 5 and event.item_id is None
    event = await run(connection.recv())
    assert isinstance(event, ConversationCreatedEvent) and event.type is None
    await run(connection.close())


async def test_recv_bytes_and_parse_event(rt: Any, server: Server) -> None:
    text = json.dumps({"type": "input_audio_buffer.cleared", "event_id": "e"})
    server.script = [text, text.encode()]  # a text frame and a binary frame
    connection = await enter(rt)
    assert await run(connection.recv_bytes()) == text.encode()
    raw = await run(connection.recv_bytes())
    assert raw == text.encode()
    assert type(connection.parse_event(raw)).__name__ == "InputAudioBufferClearedEvent"
    assert type(connection.parse_event(text)).__name__ == "InputAudioBufferClearedEvent"
    with pytest.raises(json.JSONDecodeError):
        connection.parse_event("not json")
    await run(connection.close())


async def test_iteration_ends_when_the_server_closes_normally(rt: Any, server: Server) -> None:
    server.script = [json.dumps(SERVER_EVENTS[0][1]), json.dumps(SERVER_EVENTS[1][1]), Close(1000, "done")]
    connection = await enter(rt)
    events = await events_of(connection)
    assert [type(e).__name__ for e in events] == [SERVER_EVENTS[0][0], SERVER_EVENTS[1][0]]
    with pytest.raises(ConnectionClosedOK):  # recv after the end: websockets' error, as upstream
        await run(connection.recv())
    await run(connection.close())


async def test_iteration_raises_when_the_server_closes_with_an_error(rt: Any, server: Server) -> None:
    server.script = [json.dumps(SERVER_EVENTS[0][1]), Close(1011, "boom")]
    connection = await enter(rt)
    seen: List[Any] = []
    with pytest.raises(ConnectionClosedError, match="1011"):
        if isinstance(connection, AsyncRealtimeConnection):
            async for event in connection:
                seen.append(event)
        else:
            for event in connection:
                seen.append(event)
    assert [type(e).__name__ for e in seen] == [SERVER_EVENTS[0][0]]  # delivered before the error
    await run(connection.close())


async def test_a_dropped_connection_raises_after_the_events_received(rt: Any, server: Server) -> None:
    server.script = [json.dumps(SERVER_EVENTS[0][1]), DROP]
    connection = await enter(rt)
    seen: List[Any] = []
    with pytest.raises(ConnectionClosedError, match="no close frame received or sent"):
        if isinstance(connection, AsyncRealtimeConnection):
            async for event in connection:
                seen.append(event)
        else:
            for event in connection:
                seen.append(event)
    assert [type(e).__name__ for e in seen] == [SERVER_EVENTS[0][0]]
    await run(connection.close())


async def test_a_loop_left_early_continues_where_it_stopped(rt: Any, server: Server) -> None:
    server.script = [json.dumps(payload) for _, payload in SERVER_EVENTS[:3]] + [Close(1000)]
    connection = await enter(rt)
    if isinstance(connection, AsyncRealtimeConnection):
        async for event in connection:
            first = event
            break
    else:
        for event in connection:
            first = event
            break
    rest = await events_of(connection)
    assert [type(e).__name__ for e in [first, *rest]] == [name for name, _ in SERVER_EVENTS[:3]]
    await run(connection.close())


# ---- without the extra, and import cost --------------------------------------------------


@pytest.fixture
def no_websockets(monkeypatch: pytest.MonkeyPatch) -> None:
    """`websockets` as if not installed: importing it (or any submodule) raises ImportError."""
    for name in [m for m in sys.modules if m == "websockets" or m.startswith("websockets.")]:
        monkeypatch.setitem(sys.modules, name, None)
    for name in ("websockets", "websockets.sync.client", "websockets.asyncio.client"):
        monkeypatch.setitem(sys.modules, name, None)


@pytest.mark.usefixtures("no_websockets")
async def test_without_the_extra_connecting_names_it(rt: Any, server: Server) -> None:
    manager = rt.beta.realtime.connect(model="m")  # making the manager needs nothing
    with pytest.raises(OpenAIError) as info:
        await run(manager.enter())
    assert str(info.value) == "You need to install `openai[realtime]` to use this method"
    assert isinstance(info.value.__cause__, ImportError)
    assert server.handshakes == []


def test_the_package_loads_websockets_only_to_connect() -> None:
    code = (
        "import sys, openai\n"
        "c = openai.OpenAI(api_key='k')\n"
        "assert 'openai.resources.beta.realtime' not in sys.modules\n"
        "r = c.beta.realtime\n"
        "r.sessions, r.transcription_sessions, r.connect(model='m')\n"
        "print('websockets' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


# ---- secrets -----------------------------------------------------------------------------


async def test_debug_logs_never_show_the_key(rt: Any, server: Server, caplog: pytest.LogCaptureFixture) -> None:
    server.script = [json.dumps(SERVER_EVENTS[0][1])]
    with caplog.at_level("DEBUG", logger="openai"):
        connection = await enter(rt, websocket_connection_options={"max_size": 2**20})
        await run(connection.recv())
        await run(connection.close())
    messages = [record.getMessage() for record in caplog.records]
    assert f"Connecting to {server.url}/realtime?model=gpt-4o-realtime-preview" in messages
    assert "Connection options: {'max_size': 1048576}" in messages
    assert any(m.startswith("Received websocket message: b'") for m in messages)
    assert not any(KEY in m for m in messages)


def test_the_raw_views_offer_the_session_calls_but_not_connect() -> None:
    client = OpenAI(api_key=KEY)
    view = client.beta.realtime.with_raw_response
    assert type(view).__name__ == "RealtimeWithRawResponse"
    assert type(view.sessions).__name__ == "SessionsWithRawResponse"
    assert type(client.beta.with_streaming_response.realtime.transcription_sessions).__name__ == (
        "TranscriptionSessionsWithStreamingResponse"
    )
    with pytest.raises(AttributeError):
        view.connect  # noqa: B018


def test_the_example_holds_a_text_conversation(server: Server) -> None:
    stream = {"response_id": "r", "item_id": "i", "output_index": 0, "content_index": 0}
    server.script = [
        json.dumps({"type": "session.updated", "event_id": "e1", "session": {"modalities": ["text"]}}),
        json.dumps({"type": "response.text.delta", "event_id": "e2", **stream, "delta": "Paris is"}),
        json.dumps({"type": "error", "event_id": "e3", "error": {"type": "invalid_request_error", "message": "Nope"}}),
        json.dumps({"type": "response.text.delta", "event_id": "e4", **stream, "delta": " the capital."}),
        json.dumps({"type": "response.text.done", "event_id": "e5", **stream, "text": "Paris is the capital."}),
        json.dumps({"type": "response.done", "event_id": "e6", "response": {"id": "r", "status": "completed"}}),
    ]
    env = {"PATH": "", "OPENAI_API_KEY": KEY, "OPENAI_WEBSOCKET_BASE_URL": server.url}
    example = str(pathlib.Path(__file__).parent.parent / "examples" / "realtime_text.py")
    result = subprocess.run(
        [sys.executable, example, "Capital", "of", "France?"], capture_output=True, text=True, env=env, timeout=60
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, "Paris is the capital.\n", "error: Nope\n")
    assert server.wait_closed() == (1000, "")
    sent = [json.loads(frame) for frame in server.frames]
    assert [event["type"] for event in sent] == ["session.update", "conversation.item.create", "response.create"]
    assert sent[1]["item"]["content"][0]["text"] == "Capital of France?"
