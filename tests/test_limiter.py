"""`openai.Limiter`: client-side requests/tokens-per-minute budgets and server backpressure.

Time is virtual: a fake clock that the limiter reads, and sleeps that advance it. For the async
tests `VirtualTime` runs the tasks and moves the clock to the next sleeper's deadline only when
every task is asleep, so the tests take milliseconds and their timings are exact.
"""

from __future__ import annotations

import asyncio
import heapq
import json
import threading
from typing import Any, Awaitable, Dict, List, Optional, Tuple

import httpx
import pytest

import openai
from openai import AsyncOpenAI, Limiter, OpenAI
from openai._limiter import LimiterStats, estimate_tokens

pytestmark = pytest.mark.anyio

BASE = "http://limits.test/v1"


class FakeClock:
    """A clock for sync code: `sleep` advances it."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: List[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds > 0, "a limiter must never spin"
        self.sleeps.append(seconds)
        self.now += seconds


class VirtualTime(FakeClock):
    """A clock for asyncio tasks: sleepers wake in deadline order, time jumps when all sleep."""

    def __init__(self) -> None:
        super().__init__()
        self._sleepers: List[Tuple[float, int, "asyncio.Future[None]"]] = []
        self._seq = 0

    async def async_sleep(self, seconds: float) -> None:
        assert seconds > 0, "a limiter must never spin"
        self.sleeps.append(seconds)
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._seq += 1
        heapq.heappush(self._sleepers, (self.now + seconds, self._seq, future))
        await future

    async def run(self, coroutines: List[Awaitable[Any]]) -> List[Any]:
        tasks = [asyncio.ensure_future(c) for c in coroutines]
        for _ in range(1_000_000):
            await asyncio.sleep(0)
            live = [t for t in tasks if not t.done()]
            if not live:
                return [t.result() for t in tasks]
            if len(self._sleepers) == len(live):  # everyone waits for time to pass
                deadline = self._sleepers[0][0]
                self.now = max(self.now, deadline)
                while self._sleepers and self._sleepers[0][0] <= deadline:
                    heapq.heappop(self._sleepers)[2].set_result(None)
        raise AssertionError("tasks never finished")


def _limiter(clock: FakeClock, **kwargs: Any) -> Limiter:
    async_sleep = clock.async_sleep if isinstance(clock, VirtualTime) else None
    return Limiter(clock=clock, sleep=clock.sleep, async_sleep=async_sleep, **kwargs)


def _max_in_any_window(times: List[float], weights: Optional[List[int]] = None, window: float = 60.0) -> float:
    """The most requests (or tokens) that fall in any half-open span [t, t + window)."""
    pairs = sorted(zip(times, weights or [1] * len(times)))
    best, total, start = 0.0, 0.0, 0
    for at, weight in pairs:
        total += weight
        while pairs[start][0] <= at - window:
            total -= pairs[start][1]
            start += 1
        best = max(best, total)
    return best


def _chat_reply(tokens: int = 10, headers: Optional[Dict[str, str]] = None) -> httpx.Response:
    body = {
        "id": "c",
        "object": "chat.completion",
        "created": 1,
        "model": "m",
        "choices": [
            {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "hi"}, "logprobs": None}
        ],
        "usage": {"prompt_tokens": tokens - 1, "completion_tokens": 1, "total_tokens": tokens},
    }
    return httpx.Response(200, json=body, headers=headers or {})


MESSAGES: Any = [{"role": "user", "content": "x" * 40}]  # ~10 tokens of input


# ---- the arithmetic, with a fake clock ---------------------------------------------------------


def test_requests_per_minute_spread_sync_callers_over_minutes() -> None:
    clock = FakeClock()
    limiter = _limiter(clock, requests_per_minute=3)
    granted = []
    for _ in range(7):
        limiter.acquire()
        granted.append(clock.now)
    assert granted == [0, 0, 0, 60, 60, 60, 120]
    assert clock.sleeps == [60, 60]  # one sleep per wait, for exactly as long as needed
    stats = limiter.stats()
    assert (stats.requests, stats.waits, stats.waited, stats.requests_in_window) == (7, 2, 120, 1)


def test_tokens_per_minute_wait_for_enough_old_tokens_to_leave() -> None:
    clock = FakeClock()
    limiter = _limiter(clock, tokens_per_minute=100)
    limiter.acquire(60)
    clock.now = 10
    limiter.acquire(30)
    clock.now = 20
    limiter.acquire(50)  # needs the first ticket (60 tokens, sent at 0) gone: at 60
    assert clock.now == 60
    assert limiter.stats().tokens_in_window == 80


def test_a_request_bigger_than_the_budget_goes_alone() -> None:
    clock = FakeClock()
    limiter = _limiter(clock, tokens_per_minute=100)
    limiter.acquire(10)
    limiter.acquire(500)  # waits for an empty window rather than forever
    assert clock.now == 60
    limiter.acquire(1)
    assert clock.now == 120


def test_both_budgets_must_allow_a_request() -> None:
    clock = FakeClock()
    limiter = _limiter(clock, requests_per_minute=10, tokens_per_minute=100)
    for _ in range(5):
        limiter.acquire(20)
    assert clock.now == 0
    limiter.acquire(1)  # 5 requests is within 10, but 101 tokens is over 100
    assert clock.now == 60


def test_a_limiter_with_no_budgets_never_waits() -> None:
    clock = FakeClock()
    limiter = _limiter(clock)
    for _ in range(1000):
        limiter.acquire(10**6)
    assert clock.sleeps == [] and limiter.stats().requests == 1000


@pytest.mark.parametrize("bad", [0, -5, 0.5, "10", True, float("nan")])
def test_budgets_are_checked(bad: Any) -> None:
    with pytest.raises(ValueError, match="requests_per_minute"):
        Limiter(requests_per_minute=bad)
    with pytest.raises(ValueError, match="tokens_per_minute"):
        Limiter(tokens_per_minute=bad)
    with pytest.raises(ValueError, match="max_pause"):
        Limiter(max_pause=-1)


def test_settling_replaces_the_estimate_with_the_usage() -> None:
    clock = FakeClock()
    limiter = _limiter(clock, tokens_per_minute=100)
    ticket = limiter.acquire(90)
    limiter.settle(ticket, {"usage": {"total_tokens": 20}})
    assert limiter.stats().tokens_in_window == 20
    limiter.acquire(80)  # fits now that the first request is charged 20
    assert clock.now == 0
    limiter.settle(ticket, {"usage": None})  # no usage: nothing changes
    limiter.settle(ticket, object())
    assert limiter.stats().tokens_in_window == 100
    clock.now = 61
    limiter.settle(ticket, {"usage": {"total_tokens": 5}})  # left the window: does not count any more
    assert limiter.stats().tokens_in_window == 0


def test_estimates_count_input_text_and_requested_output() -> None:
    assert estimate_tokens(None) == 0 and estimate_tokens(b"bytes") == 0
    assert estimate_tokens({"input": "x" * 400}) == 100
    assert estimate_tokens({"messages": [{"role": "user", "content": "y" * 396}]}) == 100  # "user" counts too
    assert estimate_tokens({"input": "abcd", "max_output_tokens": 50}) == 51
    assert estimate_tokens({"prompt": "abcd", "max_tokens": 50, "n": 3}) == 151
    assert estimate_tokens({"input": "abcd", "max_completion_tokens": 7, "max_tokens": 1000}) == 8
    assert estimate_tokens({"input": [[1, 2, 3], [4]]}) == 4  # token arrays: one token per number
    image = "data:image/png;base64," + "A" * 100_000
    assert estimate_tokens({"input": image}) == 1000  # an inline file costs a flat amount, not its base64


def test_stats_is_a_snapshot() -> None:
    clock = FakeClock()
    limiter = _limiter(clock, requests_per_minute=5, tokens_per_minute=50)
    limiter.acquire(7)
    stats = limiter.stats()
    assert isinstance(stats, LimiterStats)
    assert stats.as_dict() == {
        "requests_per_minute": 5.0,
        "tokens_per_minute": 50.0,
        "requests_in_window": 1,
        "tokens_in_window": 7,
        "paused_for": 0.0,
        "requests": 1,
        "waits": 0,
        "waited": 0.0,
        "pauses": 0,
        "rate_limited": 0,
    }
    assert "requests_in_window=1" in repr(stats)
    assert repr(limiter) == "Limiter(requests_per_minute=5.0, tokens_per_minute=50.0)"


# ---- server backpressure -----------------------------------------------------------------------


def test_a_429_pauses_every_caller_until_the_announced_reset() -> None:
    clock = FakeClock()
    limiter = _limiter(clock)
    assert limiter.observe(429, httpx.Headers({"retry-after-ms": "2500"})) is True
    assert limiter.stats().paused_for == 2.5
    limiter.acquire()
    assert clock.now == 2.5
    assert limiter.stats().pauses == 1 and limiter.stats().rate_limited == 1


def test_which_reset_a_429_waits_for() -> None:
    clock = FakeClock()
    limiter = _limiter(clock, default_pause=0.75)
    headers = {
        "x-ratelimit-remaining-tokens": "0",
        "x-ratelimit-reset-tokens": "4s",
        "x-ratelimit-reset-requests": "9s",
    }
    limiter.observe(429, headers)  # the spent budget's reset, not the other one
    assert limiter.stats().paused_for == 4
    clock.now = 100
    limiter.observe(429, {"x-ratelimit-reset-tokens": "4s", "x-ratelimit-reset-requests": "9s"})
    assert limiter.stats().paused_for == 9  # not said which: the later reset
    clock.now = 200
    limiter.observe(429, {})
    assert limiter.stats().paused_for == 0.75  # nothing said at all
    assert limiter.stats().pauses == 3


def test_spent_budgets_on_a_success_pause_too() -> None:
    clock = FakeClock()
    limiter = _limiter(clock)
    assert limiter.observe(200, {"x-ratelimit-remaining-requests": "1", "x-ratelimit-reset-requests": "5s"}) is False
    assert limiter.observe(200, {"x-ratelimit-remaining-requests": "0"}) is False  # no reset announced
    assert limiter.observe(200, {"x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "5s"}) is True
    assert limiter.stats().paused_for == 5 and limiter.stats().rate_limited == 0


def test_pauses_overlap_into_one_and_are_capped() -> None:
    clock = FakeClock()
    limiter = _limiter(clock, max_pause=30)
    for _ in range(50):
        limiter.observe(429, {"retry-after": "2"})
    limiter.observe(429, {"retry-after": "1"})  # a shorter pause does not shorten the current one
    assert limiter.stats().pauses == 1 and limiter.stats().paused_for == 2
    clock.now = 10
    limiter.observe(200, {"x-ratelimit-remaining-tokens": "0", "x-ratelimit-reset-tokens": "6h"})
    assert limiter.stats().paused_for == 30 and limiter.stats().pauses == 2
    limiter.pause(45)
    assert limiter.stats().paused_for == 45


# ---- through the clients --------------------------------------------------------------------------


async def test_1000_calls_from_50_tasks_stay_within_both_budgets() -> None:
    clock = VirtualTime()
    limiter = _limiter(clock, requests_per_minute=120, tokens_per_minute=3000)
    sent: List[float] = []
    charged: List[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(clock.now)
        charged.append(20)
        return _chat_reply(tokens=20)  # the estimate is 41 (input and max_tokens); usage says 20

    client = AsyncOpenAI(
        api_key="k",
        base_url=BASE,
        limiter=limiter,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
    )

    async def worker() -> None:
        for _ in range(20):
            await client.chat.completions.create(model="m", messages=MESSAGES, max_tokens=30)

    await clock.run([worker() for _ in range(50)])
    assert len(sent) == 1000
    assert _max_in_any_window(sent) <= 120
    assert _max_in_any_window(sent, charged) <= 3000
    # Requests were the binding budget (150 x 20 tokens per minute would fit): it ran at that
    # rate, not slower. 1000 requests at 120 a minute: the last batch goes at minute 8.
    assert sent[-1] == 8 * 60
    assert len(clock.sleeps) <= 2 * 1000  # sleeping waits, not polling
    stats = limiter.stats()
    assert stats.requests == 1000 and stats.pauses == 0
    assert stats.tokens_in_window == 20 * stats.requests_in_window  # usage replaced the estimates


async def test_a_429_storm_makes_one_pause_not_fifty_retries(sleeps: List[float]) -> None:
    clock = VirtualTime()
    limiter = _limiter(clock, requests_per_minute=10_000)
    log: List[Tuple[float, int]] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0)  # let every task send before the first answer: a real storm
        status = 429 if clock.now < 2 else 200
        log.append((clock.now, status))
        if status == 429:
            return httpx.Response(429, json={"error": {"message": "slow down"}}, headers={"retry-after": "2"})
        return _chat_reply()

    client = AsyncOpenAI(
        api_key="k",
        base_url=BASE,
        limiter=limiter,
        max_retries=5,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
    )

    async def call() -> int:
        response = await client.chat.completions.with_raw_response.create(model="m", messages=MESSAGES)
        return response.retries_taken

    retries = await clock.run([call() for _ in range(50)])
    assert [s for _, s in log].count(429) == 50  # the storm: all 50 were in flight
    assert all(at == 2 for at, status in log if status == 200)  # nobody went again before the reset
    assert retries == [1] * 50  # each call went again exactly once, right after the pause
    assert sleeps == []  # the clients' own back-off was replaced by the one pause
    stats = limiter.stats()
    assert stats.pauses == 1 and stats.rate_limited == 50


def test_sync_client_waits_out_a_spent_budget() -> None:
    clock = FakeClock()
    limiter = _limiter(clock)
    sent: List[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(clock.now)
        headers = (
            {"x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "1.5s"} if len(sent) == 1 else {}
        )
        return _chat_reply(headers=headers)

    client = OpenAI(
        api_key="k", base_url=BASE, limiter=limiter, http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    client.chat.completions.create(model="m", messages=MESSAGES)
    client.chat.completions.create(model="m", messages=MESSAGES)
    client.chat.completions.create(model="m", messages=MESSAGES)
    assert sent == [0, 1.5, 1.5]


def test_sync_client_429_retries_after_the_pause_without_its_own_backoff(sleeps: List[float]) -> None:
    clock = FakeClock()
    limiter = _limiter(clock)
    replies = [httpx.Response(429, json={"error": {"message": "x"}}, headers={"retry-after": "3"}), _chat_reply()]
    sent: List[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(clock.now)
        return replies.pop(0)

    client = OpenAI(
        api_key="k", base_url=BASE, limiter=limiter, http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    completion = client.chat.completions.create(model="m", messages=MESSAGES)
    assert completion.choices[0].message.content == "hi"
    assert sent == [0, 3] and sleeps == []


def test_a_429_without_a_limiter_still_backs_off_as_before(sleeps: List[float]) -> None:
    replies = [httpx.Response(429, json={"error": {"message": "x"}}, headers={"retry-after": "3"}), _chat_reply()]
    client = OpenAI(
        api_key="k", base_url=BASE, http_client=httpx.Client(transport=httpx.MockTransport(lambda r: replies.pop(0)))
    )
    client.chat.completions.create(model="m", messages=MESSAGES)
    assert sleeps == [3]


def test_a_429_when_retries_are_spent_still_pauses_the_others() -> None:
    clock = FakeClock()
    limiter = _limiter(clock)
    reply = httpx.Response(429, json={"error": {"message": "x"}}, headers={"retry-after": "3"})
    client = OpenAI(
        api_key="k",
        base_url=BASE,
        limiter=limiter,
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(lambda r: reply)),
    )
    with pytest.raises(openai.RateLimitError):
        client.models.list()
    assert limiter.stats().paused_for == 3


def test_one_limiter_is_shared_by_sync_and_async_clients_and_by_copies() -> None:
    clock = FakeClock()
    limiter = _limiter(clock, requests_per_minute=2)
    sent: List[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(f"{request.headers['x-stainless-async']}@{clock.now:g}")
        return _chat_reply()

    sync_client = OpenAI(
        api_key="k", base_url=BASE, limiter=limiter, http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    async_client = AsyncOpenAI(
        api_key="k",
        base_url=BASE,
        limiter=limiter,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
    )
    sync_client.chat.completions.create(model="m", messages=MESSAGES)
    asyncio.run(async_client.chat.completions.create(model="m", messages=MESSAGES))
    copy = sync_client.with_options(timeout=5)
    assert copy._limiter is limiter
    copy.chat.completions.create(model="m", messages=MESSAGES)  # third in the minute: waits
    assert sent == ["false@0", "async:asyncio@0", "false@60"]
    unlimited = sync_client.with_options(limiter=None)
    assert unlimited._limiter is None
    unlimited.chat.completions.create(model="m", messages=MESSAGES)
    assert clock.now == 60 and limiter.stats().requests == 3
    other = Limiter(requests_per_minute=5)
    assert sync_client.copy(limiter=other)._limiter is other


def test_threads_share_a_limiter_without_losing_count() -> None:
    limiter = Limiter(requests_per_minute=10_000)
    tickets: List[Any] = []

    def work() -> None:
        for _ in range(200):
            tickets.append(limiter.acquire(3))

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stats = limiter.stats()
    assert stats.requests == 1600 == stats.requests_in_window == len(set(map(id, tickets)))
    assert stats.tokens_in_window == 4800


def test_a_sync_caller_really_sleeps_with_the_default_sleep() -> None:
    limiter = Limiter(requests_per_minute=1)
    limiter.observe(429, {"retry-after-ms": "30"})
    start = __import__("time").monotonic()
    limiter.acquire()
    assert __import__("time").monotonic() - start >= 0.025


async def test_an_async_caller_does_not_block_the_event_loop() -> None:
    limiter = Limiter()
    limiter.observe(429, {"retry-after-ms": "50"})
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.005)

    task = asyncio.ensure_future(ticker())
    await limiter.acquire_async()
    task.cancel()
    assert ticks >= 4  # the loop kept running while the caller waited


def test_requests_without_a_limiter_are_not_touched() -> None:
    seen: List[Dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(json.loads(request.content))
        return _chat_reply()

    client = OpenAI(api_key="k", base_url=BASE, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    assert client._limiter is None
    response = client.chat.completions.with_raw_response.create(model="m", messages=MESSAGES)
    assert not hasattr(response.http_response, "_openai_limiter_ticket")
    assert seen == [{"messages": MESSAGES, "model": "m"}]


def test_usage_settles_the_estimate_through_the_client() -> None:
    clock = FakeClock()
    limiter = _limiter(clock, tokens_per_minute=1000)
    client = OpenAI(
        api_key="k",
        base_url=BASE,
        limiter=limiter,
        http_client=httpx.Client(transport=httpx.MockTransport(lambda r: _chat_reply(tokens=7))),
    )
    raw = client.chat.completions.with_raw_response.create(model="m", messages=MESSAGES, max_tokens=500)
    assert limiter.stats().tokens_in_window == estimate_tokens({"messages": MESSAGES, "model": "m", "max_tokens": 500})
    raw.parse()  # the usage is known once the body is parsed
    assert limiter.stats().tokens_in_window == 7


def test_a_limiter_must_be_a_limiter() -> None:
    with pytest.raises(TypeError, match="`limiter` must be an `openai.Limiter`"):
        OpenAI(api_key="k", limiter=object())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="`limiter` must be an `openai.Limiter`"):
        AsyncOpenAI(api_key="k").with_options(limiter="60/min")  # type: ignore[arg-type]


def test_azure_clients_take_a_limiter_through_with_options() -> None:
    clock = FakeClock()
    limiter = _limiter(clock, requests_per_minute=1)
    seen: List[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(clock.now)
        return _chat_reply()

    azure = openai.AzureOpenAI(
        api_key="k",
        api_version="2024-06-01",
        azure_endpoint="https://example.openai.azure.com",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    limited = azure.with_options(limiter=limiter)
    assert isinstance(limited, openai.AzureOpenAI) and limited._limiter is limiter and azure._limiter is None
    limited.chat.completions.create(model="deployment", messages=MESSAGES)
    limited.chat.completions.create(model="deployment", messages=MESSAGES)
    assert seen == [0, 60]
