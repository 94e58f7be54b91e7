"""Retries: which failures are retried, how long the client waits, and what it raises at the end."""

from __future__ import annotations

import email.utils
import random
from typing import Any, List

import httpx
import pytest
import respx

import openai
import openai._base_client
from tests.utils import run

BASE_URL = "http://api.test/v1"
MODEL = {"id": "gpt-4o", "object": "model", "created": 1, "owned_by": "openai"}
NOW = 1_700_000_000.0

pytestmark = [pytest.mark.anyio, pytest.mark.respx(base_url=BASE_URL)]


def stub_jitter(monkeypatch: pytest.MonkeyPatch, value: float) -> None:
    """Fix `random.random()` as the backoff sees it (0 = no jitter, 1 = the full 25 % cut)."""
    monkeypatch.setattr(random, "random", lambda: value)


def route_answering(respx_mock: respx.MockRouter, *responses: Any) -> respx.Route:
    """GET /models/gpt-4o answering each call with the next response (or raising the next exception)."""
    return respx_mock.get("/models/gpt-4o").mock(side_effect=list(responses))


def failing(status: int, n: int, **headers: str) -> List[httpx.Response]:
    return [httpx.Response(status, json={"error": {"message": "nope"}}, headers=headers) for _ in range(n)]


def ok() -> httpx.Response:
    return httpx.Response(200, json=MODEL)


async def retrieve(api: Any) -> Any:
    return await run(api.models.retrieve("gpt-4o"))


# ---- which responses are retried ---------------------------------------------------------------


@pytest.mark.parametrize("status", [408, 409, 429, 500, 503])
async def test_retryable_status_is_retried(
    api: Any, respx_mock: respx.MockRouter, sleeps: List[float], status: int
) -> None:
    route = route_answering(respx_mock, *failing(status, 1), ok())
    model = await retrieve(api)
    assert model.id == "gpt-4o"
    assert route.call_count == 2
    assert len(sleeps) == 1


@pytest.mark.parametrize("status", [400, 401, 404, 422])
async def test_client_errors_are_not_retried(
    api: Any, respx_mock: respx.MockRouter, sleeps: List[float], status: int
) -> None:
    route = route_answering(respx_mock, *failing(status, 1), ok())
    with pytest.raises(openai.APIStatusError) as info:
        await retrieve(api)
    assert info.value.status_code == status
    assert route.call_count == 1
    assert sleeps == []


async def test_should_retry_header_forces_a_retry(api: Any, respx_mock: respx.MockRouter, sleeps: List[float]) -> None:
    route = route_answering(respx_mock, *failing(400, 1, **{"x-should-retry": "true"}), ok())
    assert (await retrieve(api)).id == "gpt-4o"
    assert route.call_count == 2


async def test_should_retry_false_prevents_a_retry(api: Any, respx_mock: respx.MockRouter, sleeps: List[float]) -> None:
    route = route_answering(respx_mock, *failing(500, 1, **{"x-should-retry": "false"}), ok())
    with pytest.raises(openai.InternalServerError):
        await retrieve(api)
    assert route.call_count == 1
    assert sleeps == []


# ---- how many attempts ---------------------------------------------------------------------------


@pytest.mark.parametrize("max_retries", [0, 1, 3])
async def test_attempts_are_one_plus_max_retries(
    api: Any, respx_mock: respx.MockRouter, sleeps: List[float], max_retries: int
) -> None:
    route = route_answering(respx_mock, *failing(500, max_retries + 1))
    with pytest.raises(openai.InternalServerError):
        await retrieve(api.with_options(max_retries=max_retries))
    assert route.call_count == 1 + max_retries
    assert len(sleeps) == max_retries


async def test_default_is_two_retries(api: Any, respx_mock: respx.MockRouter, sleeps: List[float]) -> None:
    route = route_answering(respx_mock, *failing(503, 3))
    with pytest.raises(openai.InternalServerError):
        await retrieve(api)
    assert route.call_count == 3


async def test_max_retries_in_low_level_options(api: Any, respx_mock: respx.MockRouter, sleeps: List[float]) -> None:
    route = route_answering(respx_mock, *failing(500, 5), ok())
    model = await run(api.get("/models/gpt-4o", cast_to=openai.types.Model, options={"max_retries": 5}))
    assert model.id == "gpt-4o"
    assert route.call_count == 6


async def test_retry_count_header_increments(api: Any, respx_mock: respx.MockRouter, sleeps: List[float]) -> None:
    route = route_answering(respx_mock, *failing(429, 2), ok())
    await retrieve(api)
    assert [call.request.headers["x-stainless-retry-count"] for call in route.calls] == ["0", "1", "2"]


async def test_retries_taken_is_reported(api: Any, respx_mock: respx.MockRouter, sleeps: List[float]) -> None:
    route_answering(respx_mock, *failing(500, 2), ok())
    raw = await run(api.models.with_raw_response.retrieve("gpt-4o"))
    assert raw.retries_taken == 2


# ---- transport failures ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("failure", "raised"),
    [(httpx.ConnectError, openai.APIConnectionError), (httpx.ReadTimeout, openai.APITimeoutError)],
    ids=["connect", "timeout"],
)
async def test_transport_failure_is_retried_then_raised(
    api: Any, respx_mock: respx.MockRouter, sleeps: List[float], failure: type, raised: type
) -> None:
    route = respx_mock.get("/models/gpt-4o").mock(side_effect=failure("boom"))
    with pytest.raises(raised) as info:
        await retrieve(api)
    assert route.call_count == 3
    assert len(sleeps) == 2
    assert isinstance(info.value.__cause__, failure)
    assert info.value.request.url == BASE_URL + "/models/gpt-4o"


async def test_connection_error_message(api: Any, respx_mock: respx.MockRouter, sleeps: List[float]) -> None:
    route_answering(respx_mock, httpx.ConnectError("refused"))
    with pytest.raises(openai.APIConnectionError) as info:
        await retrieve(api.with_options(max_retries=0))
    assert type(info.value) is openai.APIConnectionError
    assert info.value.message == "Connection error."


async def test_timeout_error_message(api: Any, respx_mock: respx.MockRouter, sleeps: List[float]) -> None:
    route_answering(respx_mock, httpx.ReadTimeout("slow"))
    with pytest.raises(openai.APITimeoutError) as info:
        await retrieve(api.with_options(max_retries=0))
    assert info.value.message == "Request timed out."


async def test_transport_failure_then_success(api: Any, respx_mock: respx.MockRouter, sleeps: List[float]) -> None:
    route = route_answering(respx_mock, httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), ok())
    assert (await retrieve(api)).id == "gpt-4o"
    assert route.call_count == 3


# ---- how long the client waits -------------------------------------------------------------------


@pytest.mark.parametrize(("jitter", "factor"), [(0.0, 1.0), (1.0, 0.75)], ids=["no-jitter", "full-jitter"])
async def test_backoff_schedule(
    api: Any,
    respx_mock: respx.MockRouter,
    sleeps: List[float],
    monkeypatch: pytest.MonkeyPatch,
    jitter: float,
    factor: float,
) -> None:
    stub_jitter(monkeypatch, jitter)
    route_answering(respx_mock, *failing(500, 7))
    with pytest.raises(openai.InternalServerError):
        await retrieve(api.with_options(max_retries=6))
    assert sleeps == pytest.approx([d * factor for d in (0.5, 1.0, 2.0, 4.0, 8.0, 8.0)])


async def test_backoff_applies_to_transport_failures(
    api: Any, respx_mock: respx.MockRouter, sleeps: List[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    stub_jitter(monkeypatch, 0.0)
    respx_mock.get("/models/gpt-4o").mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(openai.APIConnectionError):
        await retrieve(api.with_options(max_retries=3))
    assert sleeps == [0.5, 1.0, 2.0]


@pytest.mark.parametrize(
    ("headers", "delay"),
    [
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "0.25"}, 0.25),
        ({"retry-after": "60"}, 60.0),
        ({"retry-after-ms": "2000", "retry-after": "9"}, 2.0),
        ({"retry-after-ms": "soon", "retry-after": "4"}, 4.0),
    ],
    ids=["ms", "seconds", "fraction", "upper-bound", "ms-wins", "bad-ms-falls-back"],
)
async def test_server_requested_delay_is_honoured(
    api: Any, respx_mock: respx.MockRouter, sleeps: List[float], headers: dict, delay: float
) -> None:
    route_answering(respx_mock, *failing(429, 1, **headers), ok())
    await retrieve(api)
    assert sleeps == [delay]


async def test_retry_after_http_date(
    api: Any, respx_mock: respx.MockRouter, sleeps: List[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(openai._base_client.time, "time", lambda: NOW)
    when = email.utils.formatdate(NOW + 7, usegmt=True)
    route_answering(respx_mock, *failing(503, 1, **{"retry-after": when}), ok())
    await retrieve(api)
    assert sleeps == pytest.approx([7.0])


@pytest.mark.parametrize(
    "headers",
    [
        {"retry-after": "0"},
        {"retry-after": "-5"},
        {"retry-after": "61"},
        {"retry-after-ms": "60001"},
        {"retry-after": "soon"},
        {"retry-after-ms": "abc"},
        {"retry-after": "Wed, 99 Foo 2024 99:00:00 GMT"},
    ],
    ids=["zero", "negative", "over-60", "ms-over-60", "bad-seconds", "bad-ms", "bad-date"],
)
async def test_unusable_server_delay_falls_back_to_backoff(
    api: Any, respx_mock: respx.MockRouter, sleeps: List[float], monkeypatch: pytest.MonkeyPatch, headers: dict
) -> None:
    stub_jitter(monkeypatch, 0.0)
    route_answering(respx_mock, *failing(429, 2, **headers), ok())
    await retrieve(api)
    assert sleeps == [0.5, 1.0]


async def test_past_http_date_falls_back_to_backoff(
    api: Any, respx_mock: respx.MockRouter, sleeps: List[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    stub_jitter(monkeypatch, 0.0)
    monkeypatch.setattr(openai._base_client.time, "time", lambda: NOW)
    when = email.utils.formatdate(NOW - 30, usegmt=True)
    route_answering(respx_mock, *failing(503, 1, **{"retry-after": when}), ok())
    await retrieve(api)
    assert sleeps == [0.5]


# ---- the real pause ------------------------------------------------------------------------------


async def test_sleep_really_waits(api: Any, respx_mock: respx.MockRouter, monkeypatch: pytest.MonkeyPatch) -> None:
    # Without the `sleeps` fixture the client pauses for the server-requested time.
    route_answering(respx_mock, *failing(429, 1, **{"retry-after-ms": "50"}), ok())
    clock = openai._base_client.time.monotonic
    start = clock()
    await retrieve(api)
    assert clock() - start >= 0.045
