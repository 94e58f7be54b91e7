"""`vector_stores.*` over respx, on the sync and the async client: what each method sends (verb,
path, query, JSON body) and returns, the `OpenAI-Beta: assistants=v2` header on every request of
`vector_stores`, `vector_stores.files` and `vector_stores.file_batches`, `search` as a POST that
answers one page (an `AsyncPaginator` on the async client), cursor pagination of `list`, and bad
arguments failing before anything is sent."""

from __future__ import annotations

from typing import Any, Dict

import pytest
import respx

from openai.pagination import AsyncCursorPage, AsyncPage, AsyncPaginator, SyncCursorPage, SyncPage
from openai.types import VectorStore, VectorStoreDeleted, VectorStoreSearchResponse
from tests.utils.requests import assert_follows_cursor, bad_arguments_test, case, collect, page_of, request_test, send

from .utils import run

pytestmark = pytest.mark.anyio

COUNTS = {"in_progress": 0, "completed": 1, "failed": 0, "cancelled": 0, "total": 1}
STORE = {
    "id": "vs_1",
    "object": "vector_store",
    "created_at": 1699061776,
    "name": "Support FAQ",
    "usage_bytes": 139920,
    "file_counts": COUNTS,
    "status": "completed",
    "last_active_at": 1699061776,
    "metadata": {"team": "support"},
}
HIT = {
    "file_id": "file-1",
    "filename": "faq.md",
    "score": 0.87,
    "attributes": {"lang": "en", "year": 2024, "public": True},
    "content": [{"type": "text", "text": "Refunds take 5 days."}],
}
SEARCH_PAGE: Dict[str, Any] = {
    "object": "vector_store.search_results.page",
    "search_query": ["refund delay"],
    "data": [HIT],
    "has_more": False,
    "next_page": None,
}
VS_FILE = {
    "id": "file-1",
    "object": "vector_store.file",
    "created_at": 1699061776,
    "usage_bytes": 1234,
    "vector_store_id": "vs_1",
    "status": "completed",
}
BATCH = {
    "id": "vsfb_1",
    "object": "vector_store.files_batch",
    "created_at": 1699061776,
    "vector_store_id": "vs_1",
    "status": "in_progress",
    "file_counts": COUNTS,
}
CREATE_ALL = {
    "name": "Support FAQ",
    "file_ids": ["file-1", "file-2"],
    "chunking_strategy": {"type": "static", "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400}},
    "expires_after": {"anchor": "last_active_at", "days": 7},
    "metadata": {"team": "support"},
}
SEARCH_ALL = {
    "query": ["refund", "delay"],
    "filters": {"type": "eq", "key": "lang", "value": "en"},
    "max_num_results": 5,
    "ranking_options": {"ranker": "auto", "score_threshold": 0.5},
    "rewrite_query": True,
}
CURSOR = (SyncCursorPage, AsyncCursorPage)
PLAIN = (SyncPage, AsyncPage)

CASES = [
    case("create", lambda c: c.vector_stores.create(), "POST /v1/vector_stores", {}, STORE, VectorStore),
    case(
        "create-all-params",
        lambda c: c.vector_stores.create(**CREATE_ALL),
        "POST /v1/vector_stores",
        CREATE_ALL,
        STORE,
        VectorStore,
    ),
    case(
        "retrieve", lambda c: c.vector_stores.retrieve("vs_1"), "GET /v1/vector_stores/vs_1", None, STORE, VectorStore
    ),
    case(
        "update",
        lambda c: c.vector_stores.update(
            "vs_1", name="FAQ", metadata={"team": "sales"}, expires_after={"anchor": "last_active_at", "days": 2}
        ),
        "POST /v1/vector_stores/vs_1",
        {"name": "FAQ", "metadata": {"team": "sales"}, "expires_after": {"anchor": "last_active_at", "days": 2}},
        STORE,
        VectorStore,
    ),
    case(
        "update-clears-the-expiration",
        lambda c: c.vector_stores.update("vs_1", expires_after=None),
        "POST /v1/vector_stores/vs_1",
        {"expires_after": None},
        STORE,
        VectorStore,
    ),
    case("list", lambda c: c.vector_stores.list(), "GET /v1/vector_stores", None, page_of(STORE), CURSOR),
    case(
        "list-all-params",
        lambda c: c.vector_stores.list(after="vs_0", before="vs_9", limit=2, order="asc"),
        "GET /v1/vector_stores?after=vs_0&before=vs_9&limit=2&order=asc",
        None,
        page_of(STORE),
        CURSOR,
    ),
    case(
        "delete",
        lambda c: c.vector_stores.delete("vs_1"),
        "DELETE /v1/vector_stores/vs_1",
        None,
        {"id": "vs_1", "object": "vector_store.deleted", "deleted": True},
        VectorStoreDeleted,
    ),
    case(
        "search",
        lambda c: c.vector_stores.search("vs_1", query="refund delay"),
        "POST /v1/vector_stores/vs_1/search",
        {"query": "refund delay"},
        SEARCH_PAGE,
        PLAIN,
    ),
    case(
        "search-all-params",
        lambda c: c.vector_stores.search("vs_1", **SEARCH_ALL),
        "POST /v1/vector_stores/vs_1/search",
        SEARCH_ALL,
        SEARCH_PAGE,
        PLAIN,
    ),
]

test_request_and_result = request_test(CASES)


# Every API method of the three resources (the helpers are built on these), with a plausible answer.
EVERY_METHOD = [
    pytest.param(lambda c: c.vector_stores.create(name="x"), STORE, id="create"),
    pytest.param(lambda c: c.vector_stores.retrieve("vs_1"), STORE, id="retrieve"),
    pytest.param(lambda c: c.vector_stores.update("vs_1", name="x"), STORE, id="update"),
    pytest.param(lambda c: c.vector_stores.list(), page_of(STORE), id="list"),
    pytest.param(lambda c: c.vector_stores.delete("vs_1"), {**STORE, "deleted": True}, id="delete"),
    pytest.param(lambda c: c.vector_stores.search("vs_1", query="q"), SEARCH_PAGE, id="search"),
    pytest.param(lambda c: c.vector_stores.files.create("vs_1", file_id="file-1"), VS_FILE, id="files.create"),
    pytest.param(
        lambda c: c.vector_stores.files.retrieve("file-1", vector_store_id="vs_1"), VS_FILE, id="files.retrieve"
    ),
    pytest.param(
        lambda c: c.vector_stores.files.update("file-1", vector_store_id="vs_1", attributes={"a": "b"}),
        VS_FILE,
        id="files.update",
    ),
    pytest.param(lambda c: c.vector_stores.files.list("vs_1"), page_of(VS_FILE), id="files.list"),
    pytest.param(
        lambda c: c.vector_stores.files.delete("file-1", vector_store_id="vs_1"),
        {**VS_FILE, "deleted": True},
        id="files.delete",
    ),
    pytest.param(
        lambda c: c.vector_stores.files.content("file-1", vector_store_id="vs_1"),
        {"object": "vector_store.file_content.page", "data": [{"type": "text", "text": "hi"}]},
        id="files.content",
    ),
    pytest.param(
        lambda c: c.vector_stores.file_batches.create("vs_1", file_ids=["file-1"]), BATCH, id="file_batches.create"
    ),
    pytest.param(
        lambda c: c.vector_stores.file_batches.retrieve("vsfb_1", vector_store_id="vs_1"),
        BATCH,
        id="file_batches.retrieve",
    ),
    pytest.param(
        lambda c: c.vector_stores.file_batches.cancel("vsfb_1", vector_store_id="vs_1"), BATCH, id="file_batches.cancel"
    ),
    pytest.param(
        lambda c: c.vector_stores.file_batches.list_files("vsfb_1", vector_store_id="vs_1"),
        page_of(VS_FILE),
        id="file_batches.list_files",
    ),
]


@pytest.mark.parametrize("call, reply", EVERY_METHOD)
async def test_every_request_says_assistants_v2(api: Any, respx_mock: respx.MockRouter, call: Any, reply: Any) -> None:
    route = respx_mock.route(host="api.test").respond(200, json=reply)
    await run(call(api))
    assert route.call_count == 1
    assert route.calls.last.request.headers["OpenAI-Beta"] == "assistants=v2"


async def test_extra_headers_are_sent_alongside_the_beta_header(api: Any, respx_mock: respx.MockRouter) -> None:
    route = respx_mock.get("http://api.test/v1/vector_stores/vs_1").respond(200, json=STORE)
    await run(api.vector_stores.retrieve("vs_1", extra_headers={"X-Trace": "t-1"}))
    headers = route.calls.last.request.headers
    assert (headers["OpenAI-Beta"], headers["X-Trace"]) == ("assistants=v2", "t-1")


async def test_stores_are_typed(api: Any, respx_mock: respx.MockRouter) -> None:
    _, store = await send(api, respx_mock, lambda c: c.vector_stores.retrieve("vs_1"), STORE)
    assert (store.name, store.file_counts.completed, store.metadata) == ("Support FAQ", 1, {"team": "support"})


async def test_search_answers_a_page_of_typed_hits(api: Any, respx_mock: respx.MockRouter) -> None:
    _, page = await send(api, respx_mock, lambda c: c.vector_stores.search("vs_1", query="refund delay"), SEARCH_PAGE)
    [hit] = page.data
    assert isinstance(hit, VectorStoreSearchResponse)
    assert (hit.filename, hit.score, hit.content[0].text) == ("faq.md", 0.87, "Refunds take 5 days.")
    assert hit.attributes == {"lang": "en", "year": 2024, "public": True}
    assert page.search_query == ["refund delay"]  # a field our page model does not declare, kept
    assert not page.has_next_page()


async def test_async_search_is_a_paginator_sent_once_per_use(async_client: Any, respx_mock: respx.MockRouter) -> None:
    route = respx_mock.post("http://api.test/v1/vector_stores/vs_1/search").respond(200, json=SEARCH_PAGE)
    results = async_client.vector_stores.search("vs_1", query="refund delay")
    assert isinstance(results, AsyncPaginator)
    assert not route.called  # nothing is sent until it is awaited or iterated
    hits = [hit async for hit in results]
    assert [hit.file_id for hit in hits] == ["file-1"]
    assert route.call_count == 1


async def test_list_follows_the_cursor(api: Any, respx_mock: respx.MockRouter) -> None:
    stores = await assert_follows_cursor(
        api,
        respx_mock,
        "http://api.test/v1/vector_stores",
        lambda c: c.vector_stores.list(),
        [STORE],
        [{**STORE, "id": "vs_2"}],
    )
    assert all(isinstance(s, VectorStore) for s in stores)


async def test_list_iterates_every_store_of_one_page(api: Any, respx_mock: respx.MockRouter) -> None:
    respx_mock.get("http://api.test/v1/vector_stores").respond(200, json=page_of(STORE, {**STORE, "id": "vs_2"}))
    assert [s.id for s in await collect(api.vector_stores.list())] == ["vs_1", "vs_2"]


test_bad_arguments = bad_arguments_test(
    [
        pytest.param(lambda c: c.vector_stores.retrieve(""), ValueError, "`vector_store_id`", id="empty-id"),
        pytest.param(
            lambda c: c.vector_stores.create(nme="x"),
            TypeError,
            r"got\ an\ unexpected\ keyword\ argument\ 'nme';\ did\ you\ mean\ `name`\?",
            id="misspelt-keyword",
        ),
        pytest.param(
            lambda c: c.vector_stores.search("vs_1"),
            TypeError,
            r"missing\ 1\ required\ keyword\-only\ argument:\ 'query'",
            id="search-without-query",
        ),
        pytest.param(
            lambda c: c.vector_stores.search("vs_1", query="q", limit=3),
            TypeError,
            r"got\ an\ unexpected\ keyword\ argument\ 'limit'",
            id="search-unknown-keyword",
        ),
        pytest.param(
            lambda c: c.vector_stores.update("", name="x"), ValueError, "`vector_store_id`", id="update-empty-id"
        ),
    ]
)
