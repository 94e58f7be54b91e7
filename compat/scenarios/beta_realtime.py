"""Area C: `client.beta.realtime` -- the session REST calls (`sessions.create`,
`transcription_sessions.create`) on the recording server, and the WebSocket connection against a
stand-in `websockets` package.

The harness has no WebSocket server, and the official venv has no `websockets`: the connection
scenarios put a small fake of the three modules the client imports (`websockets.sync.client`,
`websockets.asyncio.client`, `websockets.exceptions`) into `sys.modules` for their duration. It
records what `connect()` is given (URL, headers, options) and every frame sent, and plays
scripted messages and closes, so both packages' handshakes, frames and parsed events compare
exactly. A real server is used by `tests/test_realtime.py`."""

from __future__ import annotations

import contextlib
import json
import sys
import types
from typing import Any, Dict, Iterator, List, Optional, Tuple

from dsl import Reply, endpoint, scenario

SESSION = {
    "client_secret": {"value": "ek_abc123", "expires_at": 1234567890},
    "modalities": ["audio", "text"],
    "instructions": "You are a friendly assistant.",
    "voice": "alloy",
    "input_audio_format": "pcm16",
    "output_audio_format": "pcm16",
    "input_audio_transcription": {"model": "whisper-1"},
    "turn_detection": None,
    "tools": [],
    "tool_choice": "none",
    "temperature": 0.7,
    "max_response_output_tokens": 200,
    "speed": 1.1,
    "tracing": "auto",
    "unknown_new_field": {"a": 1},
}
TRANSCRIPTION = {
    "client_secret": {"value": "ek_xyz", "expires_at": 1234567890},
    "modalities": ["text"],
    "input_audio_format": "pcm16",
    "input_audio_transcription": {"model": "gpt-4o-transcribe", "language": "en", "prompt": ""},
    "turn_detection": {"type": "server_vad", "threshold": 0.5, "prefix_padding_ms": 300, "silence_duration_ms": 500},
}


def reply(body: Any) -> Reply:
    return Reply(json_body=body, headers={"x-request-id": "req_rt"})


# ---- REST ----------------------------------------------------------------------------------

endpoint("beta.realtime.sessions.create", reply=reply(SESSION))
endpoint(
    "beta.realtime.sessions.create",
    variant="every option",
    reply=reply(SESSION),
    voice="verse",
    tracing={"workflow_name": "w", "group_id": "g", "metadata": {"k": "v"}},
    turn_detection={"type": "semantic_vad", "eagerness": "high", "create_response": False},
    tools=[{"type": "function", "name": "f", "description": "d", "parameters": {"type": "object"}}],
    tool_choice="auto",
    temperature=0.6,
    speed=1.2,
    output_audio_format="g711_ulaw",
    modalities=["text"],
    model="gpt-4o-realtime-preview-2025-06-03",
    max_response_output_tokens="inf",
    instructions="Be brief.",
    input_audio_transcription={"model": "gpt-4o-transcribe", "language": "en", "prompt": "p"},
    input_audio_noise_reduction={"type": "near_field"},
    input_audio_format="pcm16",
    client_secret={"expires_after": {"anchor": "created_at", "seconds": 600}},
    extra_headers={"X-Extra": "1"},
)
endpoint("beta.realtime.transcription_sessions.create", reply=reply(TRANSCRIPTION))
endpoint(
    "beta.realtime.transcription_sessions.create",
    variant="every option",
    reply=reply(TRANSCRIPTION),
    turn_detection={"type": "server_vad", "threshold": 0.4},
    modalities=["text"],
    input_audio_transcription={"model": "gpt-4o-mini-transcribe"},
    input_audio_noise_reduction={"type": "far_field"},
    input_audio_format="g711_alaw",
    include=["item.input_audio_transcription.logprobs"],
    client_secret={"expires_at": {"anchor": "created_at", "seconds": 60}},
)
endpoint(
    "beta.realtime.sessions.create",
    variant="beta header replaced",
    views=("plain",),
    reply=reply(SESSION),
    extra_headers={"OpenAI-Beta": "realtime=v1"},
)


@scenario("beta.realtime.sessions.create: error")
def _(ctx: Any) -> None:
    ctx.reply(Reply(400, json_body={"error": {"message": "Invalid voice", "type": "invalid_request_error"}}))
    ctx.call("create", lambda: ctx.client(max_retries=0).beta.realtime.sessions.create(voice="nope"))


@scenario("beta.realtime: unknown keyword", deviation="unknown-keyword-hint")
def _(ctx: Any) -> None:
    ctx.call("create", lambda: ctx.client().beta.realtime.sessions.create(voise="alloy"))


# ---- a stand-in `websockets` ---------------------------------------------------------------


class _Closed(Exception):
    def __init__(self, code: int, reason: str) -> None:
        super().__init__(f"closed {code} {reason}")
        self.code, self.reason = code, reason


class _Fake:
    """The state of one scenario's fake: calls to `connect`, and per connection the script of
    incoming messages and the log of what the client did."""

    def __init__(self, script: List[Any]) -> None:
        self.script = list(script)
        self.log: List[Any] = []

    def connection(self, url: str, kwargs: Dict[str, Any]) -> Any:
        headers = kwargs.pop("additional_headers", None)
        self.log.append(
            ["connect", url, list(headers.items()) if headers is not None else None, sorted(kwargs.items())]
        )
        return self

    # the connection's methods, as `websockets` names them
    def recv(self, decode: Optional[bool] = None) -> Any:
        self.log.append(["recv", decode])
        if not self.script:
            raise self.exceptions.ConnectionClosedOK(1000, "")
        step = self.script.pop(0)
        if isinstance(step, tuple):
            code, reason = step
            raise (self.exceptions.ConnectionClosedOK if code == 1000 else self.exceptions.ConnectionClosedError)(
                code, reason
            )
        return step

    def send(self, data: Any) -> None:
        self.log.append(["send", data])

    def close(self, code: int = 1000, reason: str = "") -> None:
        self.log.append(["close", code, reason])

    exceptions: Any = None


class _AsyncFake:
    def __init__(self, fake: _Fake) -> None:
        self.fake = fake

    async def recv(self, decode: Optional[bool] = None) -> Any:
        return self.fake.recv(decode)

    async def send(self, data: Any) -> None:
        self.fake.send(data)

    async def close(self, code: int = 1000, reason: str = "") -> None:
        self.fake.close(code=code, reason=reason)


@contextlib.contextmanager
def fake_websockets(*script: Any, missing: bool = False) -> Iterator[_Fake]:
    """`websockets` replaced for the block (or, with `missing`, absent: importing it fails)."""
    fake = _Fake(list(script))
    exceptions = types.ModuleType("websockets.exceptions")

    class ConnectionClosed(_Closed):
        pass

    class ConnectionClosedOK(ConnectionClosed):
        pass

    class ConnectionClosedError(ConnectionClosed):
        pass

    ConnectionClosed.__module__ = ConnectionClosedOK.__module__ = ConnectionClosedError.__module__ = "websockets"
    exceptions.ConnectionClosed = ConnectionClosed  # type: ignore[attr-defined]
    exceptions.ConnectionClosedOK = ConnectionClosedOK  # type: ignore[attr-defined]
    exceptions.ConnectionClosedError = ConnectionClosedError  # type: ignore[attr-defined]
    fake.exceptions = exceptions

    def connect(url: str, **kwargs: Any) -> Any:
        return fake.connection(url, kwargs)

    async def async_connect(url: str, **kwargs: Any) -> Any:
        return _AsyncFake(fake.connection(url, kwargs))

    modules: Dict[str, Any] = {}
    for name in (
        "websockets",
        "websockets.sync",
        "websockets.sync.client",
        "websockets.asyncio",
        "websockets.asyncio.client",
    ):
        modules[name] = None if missing else types.ModuleType(name)
    modules["websockets.exceptions"] = None if missing else exceptions
    if not missing:
        modules["websockets.sync.client"].connect = connect
        modules["websockets.asyncio.client"].connect = async_connect
    saved = {name: sys.modules.get(name, _ABSENT) for name in modules}
    sys.modules.update(modules)
    try:
        yield fake
    finally:
        for name, value in saved.items():
            if value is _ABSENT:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = value


_ABSENT = object()


def _events(*payloads: Dict[str, Any]) -> Tuple[str, ...]:
    return tuple(json.dumps(p) for p in payloads)


# ---- the connection ------------------------------------------------------------------------


def _connect_variants(ctx: Any, client: Any) -> None:
    """Several `connect()` calls through the fake, each entered and left."""
    variants: List[Tuple[str, Dict[str, Any]]] = [
        ("plain", {"model": "gpt-4o-realtime-preview"}),
        (
            "extras",
            {
                "model": "m/x y",
                "extra_query": {"debug": "1", "list": ["a", "b"]},
                "extra_headers": {"X-Trace": "t", "OpenAI-Beta": "realtime=v9"},
                "websocket_connection_options": {"max_size": 100, "compression": None},
            },
        ),
        ("model in extra query", {"model": "m", "extra_query": {"model": "other"}}),
    ]
    for label, kwargs in variants:
        with fake_websockets() as fake:
            with client.beta.realtime.connect(**kwargs) as connection:
                ctx.note(label + " connection", type(connection).__name__)
            ctx.note(label, fake.log)


async def _aconnect_variants(ctx: Any, client: Any) -> None:
    for label, kwargs in [
        ("plain", {"model": "gpt-4o-realtime-preview"}),
        ("extras", {"model": "m", "extra_query": {"q": 1}}),
    ]:
        with fake_websockets() as fake:
            async with client.beta.realtime.connect(**kwargs) as connection:
                ctx.note(label + " connection", type(connection).__name__)
            ctx.note(label, fake.log)


@scenario("beta.realtime.connect: handshake")
def _(ctx: Any) -> None:
    _connect_variants(ctx, ctx.client())
    # Without `websocket_base_url`: the base URL with the wss scheme; default and account headers
    # are not sent; an empty key sends no Authorization.
    client = ctx.client(websocket_base_url=None, organization="org", project="proj", default_headers={"X-D": "d"})
    _connect_variants(ctx, client)
    _connect_variants(ctx, ctx.client(api_key="", websocket_base_url="wss://ws.example/base/"))
    _connect_variants(ctx, ctx.client(base_url="https://gw.example/v1?x=1"))


@scenario("beta.realtime.connect: handshake (async)")
async def _(ctx: Any) -> None:
    await _aconnect_variants(ctx, ctx.async_client())
    await _aconnect_variants(ctx, ctx.async_client(websocket_base_url="ws://127.0.0.1:1/rt"))


@scenario("beta.realtime.connect: azure")
def _(ctx: Any) -> None:
    azure = ctx.openai.AzureOpenAI
    clients = [
        ctx.fresh_client(azure, api_key="az"),
        ctx.fresh_client(azure, api_key="az", azure_deployment="dep"),
        ctx.fresh_client(azure, azure_ad_token="tok"),
        ctx.fresh_client(azure, azure_ad_token_provider=lambda: "provided"),
        ctx.fresh_client(azure, api_key="az", azure_ad_token="tok", websocket_base_url="wss://other/base"),
        ctx.track(azure(api_key="az", api_version="v1", base_url=f"{ctx.base_url}/openai/deployments/d")),
    ]
    for i, client in enumerate(clients):
        with fake_websockets() as fake:
            ctx.call(
                f"{i} enter",
                lambda client=client: client.beta.realtime.connect(
                    model="gpt-4o-rt", extra_query={"api-version": "x", "q": "1"}
                ).enter(),
            )
            ctx.note(str(i), fake.log)
    with fake_websockets() as fake:
        bad = ctx.fresh_client(azure, azure_ad_token_provider=lambda: "")
        ctx.call("bad provider", lambda: bad.beta.realtime.connect(model="m").enter())
        ctx.note("bad provider log", fake.log)


@scenario("beta.realtime.connect: azure (async)")
async def _(ctx: Any) -> None:
    azure = ctx.openai.AsyncAzureOpenAI

    async def provider() -> str:
        return "async-provided"

    for i, client in enumerate(
        [
            ctx.fresh_client(azure, api_key="az"),
            ctx.fresh_client(azure, azure_ad_token_provider=provider),
            ctx.fresh_client(azure, azure_ad_token_provider=lambda: "sync-provided", azure_deployment="dep"),
        ]
    ):
        with fake_websockets() as fake:
            await ctx.acall(f"{i} enter", lambda client=client: client.beta.realtime.connect(model="m").enter())
            ctx.note(str(i), fake.log)


def _send_everything(connection: Any, models: Any) -> List[Any]:
    """Every sender (with and without its optional keywords) and `send` of dicts and models; the
    calls are made lazily so the async variant can await each."""
    tool = {"type": "function", "name": "f", "parameters": {"b": 1, "a": 2}}
    c = connection
    return [
        lambda: c.session.update(session={"instructions": "hi", "tools": (tool,), "turn_detection": None}),
        lambda: c.session.update(session={}, event_id="e1"),
        lambda: c.response.create(),
        lambda: c.response.create(response={"instructions": "ü ☃", "metadata": {"z": "1", "a": "2"}}, event_id="e2"),
        lambda: c.response.cancel(),
        lambda: c.response.cancel(response_id="r1", event_id="e3"),
        lambda: c.input_audio_buffer.append(audio="AAAA"),
        lambda: c.input_audio_buffer.append(audio="BBBB", event_id="e4"),
        lambda: c.input_audio_buffer.commit(),
        lambda: c.input_audio_buffer.commit(event_id="e5"),
        lambda: c.input_audio_buffer.clear(),
        lambda: c.input_audio_buffer.clear(event_id="e6"),
        lambda: c.conversation.item.create(
            item={"type": "message", "role": "user", "content": [{"type": "input_text", "text": "Hi"}]}
        ),
        lambda: c.conversation.item.create(
            item={"type": "function_call_output", "call_id": "c", "output": "{}"}, previous_item_id="p", event_id="e7"
        ),
        lambda: c.conversation.item.delete(item_id="i1"),
        lambda: c.conversation.item.delete(item_id="i1", event_id="e8"),
        lambda: c.conversation.item.retrieve(item_id="i2"),
        lambda: c.conversation.item.retrieve(item_id="i2", event_id="e9"),
        lambda: c.conversation.item.truncate(item_id="i3", content_index=0, audio_end_ms=1500),
        lambda: c.conversation.item.truncate(item_id="i3", content_index=1, audio_end_ms=0, event_id="e10"),
        lambda: c.output_audio_buffer.clear(),
        lambda: c.output_audio_buffer.clear(event_id="e11"),
        lambda: c.transcription_session.update(session={"input_audio_format": "pcm16", "include": ["x"]}),
        lambda: c.transcription_session.update(session={}, event_id="e12"),
        lambda: c.send({"type": "session.update", "session": {"voice": "ash"}, "event_id": ctx_not_given(models)}),
        lambda: c.send({"type": "custom.thing", "x": [1, 2.5, None, True]}),
        lambda: c.send(models.SessionUpdateEvent(type="session.update", session={"instructions": "m", "voice": "ash"})),
        lambda: c.send(
            models.ResponseCreateEvent(type="response.create", event_id="x", response={"modalities": ["text"]})
        ),
        lambda: c.send(models.InputAudioBufferAppendEvent.construct(type="input_audio_buffer.append", audio="QQ==")),
    ]


def ctx_not_given(models: Any) -> Any:
    return models.NOT_GIVEN


def _models(ctx: Any) -> Any:
    from openai.types.beta.realtime import InputAudioBufferAppendEvent, ResponseCreateEvent, SessionUpdateEvent

    return types.SimpleNamespace(
        NOT_GIVEN=ctx.openai.NOT_GIVEN,
        SessionUpdateEvent=SessionUpdateEvent,
        ResponseCreateEvent=ResponseCreateEvent,
        InputAudioBufferAppendEvent=InputAudioBufferAppendEvent,
    )


@scenario("beta.realtime.connect: senders")
def _(ctx: Any) -> None:
    with fake_websockets() as fake:
        with ctx.client().beta.realtime.connect(model="m") as connection:
            for i, send in enumerate(_send_everything(connection, _models(ctx))):
                ctx.call(f"send {i}", send)
        ctx.note("log", fake.log)


@scenario("beta.realtime.connect: senders (async)")
async def _(ctx: Any) -> None:
    with fake_websockets() as fake:
        async with ctx.async_client().beta.realtime.connect(model="m") as connection:
            for i, send in enumerate(_send_everything(connection, _models(ctx))):
                await ctx.acall(f"send {i}", send)
        ctx.note("log", fake.log)


SERVER_EVENTS = _events(
    {
        "type": "session.created",
        "event_id": "e1",
        "session": {
            "id": "s",
            "model": "gpt-4o-realtime-preview",
            "tools": [],
            "turn_detection": None,
            "max_response_output_tokens": "inf",
        },
    },
    {
        "type": "error",
        "event_id": "e2",
        "error": {"type": "invalid_request_error", "code": "bad", "message": "Nope", "param": None, "event_id": "c1"},
    },
    {
        "type": "response.text.delta",
        "event_id": "e3",
        "response_id": "r",
        "item_id": "i",
        "output_index": 0,
        "content_index": 0,
        "delta": "Hel",
    },
    {"type": "totally.unknown", "event_id": "e4", "foo": 1},
    {
        "type": "response.done",
        "event_id": "e5",
        "response": {
            "id": "r",
            "status": "completed",
            "output": [
                {"id": "i", "type": "message", "role": "assistant", "content": [{"type": "text", "text": "Hello"}]}
            ],
            "usage": {"total_tokens": 3},
        },
    },
    {
        "type": "conversation.item.retrieved",
        "event_id": "e6",
        "item": {"id": "i", "type": "function_call", "name": "f", "arguments": "{}"},
    },
    {"type": "output_audio_buffer.cleared", "event_id": "e7", "response_id": "r"},
    {"type": "response.text.delta", "event_id": "e8", "delta": 5},
    {"event_id": "e9"},
    {
        "type": "rate_limits.updated",
        "event_id": "e10",
        "rate_limits": [{"name": "requests", "limit": 10, "remaining": 9, "reset_seconds": 1.5}],
    },
)


@scenario("beta.realtime.connect: receiving")
def _(ctx: Any) -> None:
    with fake_websockets(*SERVER_EVENTS, SERVER_EVENTS[2].encode(), (1000, "done")) as fake:
        connection = ctx.client().beta.realtime.connect(model="m").enter()
        for i in range(3):
            ctx.call(f"recv {i}", connection.recv)
        ctx.call("recv_bytes", connection.recv_bytes)
        ctx.call("parse_event", lambda: connection.parse_event(SERVER_EVENTS[4]))
        ctx.call("parse_event bytes", lambda: connection.parse_event(SERVER_EVENTS[3].encode()))
        ctx.call("parse_event bad", lambda: connection.parse_event("{"))
        ctx.call("iterate", lambda: list(connection))  # the rest, until the normal close
        ctx.call("recv after", connection.recv)
        connection.close(code=4000, reason="bye")
        ctx.note("log", fake.log)


@scenario("beta.realtime.connect: receiving (async)")
async def _(ctx: Any) -> None:
    with fake_websockets(*SERVER_EVENTS, (1011, "boom")) as fake:
        connection = await ctx.async_client().beta.realtime.connect(model="m").enter()
        for i in range(2):
            await ctx.acall(f"recv {i}", connection.recv)
        seen: List[Any] = []

        async def iterate() -> Any:
            async for event in connection:
                seen.append(event)

        await ctx.acall("iterate", iterate)  # raises the error close after the events
        ctx.see("seen", seen)
        await connection.close()
        ctx.note("log", fake.log)


@scenario("beta.realtime.connect: error inside the block")
def _(ctx: Any) -> None:
    with fake_websockets() as fake:

        def inside() -> None:
            with ctx.client().beta.realtime.connect(model="m"):
                raise KeyError("inside")

        ctx.call("block", inside)
        ctx.note("log", fake.log)


@scenario("beta.realtime.connect: without the realtime extra")
def _(ctx: Any) -> None:
    with fake_websockets(missing=True):
        manager = ctx.client().beta.realtime.connect(model="m")
        ctx.note("manager", type(manager).__name__)
        ctx.call("enter", manager.enter)
        ctx.call("with", lambda: manager.__enter__())


@scenario("beta.realtime.connect: without the realtime extra (async)")
async def _(ctx: Any) -> None:
    with fake_websockets(missing=True):
        manager = ctx.async_client().beta.realtime.connect(model="m")
        ctx.note("manager", type(manager).__name__)
        await ctx.acall("enter", manager.enter)


@scenario("beta.realtime.connect: a header in another case", deviation="headers-case-insensitive")
def _(ctx: Any) -> None:
    # Ours replaces `OpenAI-Beta` / `Authorization` given in another case, as for HTTP requests;
    # the official sends both spellings.
    with fake_websockets() as fake:
        extra = {"openai-beta": "realtime=v2", "authorization": "Bearer other"}
        with ctx.client().beta.realtime.connect(model="m", extra_headers=extra):
            pass
        ctx.note("log", fake.log)
