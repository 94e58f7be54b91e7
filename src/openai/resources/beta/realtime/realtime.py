"""`client.beta.realtime`: the Realtime API (beta), a conversation held over a WebSocket.

`connect(model=...)` returns a connection manager; entering it (`with`, `async with`, or
`.enter()`) opens the socket and gives a connection that sends client events (`send`, or the
grouped senders `connection.session.update(...)`, `connection.response.create(...)`, ...) and
receives server events (`recv`, or iterating over the connection). The REST calls that mint
ephemeral keys live beside it: `sessions.create`, `transcription_sessions.create`.

The socket itself is the `websockets` package (the `realtime` extra), imported only when a
connection opens. Everything else here is pure: where to connect and with which headers
(`_handshake`), how an event is written (`_encode`) and read (`parse_event`); the sync and async
classes differ only in `await`.
"""

from __future__ import annotations

import json
import logging
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, AsyncIterator, Dict, Iterator, Mapping, Optional, Tuple, Union, cast

import httpx
from pydantic import BaseModel

from ...._exceptions import OpenAIError
from ...._models import construct_type_unchecked
from ...._resource import AsyncAPIResource, SyncAPIResource, lazy_resource
from ...._typed_views import RawView, StreamingView
from ...._types import NOT_GIVEN, Headers, NotGiven, Omit, Query
from ...._utils._transform import maybe_transform
from ....types.beta.realtime import (
    response_create_event_param,
    session_update_event_param,
    transcription_session_update_param,
)
from ....types.beta.realtime.conversation_item_param import ConversationItemParam
from ....types.beta.realtime.realtime_client_event import RealtimeClientEvent
from ....types.beta.realtime.realtime_client_event_param import RealtimeClientEventParam
from ....types.beta.realtime.realtime_server_event import RealtimeServerEvent
from ....types.websocket_connection_options import WebsocketConnectionOptions

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection as AsyncWebsocketConnection
    from websockets.sync.client import ClientConnection as WebsocketConnection

    from ...._client import AsyncOpenAI, OpenAI
    from .sessions import (
        AsyncSessions,
        AsyncSessionsWithRawResponse,
        AsyncSessionsWithStreamingResponse,
        Sessions,
        SessionsWithRawResponse,
        SessionsWithStreamingResponse,
    )
    from .transcription_sessions import (
        AsyncTranscriptionSessions,
        AsyncTranscriptionSessionsWithRawResponse,
        AsyncTranscriptionSessionsWithStreamingResponse,
        TranscriptionSessions,
        TranscriptionSessionsWithRawResponse,
        TranscriptionSessionsWithStreamingResponse,
    )

__all__ = ["Realtime", "AsyncRealtime"]

log: logging.Logger = logging.getLogger(__name__)

_MISSING_EXTRA = "You need to install `openai[realtime]` to use this method"


# ---- the resources -----------------------------------------------------------------------


class Realtime(SyncAPIResource):
    sessions: "Sessions" = lazy_resource("openai.resources.beta.realtime.sessions", "Sessions")
    transcription_sessions: "TranscriptionSessions" = lazy_resource(
        "openai.resources.beta.realtime.transcription_sessions", "TranscriptionSessions"
    )

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> RealtimeWithRawResponse: ...
        @property
        def with_streaming_response(self) -> RealtimeWithStreamingResponse: ...

    def connect(
        self,
        *,
        model: str,
        extra_query: Query = {},
        extra_headers: Headers = {},
        websocket_connection_options: WebsocketConnectionOptions = {},
    ) -> RealtimeConnectionManager:
        """A Realtime session with `model` over a WebSocket, opened when the returned manager is
        entered (`with ... as connection`, or `.enter()`) and closed when it is left.

        `extra_query` and `extra_headers` go into the handshake request; the options are passed
        to `websockets.sync.client.connect` (needs the `openai[realtime]` extra)."""
        return RealtimeConnectionManager(
            client=cast("OpenAI", self._client),
            model=model,
            extra_query=extra_query,
            extra_headers=extra_headers,
            websocket_connection_options=websocket_connection_options,
        )


class AsyncRealtime(AsyncAPIResource):
    sessions: "AsyncSessions" = lazy_resource("openai.resources.beta.realtime.sessions", "AsyncSessions")
    transcription_sessions: "AsyncTranscriptionSessions" = lazy_resource(
        "openai.resources.beta.realtime.transcription_sessions", "AsyncTranscriptionSessions"
    )

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncRealtimeWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncRealtimeWithStreamingResponse: ...

    def connect(
        self,
        *,
        model: str,
        extra_query: Query = {},
        extra_headers: Headers = {},
        websocket_connection_options: WebsocketConnectionOptions = {},
    ) -> AsyncRealtimeConnectionManager:
        """A Realtime session with `model` over a WebSocket, opened when the returned manager is
        entered (`async with ... as connection`, or `await ....enter()`) and closed when it is left.

        `extra_query` and `extra_headers` go into the handshake request; the options are passed
        to `websockets.asyncio.client.connect` (needs the `openai[realtime]` extra)."""
        return AsyncRealtimeConnectionManager(
            client=cast("AsyncOpenAI", self._client),
            model=model,
            extra_query=extra_query,
            extra_headers=extra_headers,
            websocket_connection_options=websocket_connection_options,
        )


class RealtimeWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, realtime: Realtime) -> None: ...

        @property
        def sessions(self) -> SessionsWithRawResponse: ...

        @property
        def transcription_sessions(self) -> TranscriptionSessionsWithRawResponse: ...


class AsyncRealtimeWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, realtime: AsyncRealtime) -> None: ...

        @property
        def sessions(self) -> AsyncSessionsWithRawResponse: ...

        @property
        def transcription_sessions(self) -> AsyncTranscriptionSessionsWithRawResponse: ...


class RealtimeWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, realtime: Realtime) -> None: ...

        @property
        def sessions(self) -> SessionsWithStreamingResponse: ...

        @property
        def transcription_sessions(self) -> TranscriptionSessionsWithStreamingResponse: ...


class AsyncRealtimeWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, realtime: AsyncRealtime) -> None: ...

        @property
        def sessions(self) -> AsyncSessionsWithStreamingResponse: ...

        @property
        def transcription_sessions(self) -> AsyncTranscriptionSessionsWithStreamingResponse: ...


# ---- the handshake -----------------------------------------------------------------------

# (url, auth headers) as an Azure client computes them (`_configure_realtime`).
_Target = Tuple[httpx.URL, Dict[str, str]]


def _realtime_url(client: Any) -> httpx.URL:
    """`{websocket_base_url}/realtime`, or the API base URL with the `wss` scheme (whatever its
    own scheme) and `/realtime` appended. Joined on the raw path, as 1.102.0 joins it."""
    if client.websocket_base_url is not None:
        base = httpx.URL(client.websocket_base_url)
    else:
        base = client.base_url.copy_with(scheme="wss")
    return base.copy_with(raw_path=base.raw_path.rstrip(b"/") + b"/realtime")


def _merge_headers(ours: Mapping[str, str], extra: Headers) -> Dict[str, str]:
    """`ours` updated by the caller's headers, compared case-insensitively (as request headers
    are: see COMPAT.md `headers-case-insensitive`); an `Omit()` value removes the header."""
    merged: Dict[str, Tuple[str, Union[str, Omit]]] = {key.lower(): (key, value) for key, value in ours.items()}
    for key, value in extra.items():
        merged[key.lower()] = (key, value)
    return {key: value for key, value in merged.values() if not isinstance(value, Omit)}


def _handshake(
    client: Any, model: str, extra_query: Query, extra_headers: Headers, azure: Optional[_Target]
) -> Tuple[httpx.URL, Dict[str, str]]:
    """The URL to open and the headers to send besides `User-Agent`. The handshake carries the
    credentials and the beta header only: not the client's default headers or account headers,
    as 1.102.0 sends it."""
    if azure is not None:
        url, auth = azure
    else:
        url = _realtime_url(client).copy_with(params={**client.base_url.params, "model": model, **extra_query})
        auth = client.auth_headers
    return url, _merge_headers({**auth, "OpenAI-Beta": "realtime=v1"}, extra_headers)


def _log_connect(url: httpx.URL, options: WebsocketConnectionOptions) -> None:
    log.debug("Connecting to %s", url)
    if options:
        log.debug("Connection options: %s", options)


class _ConnectionManager:
    """What the sync and async managers share: the arguments of `connect()`, and the handshake
    they make of them (opening the socket itself differs)."""

    def __init__(
        self,
        *,
        client: Any,
        model: str,
        extra_query: Query,
        extra_headers: Headers,
        websocket_connection_options: WebsocketConnectionOptions,
    ) -> None:
        self._client = client
        self._model = model
        self._extra_query = extra_query
        self._extra_headers = extra_headers
        self._options = websocket_connection_options

    def _connect_args(self, azure: Optional[_Target]) -> Tuple[str, Dict[str, Any]]:
        """The URL and the keyword arguments for `websockets`' `connect()`."""
        url, headers = _handshake(self._client, self._model, self._extra_query, self._extra_headers, azure)
        _log_connect(url, self._options)
        options: Dict[str, Any] = {
            "user_agent_header": self._client.user_agent,
            "additional_headers": headers,
            **cast(Dict[str, Any], self._options),
        }
        return str(url), options


class RealtimeConnectionManager(_ConnectionManager):
    """What `beta.realtime.connect()` returns: entering it opens a `RealtimeConnection`, leaving
    it closes that connection.

    Without a `with` block, `connection = client.beta.realtime.connect(...).enter()` opens it,
    and closing it (`connection.close()`) is then up to you."""

    _client: OpenAI
    _connection: Optional[RealtimeConnection] = None

    def __enter__(self) -> RealtimeConnection:
        """Open the connection (also available as `.enter()`); remember to close it."""
        try:
            from websockets.sync.client import connect
        except ImportError as exc:
            raise OpenAIError(_MISSING_EXTRA) from exc
        configure = getattr(self._client, "_configure_realtime", None)  # Azure: its own endpoint
        url, options = self._connect_args(configure(self._model, self._extra_query) if configure else None)
        self._connection = RealtimeConnection(connect(url, **options))
        return self._connection

    enter = __enter__

    def __exit__(
        self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException], exc_tb: Optional[TracebackType]
    ) -> None:
        if self._connection is not None:
            self._connection.close()


class AsyncRealtimeConnectionManager(_ConnectionManager):
    """What `beta.realtime.connect()` returns: entering it opens an `AsyncRealtimeConnection`,
    leaving it closes that connection.

    Without an `async with` block, `connection = await client.beta.realtime.connect(...).enter()`
    opens it, and closing it (`await connection.close()`) is then up to you."""

    _client: AsyncOpenAI
    _connection: Optional[AsyncRealtimeConnection] = None

    async def __aenter__(self) -> AsyncRealtimeConnection:
        """Open the connection (also available as `.enter()`); remember to close it."""
        try:
            from websockets.asyncio.client import connect
        except ImportError as exc:
            raise OpenAIError(_MISSING_EXTRA) from exc
        configure = getattr(self._client, "_configure_realtime", None)  # Azure: its own endpoint
        url, options = self._connect_args(await configure(self._model, self._extra_query) if configure else None)
        self._connection = AsyncRealtimeConnection(await connect(url, **options))
        return self._connection

    enter = __aenter__

    async def __aexit__(
        self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException], exc_tb: Optional[TracebackType]
    ) -> None:
        if self._connection is not None:
            await self._connection.close()


# ---- the connection ----------------------------------------------------------------------


def _encode(event: Union[RealtimeClientEvent, RealtimeClientEventParam]) -> str:
    """A client event as the text frame 1.102.0 sends: a model as its indented JSON with only
    the fields that were set, a dict as `json.dumps` writes it (after `NOT_GIVEN` values are
    dropped and iterables made lists, as for request bodies)."""
    if isinstance(event, BaseModel):
        return cast(Any, event).to_json(use_api_names=True, exclude_defaults=True, exclude_unset=True)  # type: ignore[no-any-return]
    return json.dumps(maybe_transform(event, RealtimeClientEventParam))


def _event(type_: str, **fields: object) -> RealtimeClientEventParam:
    """The event a sender sends: `type` first, then its fields in the order given (each sender
    passes them in its signature's order, the key order 1.102.0 sends), unset ones left out."""
    event: Dict[str, object] = {"type": type_}
    event.update((key, value) for key, value in fields.items() if not isinstance(value, NotGiven))
    return cast(RealtimeClientEventParam, event)


def _parse(data: Union[str, bytes]) -> RealtimeServerEvent:
    # Built as 1.102.0 builds it: validated when it fits, else constructed loosely (an unknown
    # `type` gives the first member of the union, every field kept as sent); never raises on
    # the content, only on invalid JSON.
    return cast(
        RealtimeServerEvent, construct_type_unchecked(value=json.loads(data), type_=cast(Any, RealtimeServerEvent))
    )


class RealtimeConnection:
    """An open WebSocket to the Realtime API."""

    session: RealtimeSessionResource
    response: RealtimeResponseResource
    input_audio_buffer: RealtimeInputAudioBufferResource
    conversation: RealtimeConversationResource
    output_audio_buffer: RealtimeOutputAudioBufferResource
    transcription_session: RealtimeTranscriptionSessionResource

    _connection: WebsocketConnection

    def __init__(self, connection: WebsocketConnection) -> None:
        self._connection = connection  # the `websockets` connection, for what this class lacks
        self.session = RealtimeSessionResource(self)
        self.response = RealtimeResponseResource(self)
        self.input_audio_buffer = RealtimeInputAudioBufferResource(self)
        self.conversation = RealtimeConversationResource(self)
        self.output_audio_buffer = RealtimeOutputAudioBufferResource(self)
        self.transcription_session = RealtimeTranscriptionSessionResource(self)

    def __iter__(self) -> Iterator[RealtimeServerEvent]:
        """Every server event until the server closes the connection normally; a connection
        closed with an error code raises `websockets`' `ConnectionClosedError`."""
        from websockets.exceptions import ConnectionClosedOK

        try:
            while True:
                yield self.recv()
        except ConnectionClosedOK:
            return

    def recv(self) -> RealtimeServerEvent:
        """The next server event (an `error` event included: it does not close the connection)."""
        return self.parse_event(self.recv_bytes())

    def recv_bytes(self) -> bytes:
        """The next message as it arrived, undecoded (`parse_event` turns it into an event)."""
        message = self._connection.recv(decode=False)
        log.debug("Received websocket message: %s", message)
        return message

    def send(self, event: Union[RealtimeClientEvent, RealtimeClientEventParam]) -> None:
        """Send a client event, given as a dict or as a client event model."""
        self._connection.send(_encode(event))

    def close(self, *, code: int = 1000, reason: str = "") -> None:
        self._connection.close(code=code, reason=reason)

    def parse_event(self, data: Union[str, bytes]) -> RealtimeServerEvent:
        """A received message (`str` or `bytes`, e.g. from `recv_bytes()`) as a server event."""
        return _parse(data)


class AsyncRealtimeConnection:
    """An open WebSocket to the Realtime API."""

    session: AsyncRealtimeSessionResource
    response: AsyncRealtimeResponseResource
    input_audio_buffer: AsyncRealtimeInputAudioBufferResource
    conversation: AsyncRealtimeConversationResource
    output_audio_buffer: AsyncRealtimeOutputAudioBufferResource
    transcription_session: AsyncRealtimeTranscriptionSessionResource

    _connection: AsyncWebsocketConnection

    def __init__(self, connection: AsyncWebsocketConnection) -> None:
        self._connection = connection  # the `websockets` connection, for what this class lacks
        self.session = AsyncRealtimeSessionResource(self)
        self.response = AsyncRealtimeResponseResource(self)
        self.input_audio_buffer = AsyncRealtimeInputAudioBufferResource(self)
        self.conversation = AsyncRealtimeConversationResource(self)
        self.output_audio_buffer = AsyncRealtimeOutputAudioBufferResource(self)
        self.transcription_session = AsyncRealtimeTranscriptionSessionResource(self)

    async def __aiter__(self) -> AsyncIterator[RealtimeServerEvent]:
        """Every server event until the server closes the connection normally; a connection
        closed with an error code raises `websockets`' `ConnectionClosedError`."""
        from websockets.exceptions import ConnectionClosedOK

        try:
            while True:
                yield await self.recv()
        except ConnectionClosedOK:
            return

    async def recv(self) -> RealtimeServerEvent:
        """The next server event (an `error` event included: it does not close the connection).
        Cancelling the wait loses no message."""
        return self.parse_event(await self.recv_bytes())

    async def recv_bytes(self) -> bytes:
        """The next message as it arrived, undecoded (`parse_event` turns it into an event)."""
        message = await self._connection.recv(decode=False)
        log.debug("Received websocket message: %s", message)
        return message

    async def send(self, event: Union[RealtimeClientEvent, RealtimeClientEventParam]) -> None:
        """Send a client event, given as a dict or as a client event model."""
        await self._connection.send(_encode(event))

    async def close(self, *, code: int = 1000, reason: str = "") -> None:
        await self._connection.close(code=code, reason=reason)

    def parse_event(self, data: Union[str, bytes]) -> RealtimeServerEvent:
        """A received message (`str` or `bytes`, e.g. from `recv_bytes()`) as a server event."""
        return _parse(data)


# ---- the grouped senders -----------------------------------------------------------------
# `connection.<group>.<verb>(...)` sends the client event `<group>.<verb>`; each method is one
# line over `_event`, so the sync and async groups cannot drift apart.


class BaseRealtimeConnectionResource:
    def __init__(self, connection: RealtimeConnection) -> None:
        self._connection = connection


class BaseAsyncRealtimeConnectionResource:
    def __init__(self, connection: AsyncRealtimeConnection) -> None:
        self._connection = connection


class RealtimeSessionResource(BaseRealtimeConnectionResource):
    def update(
        self, *, session: session_update_event_param.Session, event_id: Union[str, NotGiven] = NOT_GIVEN
    ) -> None:
        """`session.update`: change the session's settings (the server answers `session.updated`)."""
        self._connection.send(_event("session.update", session=session, event_id=event_id))


class AsyncRealtimeSessionResource(BaseAsyncRealtimeConnectionResource):
    async def update(
        self, *, session: session_update_event_param.Session, event_id: Union[str, NotGiven] = NOT_GIVEN
    ) -> None:
        """`session.update`: change the session's settings (the server answers `session.updated`)."""
        await self._connection.send(_event("session.update", session=session, event_id=event_id))


class RealtimeResponseResource(BaseRealtimeConnectionResource):
    def create(
        self,
        *,
        event_id: Union[str, NotGiven] = NOT_GIVEN,
        response: Union[response_create_event_param.Response, NotGiven] = NOT_GIVEN,
    ) -> None:
        """`response.create`: ask the model to respond; `response` overrides session settings
        for this response only."""
        self._connection.send(_event("response.create", event_id=event_id, response=response))

    def cancel(
        self, *, event_id: Union[str, NotGiven] = NOT_GIVEN, response_id: Union[str, NotGiven] = NOT_GIVEN
    ) -> None:
        """`response.cancel`: stop a response in progress."""
        self._connection.send(_event("response.cancel", event_id=event_id, response_id=response_id))


class AsyncRealtimeResponseResource(BaseAsyncRealtimeConnectionResource):
    async def create(
        self,
        *,
        event_id: Union[str, NotGiven] = NOT_GIVEN,
        response: Union[response_create_event_param.Response, NotGiven] = NOT_GIVEN,
    ) -> None:
        """`response.create`: ask the model to respond; `response` overrides session settings
        for this response only."""
        await self._connection.send(_event("response.create", event_id=event_id, response=response))

    async def cancel(
        self, *, event_id: Union[str, NotGiven] = NOT_GIVEN, response_id: Union[str, NotGiven] = NOT_GIVEN
    ) -> None:
        """`response.cancel`: stop a response in progress."""
        await self._connection.send(_event("response.cancel", event_id=event_id, response_id=response_id))


class RealtimeInputAudioBufferResource(BaseRealtimeConnectionResource):
    def clear(self, *, event_id: Union[str, NotGiven] = NOT_GIVEN) -> None:
        """`input_audio_buffer.clear`: drop the audio appended so far."""
        self._connection.send(_event("input_audio_buffer.clear", event_id=event_id))

    def commit(self, *, event_id: Union[str, NotGiven] = NOT_GIVEN) -> None:
        """`input_audio_buffer.commit`: turn the appended audio into a user message (not needed
        with server VAD, which commits by itself)."""
        self._connection.send(_event("input_audio_buffer.commit", event_id=event_id))

    def append(self, *, audio: str, event_id: Union[str, NotGiven] = NOT_GIVEN) -> None:
        """`input_audio_buffer.append`: add base64-encoded audio to the input buffer."""
        self._connection.send(_event("input_audio_buffer.append", audio=audio, event_id=event_id))


class AsyncRealtimeInputAudioBufferResource(BaseAsyncRealtimeConnectionResource):
    async def clear(self, *, event_id: Union[str, NotGiven] = NOT_GIVEN) -> None:
        """`input_audio_buffer.clear`: drop the audio appended so far."""
        await self._connection.send(_event("input_audio_buffer.clear", event_id=event_id))

    async def commit(self, *, event_id: Union[str, NotGiven] = NOT_GIVEN) -> None:
        """`input_audio_buffer.commit`: turn the appended audio into a user message (not needed
        with server VAD, which commits by itself)."""
        await self._connection.send(_event("input_audio_buffer.commit", event_id=event_id))

    async def append(self, *, audio: str, event_id: Union[str, NotGiven] = NOT_GIVEN) -> None:
        """`input_audio_buffer.append`: add base64-encoded audio to the input buffer."""
        await self._connection.send(_event("input_audio_buffer.append", audio=audio, event_id=event_id))


class RealtimeConversationResource(BaseRealtimeConnectionResource):
    @cached_property
    def item(self) -> RealtimeConversationItemResource:
        return RealtimeConversationItemResource(self._connection)


class AsyncRealtimeConversationResource(BaseAsyncRealtimeConnectionResource):
    @cached_property
    def item(self) -> AsyncRealtimeConversationItemResource:
        return AsyncRealtimeConversationItemResource(self._connection)


class RealtimeConversationItemResource(BaseRealtimeConnectionResource):
    def delete(self, *, item_id: str, event_id: Union[str, NotGiven] = NOT_GIVEN) -> None:
        """`conversation.item.delete`: remove an item from the conversation."""
        self._connection.send(_event("conversation.item.delete", item_id=item_id, event_id=event_id))

    def create(
        self,
        *,
        item: ConversationItemParam,
        event_id: Union[str, NotGiven] = NOT_GIVEN,
        previous_item_id: Union[str, NotGiven] = NOT_GIVEN,
    ) -> None:
        """`conversation.item.create`: add a message, function call or function call output
        (after `previous_item_id` if given)."""
        self._connection.send(
            _event("conversation.item.create", item=item, event_id=event_id, previous_item_id=previous_item_id)
        )

    def truncate(
        self, *, audio_end_ms: int, content_index: int, item_id: str, event_id: Union[str, NotGiven] = NOT_GIVEN
    ) -> None:
        """`conversation.item.truncate`: cut an assistant message's audio where playback stopped
        (its transcript is dropped too)."""
        self._connection.send(
            _event(
                "conversation.item.truncate",
                audio_end_ms=audio_end_ms,
                content_index=content_index,
                item_id=item_id,
                event_id=event_id,
            )
        )

    def retrieve(self, *, item_id: str, event_id: Union[str, NotGiven] = NOT_GIVEN) -> None:
        """`conversation.item.retrieve`: ask for the server's copy of an item."""
        self._connection.send(_event("conversation.item.retrieve", item_id=item_id, event_id=event_id))


class AsyncRealtimeConversationItemResource(BaseAsyncRealtimeConnectionResource):
    async def delete(self, *, item_id: str, event_id: Union[str, NotGiven] = NOT_GIVEN) -> None:
        """`conversation.item.delete`: remove an item from the conversation."""
        await self._connection.send(_event("conversation.item.delete", item_id=item_id, event_id=event_id))

    async def create(
        self,
        *,
        item: ConversationItemParam,
        event_id: Union[str, NotGiven] = NOT_GIVEN,
        previous_item_id: Union[str, NotGiven] = NOT_GIVEN,
    ) -> None:
        """`conversation.item.create`: add a message, function call or function call output
        (after `previous_item_id` if given)."""
        await self._connection.send(
            _event("conversation.item.create", item=item, event_id=event_id, previous_item_id=previous_item_id)
        )

    async def truncate(
        self, *, audio_end_ms: int, content_index: int, item_id: str, event_id: Union[str, NotGiven] = NOT_GIVEN
    ) -> None:
        """`conversation.item.truncate`: cut an assistant message's audio where playback stopped
        (its transcript is dropped too)."""
        await self._connection.send(
            _event(
                "conversation.item.truncate",
                audio_end_ms=audio_end_ms,
                content_index=content_index,
                item_id=item_id,
                event_id=event_id,
            )
        )

    async def retrieve(self, *, item_id: str, event_id: Union[str, NotGiven] = NOT_GIVEN) -> None:
        """`conversation.item.retrieve`: ask for the server's copy of an item."""
        await self._connection.send(_event("conversation.item.retrieve", item_id=item_id, event_id=event_id))


class RealtimeOutputAudioBufferResource(BaseRealtimeConnectionResource):
    def clear(self, *, event_id: Union[str, NotGiven] = NOT_GIVEN) -> None:
        """`output_audio_buffer.clear` (WebRTC only): stop the audio being played."""
        self._connection.send(_event("output_audio_buffer.clear", event_id=event_id))


class AsyncRealtimeOutputAudioBufferResource(BaseAsyncRealtimeConnectionResource):
    async def clear(self, *, event_id: Union[str, NotGiven] = NOT_GIVEN) -> None:
        """`output_audio_buffer.clear` (WebRTC only): stop the audio being played."""
        await self._connection.send(_event("output_audio_buffer.clear", event_id=event_id))


class RealtimeTranscriptionSessionResource(BaseRealtimeConnectionResource):
    def update(
        self, *, session: transcription_session_update_param.Session, event_id: Union[str, NotGiven] = NOT_GIVEN
    ) -> None:
        """`transcription_session.update`: change a transcription session's settings."""
        self._connection.send(_event("transcription_session.update", session=session, event_id=event_id))


class AsyncRealtimeTranscriptionSessionResource(BaseAsyncRealtimeConnectionResource):
    async def update(
        self, *, session: transcription_session_update_param.Session, event_id: Union[str, NotGiven] = NOT_GIVEN
    ) -> None:
        """`transcription_session.update`: change a transcription session's settings."""
        await self._connection.send(_event("transcription_session.update", session=session, event_id=event_id))
