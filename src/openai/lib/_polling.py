"""Polling an object until it settles (vector store files and batches, assistant runs).

The schedule is written once: `poll_headers` says what every poll request carries, `poll_delay`
how long to wait between requests; `poll` and `async_poll` are the two loops around them.
A loop is given `fetch(headers)`, which sends one GET through `with_raw_response` (the delay can
come from a response header), and `done(value)`, which says when to stop. `poll_retrieve` /
`async_poll_retrieve` are the usual case: poll a resource's own `retrieve`.

The pause is chosen once, as 1.102.0 chooses it: the caller's `poll_interval_ms`, else what the
first response's `openai-poll-after-ms` header says, else `DEFAULT_POLL_INTERVAL_MS`; every later
pause is the same.
"""

from __future__ import annotations

from typing import Any, Awaitable, Callable, Dict, Mapping, Optional, TypeVar, Union

from .._types import NotGiven

__all__ = [
    "DEFAULT_POLL_INTERVAL_MS",
    "PollInterval",
    "poll_headers",
    "poll_delay",
    "poll",
    "async_poll",
    "poll_retrieve",
    "async_poll_retrieve",
]

_T = TypeVar("_T")

# Used when neither the caller nor the server says how often to ask.
DEFAULT_POLL_INTERVAL_MS = 1000

PollInterval = Union[int, NotGiven]


def poll_headers(poll_interval_ms: PollInterval, extra_headers: Optional[Mapping[str, Any]] = None) -> Dict[str, Any]:
    """The headers of each poll request, in the order 1.102.0 sends them: that it is one, the
    caller's own headers, and the caller's interval if chosen."""
    headers: Dict[str, Any] = {"X-Stainless-Poll-Helper": "true", **(extra_headers or {})}
    if not isinstance(poll_interval_ms, NotGiven):
        headers["X-Stainless-Custom-Poll-Interval"] = str(poll_interval_ms)
    return headers


def poll_delay(response_headers: Mapping[str, str], poll_interval_ms: PollInterval) -> float:
    """Seconds to wait between requests: the caller's interval, else the server's
    `openai-poll-after-ms` header on `response_headers`, else `DEFAULT_POLL_INTERVAL_MS`."""
    if not isinstance(poll_interval_ms, NotGiven):
        return max(poll_interval_ms, 0) / 1000
    advised = response_headers.get("openai-poll-after-ms")
    try:
        milliseconds = float(advised) if advised is not None else DEFAULT_POLL_INTERVAL_MS
    except ValueError:  # a malformed header is no reason to fail the caller's wait
        milliseconds = DEFAULT_POLL_INTERVAL_MS
    return max(milliseconds, 0) / 1000


def poll(
    fetch: Callable[[Dict[str, Any]], Any],
    *,
    done: Callable[[_T], bool],
    poll_interval_ms: PollInterval,
    sleep: Callable[[float], None],
    extra_headers: Optional[Mapping[str, Any]] = None,
) -> _T:
    """Call `fetch(headers)` (returning a `LegacyAPIResponse`) until `done(parsed value)`; returns
    that value. `sleep` is the resource's `_sleep`, so tests can stub it. `extra_headers` (the
    caller's) go into every request's headers."""
    headers = poll_headers(poll_interval_ms, extra_headers)
    delay: Optional[float] = None
    while True:
        response = fetch(headers)
        value: _T = response.parse()
        if done(value):
            return value
        if delay is None:
            delay = poll_delay(response.headers, poll_interval_ms)
        sleep(delay)


async def async_poll(
    fetch: Callable[[Dict[str, Any]], Awaitable[Any]],
    *,
    done: Callable[[_T], bool],
    poll_interval_ms: PollInterval,
    sleep: Callable[[float], Awaitable[None]],
    extra_headers: Optional[Mapping[str, Any]] = None,
) -> _T:
    """`poll` for the async client: `fetch` and `sleep` are awaited (and cancellable)."""
    headers = poll_headers(poll_interval_ms, extra_headers)
    delay: Optional[float] = None
    while True:
        response = await fetch(headers)
        value: _T = response.parse()
        if done(value):
            return value
        if delay is None:
            delay = poll_delay(response.headers, poll_interval_ms)
        await sleep(delay)


def poll_retrieve(
    resource: Any, object_id: str, *, done: Callable[[_T], bool], poll_interval_ms: PollInterval, **ids: str
) -> _T:
    """`poll` over `resource.retrieve(object_id, **ids)` (e.g. `vector_store_id=...`), pausing with
    the resource's `_sleep`."""
    raw = resource.with_raw_response
    return poll(
        lambda headers: raw.retrieve(object_id, extra_headers=headers, **ids),
        done=done,
        poll_interval_ms=poll_interval_ms,
        sleep=resource._sleep,
    )


async def async_poll_retrieve(
    resource: Any, object_id: str, *, done: Callable[[_T], bool], poll_interval_ms: PollInterval, **ids: str
) -> _T:
    """`poll_retrieve` for an async resource."""
    raw = resource.with_raw_response
    return await async_poll(
        lambda headers: raw.retrieve(object_id, extra_headers=headers, **ids),
        done=done,
        poll_interval_ms=poll_interval_ms,
        sleep=resource._sleep,
    )
