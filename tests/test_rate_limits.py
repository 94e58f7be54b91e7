"""`openai.RateLimits`: the `x-ratelimit-*` headers, typed, on responses, errors and clients."""

from __future__ import annotations

import datetime
import subprocess
import sys
from typing import Any, Dict, List

import httpx
import pytest

import openai
from openai import AsyncOpenAI, OpenAI, RateLimits
from openai._rate_limits import parse_duration

pytestmark = pytest.mark.anyio

BASE = "http://rate.test/v1"
FULL_HEADERS = {
    "x-ratelimit-limit-requests": "10000",
    "x-ratelimit-limit-tokens": "2000000",
    "x-ratelimit-remaining-requests": "9999",
    "x-ratelimit-remaining-tokens": "1999975",
    "x-ratelimit-reset-requests": "6ms",
    "x-ratelimit-reset-tokens": "1m2.5s",
}
MODEL = {"id": "m", "object": "model", "created": 1, "owned_by": "o"}
td = datetime.timedelta


def _replies(*replies: httpx.Response) -> Any:
    queue: List[httpx.Response] = list(replies)

    def handler(request: httpx.Request) -> httpx.Response:
        return queue.pop(0) if len(queue) > 1 else queue[0]

    return handler


def _client(handler: Any, **kwargs: Any) -> OpenAI:
    return OpenAI(
        api_key="k", base_url=BASE, http_client=httpx.Client(transport=httpx.MockTransport(handler)), **kwargs
    )


def _async_client(handler: Any, **kwargs: Any) -> AsyncOpenAI:
    transport = httpx.MockTransport(handler)
    return AsyncOpenAI(api_key="k", base_url=BASE, http_client=httpx.AsyncClient(transport=transport), **kwargs)


# ---- durations ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("6m0s", td(minutes=6)),
        ("1.5s", td(seconds=1.5)),
        ("20ms", td(milliseconds=20)),
        ("1h2m3.5s", td(hours=1, minutes=2, seconds=3.5)),
        ("0s", td(0)),
        ("17ms", td(milliseconds=17)),
        ("2m", td(minutes=2)),
        ("3ms250us", td(microseconds=3250)),
        (".5s", td(milliseconds=500)),
        ("1d", td(days=1)),
        ("7", td(seconds=7)),  # bare seconds, as some proxies send them
        (" 1s ", td(seconds=1)),
    ],
)
def test_durations_in_the_api_format_parse(text: str, expected: datetime.timedelta) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", [None, "", "s", "abc", "1x", "-1s", "1s-", "1 s", "1s junk", "nan", "inf", "1e99"])
def test_unparsable_durations_are_none_never_an_error(text: Any) -> None:
    assert parse_duration(text) is None


# ---- the object -------------------------------------------------------------------------------


def test_every_field_is_parsed_from_its_header() -> None:
    limits = RateLimits.from_headers(httpx.Headers(FULL_HEADERS))
    assert limits.limit_requests == 10000
    assert limits.limit_tokens == 2000000
    assert limits.remaining_requests == 9999
    assert limits.remaining_tokens == 1999975
    assert limits.reset_requests == td(milliseconds=6)
    assert limits.reset_tokens == td(minutes=1, seconds=2.5)
    assert limits.retry_after is None
    assert limits == RateLimits(
        limit_requests=10000,
        limit_tokens=2000000,
        remaining_requests=9999,
        remaining_tokens=1999975,
        reset_requests=td(milliseconds=6),
        reset_tokens=td(minutes=1, seconds=2.5),
    )


def test_absent_and_malformed_headers_give_none() -> None:
    limits = RateLimits.from_headers(
        httpx.Headers(
            {
                "x-ratelimit-limit-requests": "lots",
                "x-ratelimit-remaining-tokens": "12.5",
                "x-ratelimit-reset-requests": "soon",
                "x-ratelimit-remaining-requests": "3.0",  # a whole number written as a float
            }
        )
    )
    assert limits.limit_requests is None
    assert limits.remaining_tokens is None
    assert limits.reset_requests is None
    assert limits.remaining_requests == 3
    assert limits.limit_tokens is None and limits.reset_tokens is None
    assert RateLimits.from_headers({}).to_dict() == dict.fromkeys(RateLimits().to_dict())


def test_header_names_are_case_insensitive_with_httpx_headers() -> None:
    limits = RateLimits.from_headers(httpx.Headers({"X-RateLimit-Remaining-Requests": "4"}))
    assert limits.remaining_requests == 4


def test_retry_after_prefers_milliseconds_and_ignores_dates() -> None:
    assert RateLimits.from_headers({"retry-after-ms": "250", "retry-after": "9"}).retry_after == td(milliseconds=250)
    assert RateLimits.from_headers({"retry-after": "2"}).retry_after == td(seconds=2)
    assert RateLimits.from_headers({"retry-after-ms": "x", "retry-after": "3"}).retry_after == td(seconds=3)
    assert RateLimits.from_headers({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}).retry_after is None
    assert RateLimits.from_headers({"retry-after": "-4"}).retry_after is None


def test_parsing_waits_until_a_field_is_read() -> None:
    class CountingHeaders(Dict[str, str]):
        reads: int = 0

        def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
            type(self).reads += 1
            return super().get(key, default)

    headers = CountingHeaders(FULL_HEADERS)
    limits = RateLimits.from_headers(headers)
    assert CountingHeaders.reads == 0
    assert limits.remaining_requests == 9999
    assert limits.remaining_requests == 9999  # parsed once, then remembered
    assert CountingHeaders.reads == 1


def test_repr_shows_the_fields_that_are_set_and_equality_is_by_value() -> None:
    limits = RateLimits(remaining_requests=1, reset_requests=td(seconds=1))
    assert repr(limits) == "RateLimits(remaining_requests=1, reset_requests=datetime.timedelta(seconds=1))"
    assert limits != RateLimits(remaining_requests=2)
    assert limits != "RateLimits"


def test_importing_openai_does_not_load_the_module() -> None:
    code = "import sys, openai; print('openai._rate_limits' in sys.modules, 'openai._limiter' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
    assert openai.RateLimits is RateLimits


# ---- where it shows up ----------------------------------------------------------------------------


def test_client_rate_limits_follow_the_latest_response() -> None:
    first = httpx.Response(200, json=MODEL, headers={**FULL_HEADERS})
    second = httpx.Response(200, json=MODEL, headers={"x-ratelimit-remaining-requests": "41"})
    client = _client(_replies(first, second))
    assert client.rate_limits is None  # nothing seen yet
    client.models.retrieve("m")
    assert client.rate_limits is not None and client.rate_limits.remaining_requests == 9999
    client.models.retrieve("m")
    assert client.rate_limits.remaining_requests == 41
    assert client.rate_limits.limit_requests is None  # the latest response's, not merged


async def test_async_client_rate_limits_follow_the_latest_response() -> None:
    client = _async_client(_replies(httpx.Response(200, json=MODEL, headers=FULL_HEADERS)))
    assert client.rate_limits is None
    await client.models.retrieve("m")
    assert client.rate_limits == RateLimits.from_headers(FULL_HEADERS)


def test_raw_and_streaming_views_carry_rate_limits() -> None:
    client = _client(_replies(httpx.Response(200, json=MODEL, headers=FULL_HEADERS)))
    raw = client.models.with_raw_response.retrieve("m")
    assert raw.rate_limits.remaining_tokens == 1999975
    with client.models.with_streaming_response.retrieve("m") as streamed:
        assert streamed.rate_limits.reset_tokens == td(seconds=62.5)


async def test_async_raw_and_streaming_views_carry_rate_limits() -> None:
    client = _async_client(_replies(httpx.Response(200, json=MODEL, headers=FULL_HEADERS)))
    raw = await client.models.with_raw_response.retrieve("m")
    assert raw.rate_limits.limit_requests == 10000
    async with client.models.with_streaming_response.retrieve("m") as streamed:
        assert streamed.rate_limits.reset_requests == td(milliseconds=6)


def test_a_rate_limit_error_says_how_long_to_wait() -> None:
    headers = {"retry-after-ms": "1500", "x-ratelimit-remaining-tokens": "0", "x-ratelimit-reset-tokens": "1.5s"}
    body = {"error": {"message": "Rate limit reached", "type": "tokens", "code": "rate_limit_exceeded"}}
    client = _client(_replies(httpx.Response(429, json=body, headers=headers)), max_retries=0)
    with pytest.raises(openai.RateLimitError) as caught:
        client.models.retrieve("m")
    assert caught.value.rate_limits.retry_after == td(seconds=1.5)
    assert caught.value.rate_limits.remaining_tokens == 0
    assert caught.value.rate_limits.reset_tokens == td(seconds=1.5)
    assert client.rate_limits is not None and client.rate_limits.remaining_tokens == 0  # errors count too


async def test_async_status_errors_carry_rate_limits() -> None:
    client = _async_client(
        _replies(httpx.Response(500, json={"error": {"message": "x"}}, headers={"x-ratelimit-limit-tokens": "9"})),
        max_retries=0,
    )
    with pytest.raises(openai.InternalServerError) as caught:
        await client.models.retrieve("m")
    assert caught.value.rate_limits.limit_tokens == 9
    assert caught.value.rate_limits.remaining_tokens is None


def test_copies_keep_their_own_latest() -> None:
    client = _client(_replies(httpx.Response(200, json=MODEL, headers=FULL_HEADERS)))
    copy = client.with_options(timeout=3)
    copy.models.retrieve("m")
    assert copy.rate_limits is not None and client.rate_limits is None
