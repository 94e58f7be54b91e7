"""The `x-ratelimit-*` headers the fake sends, from a one-minute window of what it answered.

The real API reports, on every reply, its request and token budgets, what is left of them and
when they refill; code that reads them (`openai.RateLimits`, a `Limiter`) gets the same here.
The fake only reports: it never refuses a request for its budget (script a 429 for that).
"""

from __future__ import annotations

import threading
import time
from collections import deque
from typing import Any, Callable, Deque, Dict, Tuple

from ._core import Reply

__all__ = ["RateWindow", "format_duration"]

WINDOW = 60.0


def format_duration(seconds: float) -> str:
    """A duration as the API writes it: `20ms`, `1.5s`, `6m0s`, `1h2m3.5s`."""
    if seconds < 1:
        return f"{max(int(seconds * 1000), 0)}ms"
    minutes, rest = divmod(seconds, 60)
    hours, minutes = divmod(int(minutes), 60)
    text = f"{rest:.3f}".rstrip("0").rstrip(".") + "s"
    if hours:
        return f"{hours}h{minutes}m{text}"
    return f"{minutes}m{text}" if minutes else text


class RateWindow:
    """Requests and tokens answered in the last minute, against the configured budgets."""

    def __init__(
        self, requests_per_minute: int, tokens_per_minute: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.requests_per_minute = requests_per_minute
        self.tokens_per_minute = tokens_per_minute
        self._clock = clock
        self._seen: Deque[Tuple[float, int]] = deque()  # (when, tokens) per reply
        self._lock = threading.Lock()

    def headers(self, reply: Reply) -> Dict[str, str]:
        tokens = _tokens_of(reply.json)
        now = self._clock()
        with self._lock:
            seen = self._seen
            while seen and seen[0][0] <= now - WINDOW:
                seen.popleft()
            seen.append((now, tokens))
            used_requests = len(seen)
            used_tokens = sum(count for _, count in seen)
            oldest = seen[0][0]
        refill = max(oldest + WINDOW - now, 0.0)
        return {
            "x-ratelimit-limit-requests": str(self.requests_per_minute),
            "x-ratelimit-limit-tokens": str(self.tokens_per_minute),
            "x-ratelimit-remaining-requests": str(max(self.requests_per_minute - used_requests, 0)),
            "x-ratelimit-remaining-tokens": str(max(self.tokens_per_minute - used_tokens, 0)),
            "x-ratelimit-reset-requests": format_duration(
                min(refill, WINDOW * used_requests / self.requests_per_minute)
            ),
            "x-ratelimit-reset-tokens": format_duration(min(refill, WINDOW * used_tokens / self.tokens_per_minute)),
        }


def _tokens_of(body: Any) -> int:
    usage = body.get("usage") if isinstance(body, dict) else None
    if isinstance(usage, dict) and isinstance(usage.get("total_tokens"), int):
        return int(usage["total_tokens"])
    return 0
