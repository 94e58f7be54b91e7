"""`batches.*` on the wire (respx), each test run with the sync and the async client."""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List

import httpx
import pytest
import respx

import openai
from openai.types import Batch
from tests.utils import run

pytestmark = pytest.mark.anyio

BASE_URL = "http://api.test/v1"


def batch_json(batch_id: str = "batch_1", status: str = "validating") -> Dict[str, Any]:
    return {
        "id": batch_id,
        "object": "batch",
        "endpoint": "/v1/chat/completions",
        "input_file_id": "file-1",
        "completion_window": "24h",
        "status": status,
        "created_at": 1,
        "request_counts": {"total": 2, "completed": 1, "failed": 0},
    }


def list_page(ids: List[str], has_more: bool) -> Dict[str, Any]:
    return {"object": "list", "data": [batch_json(i) for i in ids], "has_more": has_more}


@pytest.fixture
def mock() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        yield router


async def test_create_sends_a_json_body(api: Any, mock: respx.MockRouter) -> None:
    route = mock.post("/batches").respond(json=batch_json())
    batch = await run(
        api.batches.create(
            input_file_id="file-1",
            endpoint="/v1/chat/completions",
            completion_window="24h",
            metadata={"team": "eval"},
            output_expires_after={"anchor": "created_at", "seconds": 86400},
        )
    )
    assert isinstance(batch, Batch) and batch.request_counts is not None and batch.request_counts.completed == 1
    assert json.loads(route.calls.last.request.content) == {
        "input_file_id": "file-1",
        "endpoint": "/v1/chat/completions",
        "completion_window": "24h",
        "metadata": {"team": "eval"},
        "output_expires_after": {"anchor": "created_at", "seconds": 86400},
    }


async def test_create_requires_its_keywords(api: Any, mock: respx.MockRouter) -> None:
    route = mock.post("/batches").respond(json=batch_json())
    with pytest.raises(
        TypeError, match=r"missing\ 2\ required\ keyword\-only\ arguments:\ 'completion_window'\ and\ 'endpoint'"
    ):
        await run(api.batches.create(input_file_id="file-1"))
    assert not route.called


async def test_retrieve(api: Any, mock: respx.MockRouter) -> None:
    route = mock.get("/batches/batch_1").respond(json=batch_json(status="in_progress"))
    batch = await run(api.batches.retrieve("batch_1"))
    assert route.called and (batch.id, batch.status) == ("batch_1", "in_progress")


async def test_cancel(api: Any, mock: respx.MockRouter) -> None:
    route = mock.post("/batches/batch_1/cancel").respond(json=batch_json(status="cancelling"))
    batch = await run(api.batches.cancel("batch_1"))
    assert batch.status == "cancelling"
    assert route.calls.last.request.content == b""


@pytest.mark.parametrize("method", ["retrieve", "cancel"])
async def test_empty_batch_id_is_rejected(api: Any, mock: respx.MockRouter, method: str) -> None:
    with pytest.raises(ValueError, match="`batch_id`"):
        await run(getattr(api.batches, method)(""))
    assert not mock.calls


async def test_list_sends_its_query_params(api: Any, mock: respx.MockRouter) -> None:
    route = mock.get("/batches").respond(json=list_page(["batch_2"], False))
    page = await run(api.batches.list(after="batch_1", limit=5))
    assert [b.id for b in page.data] == ["batch_2"]
    assert dict(route.calls.last.request.url.params) == {"after": "batch_1", "limit": "5"}


def two_pages(mock: respx.MockRouter) -> respx.Route:
    pages = [list_page(["b1", "b2"], True), list_page(["b3"], False)]
    return mock.get("/batches").mock(side_effect=[httpx.Response(200, json=page) for page in pages])


def test_list_iterates_every_page(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    route = two_pages(mock)
    assert [b.id for b in client.batches.list()] == ["b1", "b2", "b3"]
    assert route.calls[1].request.url.params["after"] == "b2"


async def test_async_list_iterates_every_page(async_client: openai.AsyncOpenAI, mock: respx.MockRouter) -> None:
    route = two_pages(mock)
    assert [b.id async for b in async_client.batches.list()] == ["b1", "b2", "b3"]
    assert route.calls[1].request.url.params["after"] == "b2"


async def test_unknown_status_is_kept(api: Any, mock: respx.MockRouter) -> None:
    mock.get("/batches/batch_1").respond(json=batch_json(status="paused_for_lunch"))
    assert (await run(api.batches.retrieve("batch_1"))).status == "paused_for_lunch"
