"""Conversations and their items over respx, sync and async: the request of each method (with the
`include` query of `items.create`), typed results, item pagination by `last_id`, argument checks."""

from __future__ import annotations

from typing import Any, Dict

import httpx
import pytest
import respx

import openai
from openai.pagination import AsyncConversationCursorPage, SyncConversationCursorPage
from openai.types.conversations import Conversation, ConversationDeletedResource, ConversationItemList, Message
from openai.types.responses import ResponseFunctionToolCallItem, ResponseReasoningItem
from tests.utils.requests import assert_fails_before_sending, case, request_test

from .utils import run

pytestmark = pytest.mark.anyio

USER = {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "Hello!"}]}
LOGPROBS = ["message.output_text.logprobs"]
CONVERSATION = {"id": "conv_1", "object": "conversation", "created_at": 1741900000, "metadata": {"topic": "demo"}}
PAGES = (SyncConversationCursorPage, AsyncConversationCursorPage)


def item_json(id: str, text: str = "Hello!") -> Dict[str, Any]:
    content = [{"type": "input_text", "text": text}]
    return {"type": "message", "id": id, "role": "user", "status": "completed", "content": content}


def item_list(*items: Dict[str, Any], has_more: bool = False) -> Dict[str, Any]:
    ids = [item["id"] for item in items]
    first, last = (ids[0], ids[-1]) if ids else (None, None)
    return {"object": "list", "data": list(items), "first_id": first, "last_id": last, "has_more": has_more}


DELETED = {"id": "conv_1", "object": "conversation.deleted", "deleted": True}
CASES = [
    case("create", lambda c: c.conversations.create(), "POST /v1/conversations", {}, CONVERSATION, Conversation),
    case(
        "create-all-params",
        lambda c: c.conversations.create(items=[USER], metadata={"topic": "demo"}),
        "POST /v1/conversations",
        {"items": [USER], "metadata": {"topic": "demo"}},
        CONVERSATION,
        Conversation,
    ),
    case(
        "retrieve",
        lambda c: c.conversations.retrieve("conv_1"),
        "GET /v1/conversations/conv_1",
        None,
        CONVERSATION,
        Conversation,
    ),
    case(
        "update",
        lambda c: c.conversations.update("conv_1", metadata={"topic": "other"}),
        "POST /v1/conversations/conv_1",
        {"metadata": {"topic": "other"}},
        CONVERSATION,
        Conversation,
    ),
    case(
        "delete",
        lambda c: c.conversations.delete("conv_1"),
        "DELETE /v1/conversations/conv_1",
        None,
        DELETED,
        ConversationDeletedResource,
    ),
    case(
        "items.create",
        lambda c: c.conversations.items.create("conv_1", items=[USER]),
        "POST /v1/conversations/conv_1/items",
        {"items": [USER]},
        item_list(item_json("msg_1")),
        ConversationItemList,
    ),
    case(
        "items.create-include",
        lambda c: c.conversations.items.create("conv_1", items=[USER], include=LOGPROBS),
        "POST /v1/conversations/conv_1/items?include[]=message.output_text.logprobs",
        {"items": [USER]},
        item_list(item_json("msg_1")),
        ConversationItemList,
    ),
    case(
        "items.retrieve",
        lambda c: c.conversations.items.retrieve("msg_1", conversation_id="conv_1"),
        "GET /v1/conversations/conv_1/items/msg_1",
        None,
        item_json("msg_1"),
        Message,
    ),
    case(
        "items.retrieve-include",
        lambda c: c.conversations.items.retrieve("msg_1", conversation_id="conv_1", include=LOGPROBS),
        "GET /v1/conversations/conv_1/items/msg_1?include[]=message.output_text.logprobs",
        None,
        item_json("msg_1"),
        Message,
    ),
    case(
        "items.list",
        lambda c: c.conversations.items.list("conv_1"),
        "GET /v1/conversations/conv_1/items",
        None,
        item_list(),
        PAGES,
    ),
    case(
        "items.list-all-params",
        lambda c: c.conversations.items.list("conv_1", after="msg_0", include=LOGPROBS, limit=5, order="desc"),
        "GET /v1/conversations/conv_1/items?after=msg_0&include[]=message.output_text.logprobs&limit=5&order=desc",
        None,
        item_list(),
        PAGES,
    ),
    case(
        "items.delete",
        lambda c: c.conversations.items.delete("msg_1", conversation_id="conv_1"),
        "DELETE /v1/conversations/conv_1/items/msg_1",
        None,
        CONVERSATION,
        Conversation,
    ),
]


test_request_and_result = request_test(CASES)


async def test_created_items_are_typed(api: Any, respx_mock: respx.MockRouter) -> None:
    reasoning = {"type": "reasoning", "id": "rs_1", "summary": []}
    call = {"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": "f", "arguments": "{}"}
    respx_mock.post("http://api.test/v1/conversations/conv_1/items").respond(
        200, json=item_list(item_json("msg_1"), reasoning, call)
    )
    created = await run(api.conversations.items.create("conv_1", items=[USER]))
    assert [type(item) for item in created.data] == [Message, ResponseReasoningItem, ResponseFunctionToolCallItem]
    assert created.last_id == "fc_1"


async def test_items_are_paginated_by_last_id(api: Any, respx_mock: respx.MockRouter) -> None:
    route = respx_mock.get("http://api.test/v1/conversations/conv_1/items")
    route.side_effect = [
        httpx.Response(200, json=item_list(item_json("msg_1"), item_json("msg_2"), has_more=True)),
        httpx.Response(200, json=item_list(item_json("msg_3"))),
    ]
    paginator = api.conversations.items.list("conv_1", limit=2, order="asc")
    if isinstance(api, openai.AsyncOpenAI):
        ids = [item.id async for item in paginator]
    else:
        ids = [item.id for item in paginator]
    assert ids == ["msg_1", "msg_2", "msg_3"]
    assert [dict(call.request.url.params) for call in route.calls] == [
        {"limit": "2", "order": "asc"},
        {"limit": "2", "order": "asc", "after": "msg_2"},
    ]


@pytest.mark.parametrize(
    "call, error, match",
    [
        pytest.param(
            lambda c: c.conversations.update("conv_1"),
            TypeError,
            r"missing\ 1\ required\ keyword\-only\ argument:\ 'metadata'",
            id="update-no-metadata",
        ),
        pytest.param(lambda c: c.conversations.create(item=[]), TypeError, "did you mean `items`", id="create-typo"),
        pytest.param(lambda c: c.conversations.retrieve(""), ValueError, "`conversation_id`", id="retrieve-empty"),
        pytest.param(lambda c: c.conversations.delete(""), ValueError, "`conversation_id`", id="delete-empty"),
        pytest.param(
            lambda c: c.conversations.items.create("conv_1"),
            TypeError,
            r"missing\ 1\ required\ keyword\-only\ argument:\ 'items'",
            id="items-create-no-items",
        ),
        pytest.param(
            lambda c: c.conversations.items.retrieve("msg_1", conversation_id=""),
            ValueError,
            "`conversation_id`",
            id="items-retrieve-empty-conversation",
        ),
        pytest.param(
            lambda c: c.conversations.items.delete("", conversation_id="conv_1"),
            ValueError,
            "`item_id`",
            id="items-delete-empty-item",
        ),
        pytest.param(lambda c: c.conversations.items.list(""), ValueError, "`conversation_id`", id="items-list-empty"),
    ],
)
async def test_bad_arguments_fail_before_sending(
    api: Any, respx_mock: respx.MockRouter, call: Any, error: type, match: str
) -> None:
    await assert_fails_before_sending(api, respx_mock, call, error, match)
