"""Injected faults: error statuses, cut-off streams and slow answers, for the next N calls.

A `Fault` is matched against each request before the endpoint runs (by endpoint key and
method); a matching fault with a `status` answers instead of the endpoint, the others shape the
endpoint's reply (a delay before it, between stream events, a stream that breaks off).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, Optional

from ._core import APIErrorReply, FakeRequest, Reply

__all__ = ["Fault", "endpoint_key", "StreamCut"]


class StreamCut(Exception):
    """Raised by a reply body when an injected fault cuts the stream off."""


def endpoint_key(path: str, pattern: Optional[str]) -> str:
    """The script/fault key of a request: its route pattern without `{id}` segments, dotted.

    `/chat/completions` -> "chat.completions", `/threads/{thread_id}/runs` -> "threads.runs",
    `/audio/speech` -> "audio.speech"; unknown paths use their literal segments.
    """
    segments = (pattern or path).strip("/").split("/")
    return ".".join(s for s in segments if s and not s.startswith("{"))


@dataclass
class Fault:
    """One injected fault; see `FakeOpenAI.inject_fault` for the meaning of each field."""

    endpoint: Optional[str] = None
    method: Optional[str] = None
    times: Optional[int] = 1
    status: Optional[int] = None
    body: Any = None
    message: Optional[str] = None
    type: Optional[str] = None
    code: Optional[str] = None
    param: Optional[str] = None
    headers: Dict[str, str] = field(default_factory=dict)
    cut_after: Optional[int] = None
    drop_done: bool = False
    delay: float = 0.0
    event_delay: float = 0.0

    def matches(self, request: FakeRequest, key: str) -> bool:
        if self.method is not None and self.method.upper() != request.method:
            return False
        if self.endpoint is None or self.endpoint == "*":
            return True
        if self.endpoint.startswith("/"):
            return self.endpoint == request.path
        return self.endpoint == key

    def error_reply(self) -> Reply:
        """The reply of a status fault: `body` as given, else the API's error object."""
        assert self.status is not None
        if self.body is not None:
            if isinstance(self.body, (bytes, str)):
                content = self.body.encode() if isinstance(self.body, str) else self.body
                return Reply(status=self.status, headers=dict(self.headers), content=content, content_type="text/plain")
            return Reply(json=self.body, status=self.status, headers=dict(self.headers))
        error = APIErrorReply(
            self.status,
            self.message or _default_message(self.status),
            type=self.type or _default_type(self.status),
            param=self.param,
            code=self.code,
            headers=self.headers,
        )
        return error.to_reply()

    @property
    def shapes_stream(self) -> bool:
        return self.cut_after is not None or self.drop_done or self.event_delay > 0


def _default_type(status: int) -> str:
    if status == 429:
        return "requests"
    if status >= 500:
        return "server_error"
    return "invalid_request_error"


def _default_message(status: int) -> str:
    return {
        400: "Bad request.",
        401: "Incorrect API key provided.",
        403: "You are not allowed to access this resource.",
        404: "Not found.",
        409: "Conflict.",
        422: "Unprocessable entity.",
        429: "Rate limit reached. Please try again later.",
        500: "The server had an error while processing your request. Sorry about that!",
        502: "Bad gateway.",
        503: "The engine is currently overloaded, please try again later.",
    }.get(status, f"Injected error {status}.")
