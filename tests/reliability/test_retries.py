"""Retries under faults: 5xx storms, long `retry-after`, hanging servers, `deadline`,
`RetryBudget`. Real sockets; pauses are real but short (or recorded by the `sleeps` fixture)."""

from __future__ import annotations

import time
from typing import Any, Callable, List

import httpx
import pytest

import openai
from openai import RetryBudget
from tests.reliability.conftest import call
from tests.reliability.fault_server import FaultServer, hanging_listener

pytestmark = pytest.mark.anyio


async def retrieve(client: Any) -> Any:
    return await call(client.models.retrieve("gpt-4o"))


# ----------------------------------------------------------------------------- the defaults, unchanged


async def test_a_5xx_storm_is_retried_max_retries_times(
    server: FaultServer, make: Callable[..., Any], sleeps: List[float], kind: str
) -> None:
    tag = f"storm-{kind}"
    client = make(server.url("status", code=503, tag=tag), max_retries=2)
    with pytest.raises(openai.InternalServerError) as caught:
        await retrieve(client)
    assert server.count("status", code=503, tag=tag) == 3 and len(sleeps) == 2
    assert caught.value.request_id == "req_fault"


async def test_a_long_retry_after_is_not_honoured_beyond_a_minute(
    server: FaultServer, make: Callable[..., Any], sleeps: List[float]
) -> None:
    client = make(server.url("status", code=429, retry_after=3600), max_retries=1)
    with pytest.raises(openai.RateLimitError):
        await retrieve(client)
    assert len(sleeps) == 1 and sleeps[0] <= 1.0  # the backoff instead, as 1.102.0


async def test_a_hanging_server_times_out(make: Callable[..., Any]) -> None:
    sock, url = hanging_listener()
    try:
        client = make(url, timeout=0.2)
        with pytest.raises(openai.APITimeoutError):
            await retrieve(client)
    finally:
        sock.close()


async def test_a_slow_drip_body_is_read_to_the_end(server: FaultServer, make: Callable[..., Any]) -> None:
    # Each byte comes within the read timeout: the call succeeds (the timeout is per read).
    client = make(server.url("drip", delay=0.002), timeout=0.5)
    assert (await retrieve(client)).id == "gpt-4o"


# ----------------------------------------------------------------------------- PoolTimeout


async def test_a_pool_timeout_is_not_retried(make: Callable[..., Any], sleeps: List[float], kind: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.PoolTimeout("no connection free", request=request)

    transport: Any = httpx.MockTransport(handler)
    http_client = httpx.Client(transport=transport) if kind == "sync" else httpx.AsyncClient(transport=transport)
    client = make("http://pool.test/v1", http_client=http_client, max_retries=3)
    with pytest.raises(openai.APITimeoutError) as caught:
        await retrieve(client)
    assert sleeps == []  # 1.102.0 retries it 3 times
    assert isinstance(caught.value.__cause__, httpx.PoolTimeout)
    assert "free connection in the pool" in str(caught.value)


async def test_other_timeouts_are_still_retried(make: Callable[..., Any], sleeps: List[float], kind: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    transport: Any = httpx.MockTransport(handler)
    http_client = httpx.Client(transport=transport) if kind == "sync" else httpx.AsyncClient(transport=transport)
    client = make("http://pool.test/v1", http_client=http_client, max_retries=2)
    with pytest.raises(openai.APITimeoutError):
        await retrieve(client)
    assert len(sleeps) == 2


# ----------------------------------------------------------------------------- deadline


async def test_a_deadline_bounds_attempts_and_pauses(server: FaultServer, make: Callable[..., Any], kind: str) -> None:
    tag = f"deadline-{kind}"
    client = make(server.url("status", code=503, retry_after=0.3, tag=tag), max_retries=10, deadline=0.8)
    started = time.monotonic()
    with pytest.raises(openai.InternalServerError):
        await retrieve(client)
    elapsed = time.monotonic() - started
    assert (
        elapsed < 1.2
    )  # about 0.6 s (no pause past the 0.8 s deadline), with slack for a loaded machine; 3.3 s without it
    assert 2 <= server.count("status", code=503, retry_after=0.3, tag=tag) <= 3  # not 11


async def test_a_deadline_caps_each_attempts_timeout(server: FaultServer, make: Callable[..., Any]) -> None:
    client = make(server.url("hang", **{"for": 5}), timeout=30.0, max_retries=5, deadline=0.4)
    started = time.monotonic()
    with pytest.raises(openai.APITimeoutError):
        await retrieve(client)
    assert time.monotonic() - started < 1.0


async def test_a_hanging_accept_within_a_deadline(make: Callable[..., Any]) -> None:
    sock, url = hanging_listener()
    try:
        client = make(url, timeout=600.0, max_retries=2, deadline=0.3)
        started = time.monotonic()
        with pytest.raises(openai.APITimeoutError):
            await retrieve(client)
        assert time.monotonic() - started < 1.0
    finally:
        sock.close()


async def test_the_deadline_is_per_request_and_set_by_with_options(
    server: FaultServer, make: Callable[..., Any]
) -> None:
    client = make(server.url("ok"))
    assert client._deadline is None  # off by default
    bounded = client.with_options(deadline=5)
    assert bounded._deadline == 5.0 and bounded.copy()._deadline == 5.0
    assert bounded.with_options(deadline=None)._deadline is None
    for _ in range(3):  # each request has its own deadline
        assert (await retrieve(bounded)).id == "gpt-4o"


@pytest.mark.parametrize("bad", [0, -1, "5", True])
def test_a_bad_deadline_is_refused(bad: Any) -> None:
    with pytest.raises(ValueError, match="deadline"):
        openai.OpenAI(api_key="k", deadline=bad)


# ----------------------------------------------------------------------------- retry budget


async def test_a_retry_budget_caps_a_storm(
    server: FaultServer, make: Callable[..., Any], sleeps: List[float], kind: str
) -> None:
    tag = f"budget-{kind}"
    budget = RetryBudget(ratio=0.1, min_retries=2)
    client = make(server.url("status", code=503, tag=tag), max_retries=2, retry_budget=budget)
    for _ in range(20):
        with pytest.raises(openai.InternalServerError):
            await retrieve(client)
    # Without a budget: 20 x 3 = 60 requests. With it: 20 + at most 2 + 10 % of 20.
    assert server.count("status", code=503, tag=tag) <= 20 + 2 + 2
    assert budget.stats() == {"requests": 20, "retries": len(sleeps)}


async def test_a_budget_still_lets_occasional_failures_be_retried(
    server: FaultServer, make: Callable[..., Any], sleeps: List[float], kind: str
) -> None:
    tag = f"blip-{kind}"
    client = make(server.url("status", code=503, times=1, tag=tag), max_retries=2, retry_budget=RetryBudget())
    assert (await retrieve(client)).id == "gpt-4o"
    assert len(sleeps) == 1


def test_the_budget_is_shared_by_copies_and_can_be_removed() -> None:
    budget = RetryBudget(ratio=0.5)
    client = openai.OpenAI(api_key="k", retry_budget=budget)
    assert client.with_options(max_retries=5)._retry_budget is budget
    assert client.with_options(retry_budget=None)._retry_budget is None
    assert openai.OpenAI(api_key="k")._retry_budget is None  # off by default


def test_the_budget_window_slides() -> None:
    now = [0.0]
    budget = RetryBudget(ratio=0.0, min_retries=1, window=10.0, clock=lambda: now[0])
    budget.record_request()
    assert budget.try_retry() and not budget.try_retry()
    now[0] = 11.0  # the old retry left the window
    assert budget.try_retry()


def test_the_budget_grows_with_traffic() -> None:
    budget = RetryBudget(ratio=0.5, min_retries=0, clock=lambda: 1.0)
    for _ in range(10):
        budget.record_request()
    assert sum(budget.try_retry() for _ in range(10)) == 5


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [({"ratio": -1}, "ratio"), ({"min_retries": -1}, "min_retries"), ({"window": 0}, "window")],
)
def test_bad_budget_settings_are_refused(kwargs: Any, match: str) -> None:
    with pytest.raises(ValueError, match=match):
        RetryBudget(**kwargs)


def test_a_retry_budget_must_be_a_retry_budget() -> None:
    with pytest.raises(TypeError, match="RetryBudget"):
        openai.OpenAI(api_key="k", retry_budget=0.2)  # type: ignore[arg-type]
