"""`RateLimits`: the `x-ratelimit-*` headers of a response, typed.

The API announces its budget on every response::

    x-ratelimit-limit-requests: 10000       x-ratelimit-limit-tokens: 2000000
    x-ratelimit-remaining-requests: 9999    x-ratelimit-remaining-tokens: 1999000
    x-ratelimit-reset-requests: 6ms         x-ratelimit-reset-tokens: 1m2.5s

Headers are kept as they came and parsed only when a field is read: clients remember the latest
headers on every response, and that must cost nothing when nobody looks. A header that is
absent or that does not parse gives None; reading a field never raises.
"""

from __future__ import annotations

import datetime
import re
from typing import Any, Dict, Mapping, Optional, Union

__all__ = ["RateLimits", "parse_duration"]

_INT_FIELDS = {
    "limit_requests": "x-ratelimit-limit-requests",
    "limit_tokens": "x-ratelimit-limit-tokens",
    "remaining_requests": "x-ratelimit-remaining-requests",
    "remaining_tokens": "x-ratelimit-remaining-tokens",
}
_DURATION_FIELDS = {
    "reset_requests": "x-ratelimit-reset-requests",
    "reset_tokens": "x-ratelimit-reset-tokens",
}
_FIELDS = (*_INT_FIELDS, *_DURATION_FIELDS, "retry_after")

# Go's duration syntax, which the API uses: a sequence of <number><unit>. "ms" is listed before
# "m" so that "20ms" is not read as 20 minutes followed by a stray "s".
_PART = re.compile(r"(\d+(?:\.\d*)?|\.\d+)(h|ms|m|s|us|µs|μs|ns|d)")
_UNIT_SECONDS = {
    "d": 86400.0,
    "h": 3600.0,
    "m": 60.0,
    "s": 1.0,
    "ms": 1e-3,
    "us": 1e-6,
    "µs": 1e-6,
    "μs": 1e-6,
    "ns": 1e-9,
}


def parse_duration(text: Optional[str]) -> Optional[datetime.timedelta]:
    """`"1h2m3.5s"`, `"20ms"`, `"0s"`, or a bare number of seconds, as a timedelta; None otherwise."""
    if text is None:
        return None
    text = text.strip()
    if not text:
        return None
    try:
        seconds = float(text)  # some proxies send plain seconds
    except ValueError:
        seconds = 0.0
        end = 0
        for match in _PART.finditer(text):
            if match.start() != end:  # something between the parts that is not a part
                return None
            seconds += float(match.group(1)) * _UNIT_SECONDS[match.group(2)]
            end = match.end()
        if end != len(text):
            return None
    if seconds != seconds or seconds < 0 or seconds > 1e9:  # NaN, negative, or absurd
        return None
    return datetime.timedelta(seconds=seconds)


def _parse_int(text: Optional[str]) -> Optional[int]:
    if text is None:
        return None
    try:
        return int(text.strip())
    except ValueError:
        try:  # "100.0"
            value = float(text)
        except ValueError:
            return None
        return int(value) if value.is_integer() else None


def _parse_retry_after(headers: Mapping[str, str]) -> Optional[datetime.timedelta]:
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            value = float(millis)
        except ValueError:
            value = -1.0
        if 0 <= value < 1e12:
            return datetime.timedelta(milliseconds=value)
    seconds = headers.get("retry-after")
    if seconds is not None:
        try:
            value = float(seconds)
        except ValueError:  # an HTTP date: not how the API answers, left unparsed
            return None
        if 0 <= value < 1e9:
            return datetime.timedelta(seconds=value)
    return None


class RateLimits:
    """The rate-limit state the API announced with one response.

    `limit_*` is the budget per window, `remaining_*` what is left of it, and `reset_*` how long
    until it is fully restored. `retry_after` is the wait the server asked for (`retry-after-ms`
    or `retry-after`, on 429s). Every field is None when the response did not carry it.
    """

    __slots__ = ("_headers", "_values")

    def __init__(
        self,
        *,
        limit_requests: Optional[int] = None,
        limit_tokens: Optional[int] = None,
        remaining_requests: Optional[int] = None,
        remaining_tokens: Optional[int] = None,
        reset_requests: Optional[datetime.timedelta] = None,
        reset_tokens: Optional[datetime.timedelta] = None,
        retry_after: Optional[datetime.timedelta] = None,
    ) -> None:
        self._headers: Optional[Mapping[str, str]] = None
        self._values: Dict[str, Any] = {
            "limit_requests": limit_requests,
            "limit_tokens": limit_tokens,
            "remaining_requests": remaining_requests,
            "remaining_tokens": remaining_tokens,
            "reset_requests": reset_requests,
            "reset_tokens": reset_tokens,
            "retry_after": retry_after,
        }

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> "RateLimits":
        """Wrap response headers (looked up case-insensitively: pass `httpx.Headers` or a dict
        with lower-case keys); nothing is parsed until a field is read."""
        limits = cls.__new__(cls)
        limits._headers = headers
        limits._values = {}
        return limits

    def _field(self, name: str) -> Any:
        values = self._values
        if name in values:
            return values[name]
        headers = self._headers
        value: Union[int, datetime.timedelta, None]
        if headers is None:
            value = None
        elif name in _INT_FIELDS:
            value = _parse_int(headers.get(_INT_FIELDS[name]))
        elif name in _DURATION_FIELDS:
            value = parse_duration(headers.get(_DURATION_FIELDS[name]))
        else:
            value = _parse_retry_after(headers)
        values[name] = value
        return value

    @property
    def limit_requests(self) -> Optional[int]:
        """Requests allowed per window (`x-ratelimit-limit-requests`)."""
        return self._field("limit_requests")

    @property
    def limit_tokens(self) -> Optional[int]:
        """Tokens allowed per window (`x-ratelimit-limit-tokens`)."""
        return self._field("limit_tokens")

    @property
    def remaining_requests(self) -> Optional[int]:
        """Requests left in the window (`x-ratelimit-remaining-requests`)."""
        return self._field("remaining_requests")

    @property
    def remaining_tokens(self) -> Optional[int]:
        """Tokens left in the window (`x-ratelimit-remaining-tokens`)."""
        return self._field("remaining_tokens")

    @property
    def reset_requests(self) -> Optional[datetime.timedelta]:
        """Time until the request budget is fully restored (`x-ratelimit-reset-requests`)."""
        return self._field("reset_requests")

    @property
    def reset_tokens(self) -> Optional[datetime.timedelta]:
        """Time until the token budget is fully restored (`x-ratelimit-reset-tokens`)."""
        return self._field("reset_tokens")

    @property
    def retry_after(self) -> Optional[datetime.timedelta]:
        """The wait the server asked for (`retry-after-ms`, else `retry-after` in seconds)."""
        return self._field("retry_after")

    def to_dict(self) -> Dict[str, Any]:
        """Every field by name."""
        return {name: self._field(name) for name in _FIELDS}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RateLimits):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]  # equality by value, and the headers may change

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={value!r}" for name, value in self.to_dict().items() if value is not None)
        return f"RateLimits({fields})"
