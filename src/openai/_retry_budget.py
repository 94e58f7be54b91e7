"""`RetryBudget`: retries capped to a share of recent requests, for a whole client.

Per-request `max_retries` alone multiplies the load on a failing service: with 2 retries, a 5xx
storm triples the traffic just when the service can least take it. A budget lets retries absorb
occasional failures but not a storm: over the last `window` seconds, retries may number at most
`ratio` times the requests made (plus `min_retries`, so that a quiet client can still retry).
A retry refused by the budget is not made: the call raises the error it got.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from typing import Any, Callable, Deque, List

__all__ = ["RetryBudget"]

_BUCKETS = 10  # the window is counted in this many slices, so memory stays fixed under any rate


class RetryBudget:
    """A client-wide cap on retries; share one between clients to share the cap.

    `RetryBudget(ratio=0.2)` allows retries adding up to 20 % of the requests of the last
    `window` seconds, plus `min_retries` in any window. Thread-safe; usable from sync and async
    clients alike (it never waits, it only says yes or no).
    """

    def __init__(
        self,
        ratio: float = 0.2,
        *,
        min_retries: int = 3,
        window: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if ratio < 0:
            raise ValueError(f"`ratio` must be >= 0, got {ratio!r}")
        if min_retries < 0:
            raise ValueError(f"`min_retries` must be >= 0, got {min_retries!r}")
        if not window > 0:
            raise ValueError(f"`window` must be > 0 seconds, got {window!r}")
        self.ratio = ratio
        self.min_retries = min_retries
        self.window = window
        self._clock = clock
        self._slice = window / _BUCKETS
        # [slice number, requests, retries], oldest first.
        self._buckets: Deque[List[int]] = deque()
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"RetryBudget(ratio={self.ratio!r}, min_retries={self.min_retries!r}, window={self.window!r})"

    def _current(self) -> List[int]:
        now = int(self._clock() / self._slice)
        buckets = self._buckets
        while buckets and buckets[0][0] <= now - _BUCKETS:
            buckets.popleft()
        if not buckets or buckets[-1][0] != now:
            buckets.append([now, 0, 0])
        return buckets[-1]

    def record_request(self) -> None:
        """Count a first attempt."""
        with self._lock:
            self._current()[1] += 1

    def try_retry(self) -> bool:
        """Take one retry from the budget: True if allowed (and counted), False if spent."""
        with self._lock:
            current = self._current()
            requests = sum(b[1] for b in self._buckets)
            retries = sum(b[2] for b in self._buckets)
            if retries >= self.min_retries + self.ratio * requests:
                return False
            current[2] += 1
            return True

    def stats(self) -> "dict[str, int]":
        """Requests and retries counted in the current window."""
        with self._lock:
            self._current()
            return {"requests": sum(b[1] for b in self._buckets), "retries": sum(b[2] for b in self._buckets)}


class RetryGuard:
    """One request's view of the client's `deadline` and `retry_budget` (made per request, only
    when one of them is set)."""

    __slots__ = ("_deadline_at", "_budget")

    def __init__(self, deadline: "float | None", budget: "RetryBudget | None") -> None:
        self._deadline_at = None if deadline is None else time.monotonic() + deadline
        self._budget = budget
        if budget is not None:
            budget.record_request()

    def remaining(self) -> "float | None":
        if self._deadline_at is None:
            return None
        return self._deadline_at - time.monotonic()

    def cap_timeout(self, request: Any) -> None:
        """Shorten the attempt's timeouts to what is left of the deadline."""
        left = self.remaining()
        if left is None:
            return
        left = max(left, 0.001)  # an exhausted deadline still makes (and fails) the attempt
        timeout = dict(request.extensions.get("timeout") or {})
        for key in ("connect", "read", "write", "pool"):
            value = timeout.get(key)
            timeout[key] = left if value is None else min(value, left)
        request.extensions["timeout"] = timeout

    def allow_retry(self, delay: float) -> bool:
        """Whether a retry after `delay` seconds fits the deadline and the budget."""
        left = self.remaining()
        if left is not None and delay >= left:
            return False
        return self._budget is None or self._budget.try_retry()
