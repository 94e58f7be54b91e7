"""Injected faults and queued errors: statuses, retries, cut streams, slow answers."""

from __future__ import annotations

import time
from typing import Any, List

import anyio
import httpx
import pytest

import openai
from openai.testing import FakeOpenAI
from tests.utils import run
from tests.utils.requests import collect

pytestmark = pytest.mark.anyio
MESSAGES: Any = [{"role": "user", "content": "hi"}]


async def test_queued_429_is_retried_after_retry_after(oai: Any, openai_fake: FakeOpenAI, sleeps: List[float]) -> None:
    openai_fake.queue_error(429, "Slow down", headers={"retry-after": "1"}, code="rate_limit_exceeded")
    completion = await run(oai.chat.completions.create(model="gpt-4o", messages=MESSAGES))
    assert completion.choices[0].message.content == "Fake reply to: hi"
    assert len(openai_fake.requests) == 2 and sleeps == [1.0]


async def test_error_object_and_no_retry_when_disabled(oai: Any, openai_fake: FakeOpenAI) -> None:
    openai_fake.queue_error(429, "Slow down", code="rate_limit_exceeded", endpoint="embeddings")
    with pytest.raises(openai.RateLimitError) as info:
        await run(oai.with_options(max_retries=0).embeddings.create(model="text-embedding-3-small", input="x"))
    assert info.value.code == "rate_limit_exceeded" and info.value.type == "requests"
    assert info.value.body == {"message": "Slow down", "type": "requests", "param": None, "code": "rate_limit_exceeded"}


async def test_faults_match_endpoint_and_method_and_count(oai: Any, openai_fake: FakeOpenAI) -> None:
    openai_fake.inject_fault(status=500, endpoint="models", method="GET", times=2)
    client = oai.with_options(max_retries=0)
    assert (await run(client.chat.completions.create(model="gpt-4o", messages=MESSAGES))).choices
    for _ in range(2):
        with pytest.raises(openai.InternalServerError):
            await run(client.models.list())
    assert (await run(client.models.list())).data


async def test_fault_with_a_custom_body_and_forever(oai: Any, openai_fake: FakeOpenAI) -> None:
    openai_fake.inject_fault(status=503, body="upstream down", endpoint="/models", times=None)
    client = oai.with_options(max_retries=0)
    for _ in range(3):
        with pytest.raises(openai.InternalServerError) as info:
            await run(client.models.list())
        assert info.value.response.text == "upstream down"
    openai_fake.clear_faults()
    assert (await run(client.models.list())).data


async def test_stream_cut_after_n_events_raises_a_protocol_error(oai: Any, openai_fake: FakeOpenAI) -> None:
    openai_fake.inject_fault(cut_after=2, endpoint="chat.completions")
    stream = await run(oai.chat.completions.create(model="gpt-4o", messages=MESSAGES, stream=True))
    received: List[Any] = []
    with pytest.raises(httpx.RemoteProtocolError):
        if hasattr(stream, "__aiter__"):
            async for chunk in stream:
                received.append(chunk)
        else:
            received.extend(stream)  # keeps the chunks read before the error
    assert len(received) == 2


async def test_drop_done_ends_the_stream_cleanly_without_done(openai_fake: FakeOpenAI, oai: Any) -> None:
    openai_fake.inject_fault(drop_done=True)
    raw = await run(oai.chat.completions.with_raw_response.create(model="gpt-4o", messages=MESSAGES, stream=True))
    body = raw.http_response.read() if isinstance(oai, openai.OpenAI) else await raw.http_response.aread()
    assert b"[DONE]" not in body and body.count(b"data: ") == 6


def test_sync_delay_blocks_before_the_answer(openai_fake: FakeOpenAI, openai_client: openai.OpenAI) -> None:
    openai_fake.inject_fault(delay=0.2)
    started = time.perf_counter()
    openai_client.models.list()
    assert time.perf_counter() - started >= 0.2


async def test_async_delays_do_not_block_the_event_loop(
    openai_fake: FakeOpenAI, async_openai_client: openai.AsyncOpenAI
) -> None:
    openai_fake.inject_fault(delay=0.2, event_delay=0.05)
    ticks: List[float] = []

    async def ticker() -> None:
        for _ in range(10):
            ticks.append(time.perf_counter())
            await anyio.sleep(0.02)

    started = time.perf_counter()
    chunks: List[Any] = []
    async with anyio.create_task_group() as group:
        group.start_soon(ticker)
        stream = await async_openai_client.chat.completions.create(model="gpt-4o", messages=MESSAGES, stream=True)
        chunks += await collect(stream)
    elapsed = time.perf_counter() - started
    assert len(chunks) == 6 and elapsed >= 0.2 + 6 * 0.05
    assert len(ticks) == 10 and ticks[-1] - started < 0.2 + 6 * 0.05  # ran while the fake was "slow"
