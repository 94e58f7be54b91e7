"""`chat.completions.messages.list` against the Prism mock server, on the sync and the async client.

Prism validates the path and the query (`limit` must be an integer, `order` asc/desc) and answers
a `ChatCompletionMessageList`. Every page it sends says `has_more: true` with the same `last_id`,
so the pagination test fetches one next page instead of iterating to the end.
"""

from __future__ import annotations

from typing import Any

import pytest

import openai
from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types.chat import ChatCompletionStoreMessage
from tests.utils import run

pytestmark = pytest.mark.anyio

COMPLETION_ID = "chatcmpl-abc123"


def assert_message_page(page: object, prism: Any) -> None:
    assert isinstance(page, AsyncCursorPage if isinstance(prism, openai.AsyncOpenAI) else SyncCursorPage)
    message = page.data[0]
    assert isinstance(message, ChatCompletionStoreMessage)
    assert isinstance(message.id, str)
    assert message.role == "assistant"
    assert message.content is None or isinstance(message.content, str)


async def test_list(prism: Any) -> None:
    assert_message_page(await run(prism.chat.completions.messages.list(COMPLETION_ID)), prism)


async def test_list_with_all_params(prism: Any) -> None:
    page = await run(prism.chat.completions.messages.list(COMPLETION_ID, after="msg_1", limit=5, order="desc"))
    assert_message_page(page, prism)


async def test_list_next_page(prism: Any) -> None:
    page = await run(prism.chat.completions.messages.list(COMPLETION_ID, limit=1))
    assert page.has_next_page()
    assert_message_page(await run(page.get_next_page()), prism)


async def test_list_with_raw_response(prism: Any) -> None:
    response = await run(prism.chat.completions.messages.with_raw_response.list(COMPLETION_ID, limit=1))
    assert response.status_code == 200
    assert response.http_request.url.path.endswith(f"/chat/completions/{COMPLETION_ID}/messages")
    assert_message_page(response.parse(), prism)


def test_list_with_streaming_response(prism_client: openai.OpenAI) -> None:
    with prism_client.chat.completions.messages.with_streaming_response.list(COMPLETION_ID) as response:
        assert_message_page(response.parse(), prism_client)
    assert response.is_closed


async def test_async_list_with_streaming_response(prism_async_client: openai.AsyncOpenAI) -> None:
    async with prism_async_client.chat.completions.messages.with_streaming_response.list(COMPLETION_ID) as response:
        assert_message_page(await response.parse(), prism_async_client)
    assert response.is_closed


async def test_empty_completion_id(prism: Any) -> None:
    with pytest.raises(ValueError, match="`completion_id`"):
        await run(prism.chat.completions.messages.list(""))
