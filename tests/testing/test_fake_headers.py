"""Every reply of the fake carries its own request id and the rate-limit headers of its budget."""

from __future__ import annotations

from datetime import timedelta

import pytest

from openai.testing import FakeOpenAI
from openai.testing._core import Reply
from openai.testing._rate_window import RateWindow, format_duration

MESSAGES = [{"role": "user", "content": "hi"}]


def test_each_reply_has_its_own_request_id() -> None:
    client = FakeOpenAI().client()
    first = client.chat.completions.create(model="gpt-4o", messages=MESSAGES)  # type: ignore[arg-type]
    second = client.chat.completions.create(model="gpt-4o", messages=MESSAGES)  # type: ignore[arg-type]
    assert first._request_id and second._request_id
    assert first._request_id.startswith("req_") and first._request_id != second._request_id


@pytest.mark.anyio
async def test_rate_limit_headers_count_requests_and_tokens() -> None:
    fake = FakeOpenAI(requests_per_minute=100, tokens_per_minute=1000)
    client = fake.async_client()
    raw = await client.chat.completions.with_raw_response.create(model="gpt-4o", messages=MESSAGES)  # type: ignore[arg-type]
    used = raw.parse().usage
    assert used is not None
    assert raw.headers["x-ratelimit-limit-requests"] == "100"
    assert raw.headers["x-ratelimit-remaining-requests"] == "99"
    assert raw.headers["x-ratelimit-remaining-tokens"] == str(1000 - used.total_tokens)
    again = await client.models.with_raw_response.list()
    assert again.headers["x-ratelimit-remaining-requests"] == "98"


def test_the_window_forgets_replies_older_than_a_minute() -> None:
    now = [0.0]
    window = RateWindow(10, 100, clock=lambda: now[0])
    window.headers(Reply(json={"usage": {"total_tokens": 40}}))
    now[0] = 30.0
    headers = window.headers(Reply(json={}))
    assert headers["x-ratelimit-remaining-requests"] == "8"
    assert headers["x-ratelimit-remaining-tokens"] == "60"
    assert headers["x-ratelimit-reset-tokens"] == "24s"  # 40 of 100 tokens: 24 s to refill, as the API counts
    now[0] = 61.0
    headers = window.headers(Reply(json={}))
    assert headers["x-ratelimit-remaining-requests"] == "8"  # the one at 0 s is gone, 30 s and 61 s remain
    assert headers["x-ratelimit-remaining-tokens"] == "100"


@pytest.mark.parametrize(
    ("seconds", "text"), [(0.02, "20ms"), (1.5, "1.5s"), (360.0, "6m0s"), (3723.5, "1h2m3.5s"), (0.0, "0ms")]
)
def test_durations_are_written_as_the_api_writes_them(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


def test_the_client_reads_them_as_rate_limits() -> None:
    raw = FakeOpenAI().client().models.with_raw_response.list()
    limits = raw.rate_limits  # type: ignore[attr-defined]
    assert limits.limit_requests == 10_000
    assert limits.reset_requests == timedelta(milliseconds=6)
