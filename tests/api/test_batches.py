"""`batches.*` against the Prism mock server, each test on the sync and the async client."""

from __future__ import annotations

from typing import Any

import pytest

import openai
from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types import Batch
from tests.utils import run

pytestmark = pytest.mark.anyio

BATCH_ID = "batch_abc123"


def assert_batch(batch: object) -> None:
    assert isinstance(batch, Batch)
    assert isinstance(batch.id, str)
    assert batch.object == "batch"


async def test_create(prism: Any) -> None:
    assert_batch(
        await run(
            prism.batches.create(input_file_id="file-abc123", endpoint="/v1/chat/completions", completion_window="24h")
        )
    )


async def test_create_with_all_params(prism: Any) -> None:
    batch = await run(
        prism.batches.create(
            input_file_id="file-abc123",
            endpoint="/v1/responses",
            completion_window="24h",
            metadata={"team": "eval"},
            output_expires_after={"anchor": "created_at", "seconds": 3600},
        )
    )
    assert_batch(batch)


async def test_retrieve(prism: Any) -> None:
    assert_batch(await run(prism.batches.retrieve(BATCH_ID)))


async def test_cancel(prism: Any) -> None:
    assert_batch(await run(prism.batches.cancel(BATCH_ID)))


def test_list(prism_client: openai.OpenAI) -> None:
    page = prism_client.batches.list(after="batch_0", limit=2)
    assert isinstance(page, SyncCursorPage)
    for batch in page.data:
        assert_batch(batch)


async def test_async_list(prism_async_client: openai.AsyncOpenAI) -> None:
    page = await prism_async_client.batches.list(limit=2)
    assert isinstance(page, AsyncCursorPage)
    for batch in page.data:
        assert_batch(batch)
