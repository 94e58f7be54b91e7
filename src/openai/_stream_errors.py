"""The error a stream raises when it ends before its end.

Two ways a stream can stop early: the transport fails while reading it (a reset, the peer closing
mid-body, a read timeout), or the connection closes cleanly without the stream's terminal marker
(`[DONE]`, a `finish_reason` for each choice, a terminal Responses / run event). Both raise
`StreamInterruptedError`, an `APIConnectionError`, so `except openai.APIConnectionError` sees
them and nothing is lost silently.

Code written for the official package catches the raw httpx exception that escaped from it
(`except httpx.RemoteProtocolError`, `except httpx.TransportError`, ...). So for a transport
failure the error raised is a subclass of both `StreamInterruptedError` and the exact type of the
httpx exception (`StreamInterruptedReadError(StreamInterruptedError, httpx.ReadError)`, built on
first use and cached): both `except` forms keep working.
"""

from __future__ import annotations

import threading
from typing import Any, Dict, Optional, Type

import httpx

from ._exceptions import APIConnectionError, APITimeoutError

__all__ = [
    "StreamInterruptedError",
    "PoolExhaustedError",
    "stream_interrupted",
    "stream_incomplete",
    "pool_timeout_error",
]


class StreamInterruptedError(APIConnectionError):
    """A stream stopped before its end; `events_received` events were parsed before that.

    `cause` is the transport exception (also `__cause__`), or None when the connection closed
    cleanly without the terminal marker (`reason == "incomplete"`; `reason == "transport"` else).
    """

    events_received: int
    cause: Optional[BaseException]
    reason: str

    def __init__(
        self,
        *,
        request: httpx.Request,
        events_received: int,
        cause: Optional[BaseException] = None,
        message: Optional[str] = None,
    ) -> None:
        if message is None:
            message = _message(events_received, cause)
        super().__init__(message=message, request=request)
        self.events_received = events_received
        self.cause = cause
        self.reason = "incomplete" if cause is None else "transport"

    def __reduce__(self) -> Any:
        from ._secrets import redacted_error_state

        cause_type = next((base for base in type(self).__bases__ if base is not StreamInterruptedError), None)
        return (_restore, (cause_type, self.message, redacted_error_state(self)))


def _message(events_received: int, cause: Optional[BaseException]) -> str:
    plural = "" if events_received == 1 else "s"
    if cause is None:
        return (
            f"The stream ended after {events_received} event{plural} without its terminal marker "
            "(the connection closed before the end of the answer). Servers that end streams "
            "without one can be accepted with `strict_stream_end=False` on the client."
        )
    detail = str(cause) or type(cause).__name__
    return f"The stream was interrupted after {events_received} event{plural}: {detail}"


# One subclass per httpx exception type, made on first use.
_CLASSES: Dict[type, Type[StreamInterruptedError]] = {}
_CLASSES_LOCK = threading.Lock()


def _class_for(cause_type: type) -> Type[StreamInterruptedError]:
    cls = _CLASSES.get(cause_type)
    if cls is None:
        with _CLASSES_LOCK:
            cls = _CLASSES.get(cause_type)
            if cls is None:
                name = f"StreamInterrupted{cause_type.__name__}"
                cls = type(name, (StreamInterruptedError, cause_type), {"__module__": __name__, "__qualname__": name})
                _CLASSES[cause_type] = cls
    return cls


def _restore(cause_type: Optional[type], message: str, state: Dict[str, Any]) -> StreamInterruptedError:
    """Unpickling: the class is rebuilt from the cause's type (dynamic classes have no import path)."""
    cls = StreamInterruptedError if cause_type is None else _class_for(cause_type)
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    return error


def stream_interrupted(request: httpx.Request, events_received: int, cause: BaseException) -> StreamInterruptedError:
    """The error for a transport failure `cause` while reading a stream."""
    cls = _class_for(type(cause)) if isinstance(cause, httpx.HTTPError) else StreamInterruptedError
    return cls(request=request, events_received=events_received, cause=cause)


def stream_incomplete(request: httpx.Request, events_received: int) -> StreamInterruptedError:
    """The error for a stream that closed cleanly without its terminal marker."""
    return StreamInterruptedError(request=request, events_received=events_received)


class PoolExhaustedError(APITimeoutError):
    """No connection of the pool came free within the pool timeout; `open_streams` of them are
    held by streams of this client that are still open (the usual cause: streams never read to
    the end nor closed)."""

    open_streams: int

    def __init__(self, *, request: httpx.Request, message: str, open_streams: int) -> None:
        APIConnectionError.__init__(self, message=message, request=request)
        self.open_streams = open_streams


def open_streams(http_client: Any) -> int:
    """How many streamed responses on `http_client` are still open (see `_streaming._track`)."""
    tracked = getattr(http_client, "_openai_streams", None)
    return 0 if tracked is None else sum(1 for response in list(tracked) if not response.is_closed)


def _max_connections(http_client: Any) -> Optional[int]:
    pool = getattr(getattr(http_client, "_transport", None), "_pool", None)  # httpcore's, by default
    limit = getattr(pool, "_max_connections", None)
    return limit if isinstance(limit, int) else None


def _held_by_this_thread(tracked: Any) -> int:
    me = threading.get_ident()
    return sum(1 for r in list(tracked) if not r.is_closed and getattr(r, "_openai_thread", None) == me)


def pool_deadlock_error(request: httpx.Request, http_client: Any) -> Optional[PoolExhaustedError]:
    """The error to raise at once, instead of waiting for the pool, when every connection of a
    sync client's pool is held by streams this very thread opened and has not closed: the thread
    would wait on itself for the whole pool timeout (600 s by default). None otherwise."""
    tracked = getattr(http_client, "_openai_streams", None)
    limit = _max_connections(http_client)
    if not tracked or limit is None or _held_by_this_thread(tracked) < limit:
        return None
    import gc

    from ._streaming import close_pending

    gc.collect()  # streams dropped but not yet collected give their connections back
    close_pending()
    if _held_by_this_thread(tracked) < limit:
        return None
    message = (
        f"All {limit} connections of the pool are held by streams this thread opened and has not closed: "
        "waiting for a free one would never end. Close the streams you no longer read (`stream.close()`, "
        "or open them with `with`), or allow more connections (`httpx.Limits(max_connections=...)`)."
    )
    return PoolExhaustedError(request=request, message=message, open_streams=open_streams(http_client))


def pool_timeout_error(request: httpx.Request, http_client: Any) -> PoolExhaustedError:
    held = open_streams(http_client)
    pool = _max_connections(http_client)
    wait = (request.extensions.get("timeout") or {}).get("pool")
    limits = f"max_connections={pool}, " if pool is not None else ""
    message = f"Timed out waiting for a free connection in the pool ({limits}pool timeout {wait} s). "
    if held:
        plural = "s" if held != 1 else ""
        message += (
            f"{held} stream{plural} opened by this client {'are' if plural else 'is'} still open, each holding "
            "a connection: close the streams you no longer read (`stream.close()`, or open them with "
            "`with`), or allow more connections (`http_client=DefaultHttpxClient(limits=httpx.Limits(...))`)."
        )
    else:
        message += "All the connections are in use by other requests."
    return PoolExhaustedError(request=request, message=message, open_streams=held)
