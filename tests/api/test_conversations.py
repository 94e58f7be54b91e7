"""`conversations.*` and `conversations.items.*` against the Prism mock server, each test on the sync
and the async client (Prism validates the requests and answers with spec-shaped data)."""

from __future__ import annotations

from typing import Any

import pytest

import openai
from openai.pagination import AsyncConversationCursorPage, SyncConversationCursorPage
from openai.types.conversations import Conversation, ConversationDeletedResource, ConversationItemList
from tests.utils import run

pytestmark = pytest.mark.anyio

CONVERSATION_ID = "conv_123"
ITEM_ID = "msg_abc"
# A string content: a list would match two input item schemas at once, which Prism's `oneOf` rejects.
USER = {"type": "message", "role": "user", "content": "Hello!"}
INCLUDE = ["message.output_text.logprobs"]


def assert_conversation(conversation: object) -> None:
    assert isinstance(conversation, Conversation)
    assert isinstance(conversation.id, str)
    assert conversation.object == "conversation"


def assert_item(item: Any) -> None:
    assert isinstance(item.id, str)
    assert isinstance(item.type, str)


async def test_create(prism: Any) -> None:
    assert_conversation(await run(prism.conversations.create()))


async def test_create_with_all_params(prism: Any) -> None:
    assert_conversation(await run(prism.conversations.create(items=[USER], metadata={"topic": "demo"})))


async def test_retrieve(prism: Any) -> None:
    assert_conversation(await run(prism.conversations.retrieve(CONVERSATION_ID)))


async def test_update(prism: Any) -> None:
    assert_conversation(await run(prism.conversations.update(CONVERSATION_ID, metadata={"topic": "project-x"})))


async def test_delete(prism: Any) -> None:
    deleted = await run(prism.conversations.delete(CONVERSATION_ID))
    assert isinstance(deleted, ConversationDeletedResource)
    assert deleted.object == "conversation.deleted"


async def test_items_create(prism: Any) -> None:
    created = await run(prism.conversations.items.create(CONVERSATION_ID, items=[USER], include=INCLUDE))
    assert isinstance(created, ConversationItemList)
    assert created.data
    assert_item(created.data[0])


async def test_items_retrieve(prism: Any) -> None:
    assert_item(await run(prism.conversations.items.retrieve(ITEM_ID, conversation_id=CONVERSATION_ID)))


async def test_items_retrieve_with_include(prism: Any) -> None:
    item = prism.conversations.items.retrieve(ITEM_ID, conversation_id=CONVERSATION_ID, include=INCLUDE)
    assert_item(await run(item))


async def test_items_list(prism: Any) -> None:
    page = await run(prism.conversations.items.list(CONVERSATION_ID))
    page_class = AsyncConversationCursorPage if isinstance(prism, openai.AsyncOpenAI) else SyncConversationCursorPage
    assert isinstance(page, page_class)
    assert page.data
    assert_item(page.data[0])


async def test_items_list_with_all_params(prism: Any) -> None:
    listing = prism.conversations.items.list(CONVERSATION_ID, after=ITEM_ID, include=INCLUDE, limit=5, order="desc")
    page = await run(listing)
    assert page.data
    assert_item(page.data[0])


async def test_items_delete(prism: Any) -> None:
    assert_conversation(await run(prism.conversations.items.delete(ITEM_ID, conversation_id=CONVERSATION_ID)))
