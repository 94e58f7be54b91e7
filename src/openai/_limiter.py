"""`Limiter`: keep a client (or several) under a requests-per-minute and tokens-per-minute budget.

    limiter = Limiter(requests_per_minute=500, tokens_per_minute=200_000)
    client = OpenAI(limiter=limiter)          # the same limiter may serve many clients,
    aclient = AsyncOpenAI(limiter=limiter)    # sync and async alike

How it decides: every request sent in the last 60 seconds is a ticket in a window (when it was
sent, how many tokens it is charged). A request may go when the window has room for one more
request and for its tokens; otherwise its caller sleeps until the oldest tickets that are in the
way leave the window, then looks again (a sleep, never a spin; async callers `await`). So no
60-second span ever holds more than the budget.

A request's tokens are estimated before sending (`estimate_tokens`: about 4 characters per token
of its input, plus the output it may produce, which the API counts against the budget too), and
replaced by the `usage` of the response once the client parses it.

The server has the last word: a 429, or a response saying a budget is spent (`remaining_* == 0`),
pauses every caller of the limiter until the reset the headers announce. Fifty tasks hitting a
429 at once make one pause, after which they go on; not fifty separate back-offs.

All state sits behind one `threading.Lock`, held for a few arithmetic steps and never across a
sleep, so threads and event loops can share a limiter.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from typing import Any, Awaitable, Callable, Deque, Dict, Generator, Mapping, Optional, Tuple, cast

__all__ = ["Limiter", "LimiterStats", "estimate_tokens"]

_WINDOW = 60.0
# Clock readings that differ by less than this are the same moment (float sums drift).
_EPSILON = 1e-9
# The request fields that bound the output: the API charges them to the token budget up front.
_OUTPUT_FIELDS = ("max_completion_tokens", "max_output_tokens", "max_tokens")
# An inline image or file (`data:...;base64,...`) is not text: charge it a flat amount.
_DATA_URL_CHARS = 4 * 1000


def _text_chars(value: object, depth: int = 0) -> int:
    """Characters of text in a request body; numbers in lists (token arrays) count as a token."""
    if isinstance(value, str):
        return _DATA_URL_CHARS if value.startswith("data:") and len(value) > _DATA_URL_CHARS else len(value)
    if depth > 32:  # a pathological body; what was counted so far will do
        return 0
    if isinstance(value, Mapping):
        return sum(_text_chars(item, depth + 1) for item in value.values())  # type: ignore[misc]
    if isinstance(value, (list, tuple)):
        return sum(4 if isinstance(item, int) else _text_chars(item, depth + 1) for item in value)  # type: ignore[misc]
    return 0


def estimate_tokens(body: object) -> int:
    """Tokens a request is likely to be charged: its text at ~4 characters per token, plus the
    most output it asks for (`max_completion_tokens` / `max_output_tokens` / `max_tokens`, times
    `n` choices). A body that is not a JSON object (a GET, an upload) costs nothing."""
    if not isinstance(body, Mapping):
        return 0
    chars = _text_chars(body)
    output = 0
    for name in _OUTPUT_FIELDS:
        value = body.get(name)  # type: ignore[union-attr]
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            output = value
            break
    choices = body.get("n")  # type: ignore[union-attr]
    if isinstance(choices, int) and not isinstance(choices, bool) and choices > 1:
        output *= choices
    return (chars + 3) // 4 + output


def _usage_tokens(parsed: object) -> Optional[int]:
    """`usage.total_tokens` of a parsed response (a model or a plain dict), if it has one."""
    usage = parsed.get("usage") if isinstance(parsed, dict) else getattr(parsed, "usage", None)  # type: ignore[union-attr]
    if usage is None:
        return None
    total = usage.get("total_tokens") if isinstance(usage, dict) else getattr(usage, "total_tokens", None)  # type: ignore[union-attr]
    if isinstance(total, int) and not isinstance(total, bool) and total >= 0:
        return total
    return None


class _Ticket:
    """One request in the window: when it was let through and the tokens charged for it."""

    __slots__ = ("at", "tokens", "live")

    def __init__(self, at: float, tokens: int) -> None:
        self.at = at
        self.tokens = tokens
        self.live = True  # False once it has left the window


class LimiterStats:
    """A snapshot of a `Limiter` (from `limiter.stats()`)."""

    __slots__ = (
        "requests_per_minute",
        "tokens_per_minute",
        "requests_in_window",
        "tokens_in_window",
        "paused_for",
        "requests",
        "waits",
        "waited",
        "pauses",
        "rate_limited",
    )

    requests_per_minute: Optional[float]
    tokens_per_minute: Optional[float]
    requests_in_window: int
    """Requests let through in the last 60 seconds."""
    tokens_in_window: int
    """Tokens charged for them (estimates, corrected by `usage` where responses were parsed)."""
    paused_for: float
    """Seconds left of a pause the server asked for (0 when not paused)."""
    requests: int
    """Requests let through since the limiter was made."""
    waits: int
    """How many of them had to wait."""
    waited: float
    """Seconds they waited, in all."""
    pauses: int
    """Pauses started by the server (429s or spent budgets); overlapping ones count once."""
    rate_limited: int
    """429 responses seen."""

    def __init__(self, **values: Any) -> None:
        for name in self.__slots__:
            setattr(self, name, values[name])

    def as_dict(self) -> Dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LimiterStats) and self.as_dict() == other.as_dict()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return "LimiterStats(" + ", ".join(f"{k}={v!r}" for k, v in self.as_dict().items()) + ")"


def _check_rate(name: str, value: Optional[float]) -> Optional[float]:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value >= 1:
        raise ValueError(f"`{name}` must be a number >= 1 or None, got {value!r}")
    return float(value)


class Limiter:
    """A client-side budget of requests and tokens per minute, shared by every client given it.

    `requests_per_minute` / `tokens_per_minute`: the budgets (None: that one is not limited).
    `max_pause`: the longest the server can pause callers for in one go (a daily limit's reset
    may be hours away; past this, requests go out and fail as they would without a limiter).
    `default_pause`: the pause after a 429 that says nothing about when to retry.
    `clock`, `sleep`, `async_sleep`: the time source and the ways to wait (monotonic seconds,
    `time.sleep`, `anyio.sleep`); tests pass fakes.
    """

    def __init__(
        self,
        requests_per_minute: Optional[float] = None,
        tokens_per_minute: Optional[float] = None,
        *,
        max_pause: float = 60.0,
        default_pause: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Any] = time.sleep,
        async_sleep: Optional[Callable[[float], Awaitable[Any]]] = None,
    ) -> None:
        self._rpm = _check_rate("requests_per_minute", requests_per_minute)
        self._tpm = _check_rate("tokens_per_minute", tokens_per_minute)
        if max_pause < 0 or default_pause < 0:
            raise ValueError("`max_pause` and `default_pause` must not be negative")
        self._max_pause = float(max_pause)
        self._default_pause = float(default_pause)
        self._clock = clock
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._lock = threading.Lock()
        self._window: Deque[_Ticket] = deque()
        self._window_tokens = 0
        self._paused_until = float("-inf")
        self._requests = 0
        self._waits = 0
        self._waited = 0.0
        self._pauses = 0
        self._rate_limited = 0

    @property
    def requests_per_minute(self) -> Optional[float]:
        return self._rpm

    @property
    def tokens_per_minute(self) -> Optional[float]:
        return self._tpm

    def __repr__(self) -> str:
        return f"Limiter(requests_per_minute={self._rpm!r}, tokens_per_minute={self._tpm!r})"

    # ---- deciding (under the lock) ---------------------------------------------------------

    def _expire(self, now: float) -> None:
        window = self._window
        while window and window[0].at + _WINDOW <= now + _EPSILON:
            ticket = window.popleft()
            ticket.live = False
            self._window_tokens -= ticket.tokens

    def _try_take(self, tokens: int, now: float) -> Tuple[Optional[_Ticket], float]:
        """A ticket if the request may go now, else None and how long to wait before looking again."""
        self._expire(now)
        if now < self._paused_until:
            return None, self._paused_until - now
        window = self._window
        # How many of the oldest tickets must leave before this request fits.
        over_requests = 0 if self._rpm is None else len(window) + 1 - int(self._rpm)
        over_tokens = 0.0
        if self._tpm is not None:
            # A request larger than the whole budget goes alone, once the window is empty.
            over_tokens = self._window_tokens + min(tokens, self._tpm) - self._tpm
        if over_requests <= 0 and over_tokens <= 0:
            ticket = _Ticket(now, tokens)
            window.append(ticket)
            self._window_tokens += tokens
            self._requests += 1
            return ticket, 0.0
        leaving = 0
        for ticket in window:
            leaving += 1
            over_requests -= 1
            over_tokens -= ticket.tokens
            if over_requests <= 0 and over_tokens <= 0:
                return None, max(ticket.at + _WINDOW - now, _EPSILON)
        return None, max(window[-1].at + _WINDOW - now, _EPSILON)  # not reached: the window empties

    def _note_wait(self, waited: float) -> None:
        if waited > 0:
            with self._lock:
                self._waits += 1
                self._waited += waited

    # ---- asking ------------------------------------------------------------------------------

    def _wait_steps(self, tokens: int) -> Generator[float, None, _Ticket]:
        """Yields how long to wait until a request charged `tokens` may go, then returns its
        ticket: the logic of `acquire` and `acquire_async`, which only differ in how they wait."""
        start: Optional[float] = None
        while True:
            with self._lock:
                now = self._clock()
                ticket, wait = self._try_take(tokens, now)
            if ticket is not None:
                if start is not None:
                    self._note_wait(now - start)
                return ticket
            if start is None:
                start = now
            yield wait

    def acquire(self, tokens: int = 0) -> _Ticket:
        """Block (sleeping) until a request charged `tokens` may go; returns its ticket."""
        steps = self._wait_steps(tokens)
        try:
            while True:
                self._sleep(next(steps))
        except StopIteration as done:
            return cast(_Ticket, done.value)

    async def acquire_async(self, tokens: int = 0) -> _Ticket:
        """`acquire` for async callers: awaits instead of blocking the event loop."""
        sleep = self._async_sleep
        if sleep is None:
            import anyio

            sleep = anyio.sleep
        steps = self._wait_steps(tokens)
        try:
            while True:
                await sleep(next(steps))
        except StopIteration as done:
            return cast(_Ticket, done.value)

    def estimate_tokens(self, body: object) -> int:
        """The tokens charged to a request with this JSON body before its `usage` is known
        (`estimate_tokens` of this module; override to count differently)."""
        return estimate_tokens(body)

    # ---- learning from responses ---------------------------------------------------------------

    def observe(self, status_code: int, headers: Mapping[str, str]) -> bool:
        """Take in a response's status and headers; True when they paused the limiter (a 429, or
        a spent budget), so that the caller's retry can skip its own back-off and wait here."""
        pause: Optional[float]
        if status_code == 429:
            pause = self._pause_for_429(headers)
        else:
            # The common case, kept to two dictionary look-ups.
            spent_requests = headers.get("x-ratelimit-remaining-requests") == "0"
            spent_tokens = headers.get("x-ratelimit-remaining-tokens") == "0"
            if not (spent_requests or spent_tokens):
                return False
            pause = self._reset_of(headers, spent_requests, spent_tokens)
            if pause is None:
                return False
        self._pause(min(pause, self._max_pause), rate_limited=status_code == 429)
        return True

    def _reset_of(self, headers: Mapping[str, str], requests: bool, tokens: bool) -> Optional[float]:
        from ._rate_limits import RateLimits

        limits = RateLimits.from_headers(headers)
        resets = []
        if requests and limits.reset_requests is not None:
            resets.append(limits.reset_requests.total_seconds())
        if tokens and limits.reset_tokens is not None:
            resets.append(limits.reset_tokens.total_seconds())
        return max(resets) if resets else None

    def _pause_for_429(self, headers: Mapping[str, str]) -> float:
        from ._rate_limits import RateLimits

        limits = RateLimits.from_headers(headers)
        if limits.retry_after is not None:
            return limits.retry_after.total_seconds()
        spent_requests = limits.remaining_requests == 0
        spent_tokens = limits.remaining_tokens == 0
        if not (spent_requests or spent_tokens):  # which budget is not said: wait for both
            spent_requests = spent_tokens = True
        reset = self._reset_of(headers, spent_requests, spent_tokens)
        return self._default_pause if reset is None else reset

    def _pause(self, seconds: float, *, rate_limited: bool) -> None:
        with self._lock:
            now = self._clock()
            if rate_limited:
                self._rate_limited += 1
            if now >= self._paused_until:
                self._pauses += 1
            self._paused_until = max(self._paused_until, now + seconds)

    def pause(self, seconds: float) -> None:
        """Hold every caller for `seconds` from now (longer pauses already set are kept)."""
        self._pause(seconds, rate_limited=False)

    def settle(self, ticket: _Ticket, parsed: object) -> None:
        """Charge a request what its response's `usage` says it cost, instead of the estimate."""
        used = _usage_tokens(parsed)
        if used is None:
            return
        with self._lock:
            if ticket.live:  # a ticket that left the window no longer counts
                self._window_tokens += used - ticket.tokens
            ticket.tokens = used

    # ---- reading ---------------------------------------------------------------------------------

    def stats(self) -> LimiterStats:
        """The limiter's state now: what the window holds, pauses, waits."""
        with self._lock:
            now = self._clock()
            self._expire(now)
            return LimiterStats(
                requests_per_minute=self._rpm,
                tokens_per_minute=self._tpm,
                requests_in_window=len(self._window),
                tokens_in_window=self._window_tokens,
                paused_for=max(self._paused_until - now, 0.0),
                requests=self._requests,
                waits=self._waits,
                waited=self._waited,
                pauses=self._pauses,
                rate_limited=self._rate_limited,
            )
