"""Pages and auto-pagination over respx: plain pages, cursor pages, conversation cursor pages."""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Optional, Sequence

import httpx
import pytest
import respx

import openai
from openai.pagination import (
    AsyncConversationCursorPage,
    AsyncCursorPage,
    AsyncPage,
    SyncConversationCursorPage,
    SyncCursorPage,
    SyncPage,
)
from openai.types import Model
from openai.types.chat import ChatCompletion, ChatCompletionStoreMessage

BASE_URL = "http://api.test/v1"
NO_NEXT_PAGE = r"No next page expected"


class Item(openai.BaseModel):
    id: str
    type: str


@pytest.fixture
def mock() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE_URL) as router:
        yield router


def completion(n: int) -> Dict[str, Any]:
    return {"id": f"cc_{n}", "object": "chat.completion", "created": n, "model": "m", "choices": []}


def message(n: int) -> Dict[str, Any]:
    return {"id": f"msg_{n}", "role": "assistant", "content": f"text {n}"}


class Pages:
    """A server of list pages keyed by the `after` cursor; records every query it gets."""

    def __init__(self, pages: List[Dict[str, Any]], cursor_of: Any = None) -> None:
        # By default page i+1 answers `after=<id of the last item of page i>`.
        self.by_cursor: Dict[Optional[str], Dict[str, Any]] = {}
        cursor: Optional[str] = None
        for page in pages:
            self.by_cursor[cursor] = page
            cursor = cursor_of(page) if cursor_of else (page["data"][-1]["id"] if page["data"] else None)
        self.queries: List[Dict[str, str]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        query = dict(request.url.params)
        self.queries.append(query)
        return httpx.Response(200, json=self.by_cursor[query.get("after")])


def cursor_pages(make: Any, sizes: Sequence[int], *, last_has_more: bool = False) -> List[Dict[str, Any]]:
    pages, n = [], 0
    for i, size in enumerate(sizes):
        data = [make(n + k) for k in range(size)]
        n += size
        pages.append({"object": "list", "data": data, "has_more": i < len(sizes) - 1 or last_has_more})
    return pages


def serve(mock: respx.MockRouter, path: str, pages: List[Dict[str, Any]], cursor_of: Any = None) -> Pages:
    server = Pages(pages, cursor_of)
    mock.get(path).mock(side_effect=server)
    return server


def serve_completions(mock: respx.MockRouter, sizes: Sequence[int] = (2, 2, 1), **kw: Any) -> Pages:
    return serve(mock, "/chat/completions", cursor_pages(completion, sizes, **kw))


# ----------------------------------------------------------------------------- SyncPage / AsyncPage


MODELS = {
    "object": "list",
    "data": [
        {"id": "gpt-4o", "object": "model", "created": 1, "owned_by": "openai"},
        {"id": "gpt-4o-mini", "object": "model", "created": 2, "owned_by": "openai"},
    ],
}


def test_models_list_is_a_single_page(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    route = mock.get("/models").respond(json=MODELS)
    page = client.models.list()
    assert isinstance(page, SyncPage)
    assert all(isinstance(m, Model) for m in page.data)
    assert page.has_next_page() is False
    assert page.next_page_info() is None
    assert [m.id for m in page] == ["gpt-4o", "gpt-4o-mini"]
    assert [len(p.data) for p in page.iter_pages()] == [2]
    assert route.call_count == 1
    with pytest.raises(RuntimeError, match=NO_NEXT_PAGE):
        page.get_next_page()


@pytest.mark.anyio
async def test_async_models_list_is_a_single_page(async_client: openai.AsyncOpenAI, mock: respx.MockRouter) -> None:
    route = mock.get("/models").respond(json=MODELS)
    page = await async_client.models.list()
    assert isinstance(page, AsyncPage)
    assert page.has_next_page() is False
    assert [m.id async for m in async_client.models.list()] == ["gpt-4o", "gpt-4o-mini"]
    assert [m.id async for m in page] == ["gpt-4o", "gpt-4o-mini"]
    assert route.call_count == 2
    with pytest.raises(RuntimeError, match=NO_NEXT_PAGE):
        await page.get_next_page()


# ----------------------------------------------------------------------------- cursor pages, sync


def test_auto_pagination_walks_every_page(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    server = serve_completions(mock)
    page = client.chat.completions.list()
    assert isinstance(page, SyncCursorPage)
    assert all(isinstance(c, ChatCompletion) for c in page.data)
    assert [c.id for c in page] == ["cc_0", "cc_1", "cc_2", "cc_3", "cc_4"]
    assert [q.get("after") for q in server.queries] == [None, "cc_1", "cc_3"]


def test_auto_pagination_keeps_the_original_query(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    server = serve_completions(mock)
    items = list(client.chat.completions.list(limit=2, order="desc", model="gpt-4o"))
    assert len(items) == 5
    assert server.queries == [
        {"limit": "2", "order": "desc", "model": "gpt-4o"},
        {"limit": "2", "order": "desc", "model": "gpt-4o", "after": "cc_1"},
        {"limit": "2", "order": "desc", "model": "gpt-4o", "after": "cc_3"},
    ]


def test_explicit_after_is_replaced_by_the_next_cursor(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    pages = cursor_pages(completion, [2, 1])
    server = Pages(pages)
    server.by_cursor["start"] = server.by_cursor.pop(None)
    mock.get("/chat/completions").mock(side_effect=server)
    assert [c.id for c in client.chat.completions.list(after="start")] == ["cc_0", "cc_1", "cc_2"]
    assert [q["after"] for q in server.queries] == ["start", "cc_1"]


def test_stops_when_has_more_is_false(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    server = serve_completions(mock, [2])
    page = client.chat.completions.list()
    assert page.has_more is False
    assert page.has_next_page() is False
    assert len(list(page)) == 2
    assert len(server.queries) == 1


def test_stops_on_an_empty_page(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    # The server claims more pages, but the second one is empty: nothing to continue from.
    server = serve_completions(mock, [2, 0], last_has_more=True)
    assert [c.id for c in client.chat.completions.list()] == ["cc_0", "cc_1"]
    assert len(server.queries) == 2
    last = list(client.chat.completions.list().iter_pages())[-1]
    assert last.data == [] and last.has_more is True
    assert last.has_next_page() is False
    assert last.next_page_info() is None
    with pytest.raises(RuntimeError, match=NO_NEXT_PAGE):
        last.get_next_page()


def test_missing_has_more_continues_while_items_come(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    pages = cursor_pages(completion, [1, 1, 0])
    for page in pages:
        del page["has_more"]
    server = serve(mock, "/chat/completions", pages)
    assert [c.id for c in client.chat.completions.list()] == ["cc_0", "cc_1"]
    assert len(server.queries) == 3


def test_manual_paging(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    serve_completions(mock)
    first = client.chat.completions.list(limit=2)
    assert first.has_next_page() is True
    info = first.next_page_info()
    assert info is not None and info.params == {"after": "cc_1"}
    second = first.get_next_page()
    assert isinstance(second, SyncCursorPage)
    assert [c.id for c in second.data] == ["cc_2", "cc_3"]
    third = second.get_next_page()
    assert [c.id for c in third.data] == ["cc_4"]
    assert third.has_more is False
    assert third.has_next_page() is False


def test_iter_pages(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    serve_completions(mock)
    pages = list(client.chat.completions.list().iter_pages())
    assert [[c.id for c in p.data] for p in pages] == [["cc_0", "cc_1"], ["cc_2", "cc_3"], ["cc_4"]]
    assert all(isinstance(p, SyncCursorPage) for p in pages)


def test_messages_list_pages_through_a_completion(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    server = serve(mock, "/chat/completions/cc_9/messages", cursor_pages(message, [2, 2, 1]))
    page = client.chat.completions.messages.list("cc_9", limit=2)
    assert isinstance(page, SyncCursorPage)
    items = list(page)
    assert all(isinstance(m, ChatCompletionStoreMessage) for m in items)
    assert [m.content for m in items] == [f"text {n}" for n in range(5)]
    assert [q.get("after") for q in server.queries] == [None, "msg_1", "msg_3"]
    assert all(q["limit"] == "2" for q in server.queries)


def test_next_page_keeps_extra_headers(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    serve_completions(mock)
    list(client.chat.completions.list(extra_headers={"X-Trace": "t1"}))
    assert [call.request.headers.get("x-trace") for call in mock.calls] == ["t1", "t1", "t1"]


# ----------------------------------------------------------------------------- cursor pages, async


@pytest.mark.anyio
async def test_async_await_gives_the_first_page(async_client: openai.AsyncOpenAI, mock: respx.MockRouter) -> None:
    server = serve_completions(mock)
    page = await async_client.chat.completions.list(limit=2)
    assert isinstance(page, AsyncCursorPage)
    assert [c.id for c in page.data] == ["cc_0", "cc_1"]
    assert page.has_next_page() is True
    info = page.next_page_info()
    assert info is not None and info.params == {"after": "cc_1"}
    second = await page.get_next_page()
    assert isinstance(second, AsyncCursorPage)
    assert [c.id for c in second.data] == ["cc_2", "cc_3"]
    assert server.queries[1] == {"limit": "2", "after": "cc_1"}


@pytest.mark.anyio
async def test_async_for_over_the_paginator_walks_every_item(
    async_client: openai.AsyncOpenAI, mock: respx.MockRouter
) -> None:
    server = serve_completions(mock)
    ids = [c.id async for c in async_client.chat.completions.list(order="asc")]
    assert ids == ["cc_0", "cc_1", "cc_2", "cc_3", "cc_4"]
    assert server.queries == [{"order": "asc"}, {"order": "asc", "after": "cc_1"}, {"order": "asc", "after": "cc_3"}]


@pytest.mark.anyio
async def test_async_for_over_a_page_walks_the_following_pages(
    async_client: openai.AsyncOpenAI, mock: respx.MockRouter
) -> None:
    serve_completions(mock)
    page = await async_client.chat.completions.list()
    assert [c.id async for c in page] == ["cc_0", "cc_1", "cc_2", "cc_3", "cc_4"]
    assert [len(p.data) async for p in page.iter_pages()] == [2, 2, 1]


@pytest.mark.anyio
async def test_async_stops_on_empty_page_and_has_more_false(
    async_client: openai.AsyncOpenAI, mock: respx.MockRouter
) -> None:
    server = serve_completions(mock, [1, 0], last_has_more=True)
    assert [c.id async for c in async_client.chat.completions.list()] == ["cc_0"]
    assert len(server.queries) == 2
    last = [p async for p in (await async_client.chat.completions.list()).iter_pages()][-1]
    with pytest.raises(RuntimeError, match=NO_NEXT_PAGE):
        await last.get_next_page()


@pytest.mark.anyio
async def test_async_messages_list(async_client: openai.AsyncOpenAI, mock: respx.MockRouter) -> None:
    server = serve(mock, "/chat/completions/cc_9/messages", cursor_pages(message, [1, 1]))
    items = [m async for m in async_client.chat.completions.messages.list("cc_9")]
    assert all(isinstance(m, ChatCompletionStoreMessage) for m in items)
    assert [m.id for m in items] == ["msg_0", "msg_1"]
    assert [q.get("after") for q in server.queries] == [None, "msg_0"]


# ----------------------------------------------------------------------------- conversation cursor pages


CONVERSATION_PAGES = [
    {
        "object": "list",
        "data": [{"id": "a", "type": "message"}, {"id": "b", "type": "message"}],
        "first_id": "a",
        "last_id": "b",
        "has_more": True,
    },
    {
        "object": "list",
        "data": [{"id": "c", "type": "reasoning"}],
        "first_id": "c",
        "last_id": "c-cursor",
        "has_more": True,
    },
    {"object": "list", "data": [{"id": "d", "type": "message"}], "first_id": "d", "last_id": "d", "has_more": False},
]
ITEMS_PATH = "/conversations/conv_1/items"


def serve_conversation(mock: respx.MockRouter) -> Pages:
    return serve(mock, ITEMS_PATH, CONVERSATION_PAGES, cursor_of=lambda page: page["last_id"])


def test_conversation_cursor_page_uses_last_id(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    server = serve_conversation(mock)
    page = client.get_api_list(
        ITEMS_PATH, model=Item, page=SyncConversationCursorPage[Item], options={"params": {"limit": 2}}
    )
    assert isinstance(page, SyncConversationCursorPage)
    assert all(isinstance(item, Item) for item in page.data)
    assert page.last_id == "b"
    info = page.next_page_info()
    assert info is not None and info.params == {"after": "b"}
    items = list(page)
    assert [(i.id, i.type) for i in items] == [("a", "message"), ("b", "message"), ("c", "reasoning"), ("d", "message")]
    # The cursor is `last_id`, not the id of the last item ("c-cursor" differs from "c").
    assert server.queries == [{"limit": "2"}, {"limit": "2", "after": "b"}, {"limit": "2", "after": "c-cursor"}]


def test_conversation_cursor_page_stops_without_last_id(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    page_json = {"object": "list", "data": [{"id": "a", "type": "message"}], "has_more": True, "last_id": None}
    mock.get(ITEMS_PATH).respond(json=page_json)
    page = client.get_api_list(ITEMS_PATH, model=Item, page=SyncConversationCursorPage[Item])
    assert page.has_next_page() is False
    assert [i.id for i in page] == ["a"]


@pytest.mark.anyio
async def test_async_conversation_cursor_page(async_client: openai.AsyncOpenAI, mock: respx.MockRouter) -> None:
    server = serve_conversation(mock)
    paginator = async_client.get_api_list(ITEMS_PATH, model=Item, page=AsyncConversationCursorPage[Item])
    page = await paginator
    assert isinstance(page, AsyncConversationCursorPage)
    assert page.next_page_info().params == {"after": "b"}  # type: ignore[union-attr]
    ids = [
        i.id async for i in async_client.get_api_list(ITEMS_PATH, model=Item, page=AsyncConversationCursorPage[Item])
    ]
    assert ids == ["a", "b", "c", "d"]
    assert [q.get("after") for q in server.queries] == [None, None, "b", "c-cursor"]
    last = [p async for p in page.iter_pages()][-1]
    assert last.has_more is False and last.has_next_page() is False
