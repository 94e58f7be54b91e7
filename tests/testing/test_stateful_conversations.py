"""The fake's /conversations and their items."""

from __future__ import annotations

from typing import Any

import pytest

import openai
from tests.utils import run
from tests.utils.requests import collect

pytestmark = pytest.mark.anyio


async def test_conversation_lifecycle(api: Any) -> None:
    conv = await run(api.conversations.create(items=[{"role": "user", "content": "hi"}], metadata={"a": "1"}))
    assert conv.id.startswith("conv_") and conv.metadata == {"a": "1"}
    assert (await run(api.conversations.retrieve(conv.id))).id == conv.id
    assert (await run(api.conversations.update(conv.id, metadata={"a": "2"}))).metadata == {"a": "2"}
    gone = await run(api.conversations.delete(conv.id))
    assert (gone.id, gone.deleted) == (conv.id, True)
    with pytest.raises(openai.NotFoundError):
        await run(api.conversations.retrieve(conv.id))


async def test_items_create_list_retrieve_delete(api: Any) -> None:
    conv = await run(api.conversations.create(items=[{"type": "message", "role": "user", "content": "first"}]))
    added = await run(
        api.conversations.items.create(
            conv.id,
            items=[
                {"type": "message", "role": "assistant", "content": "second"},
                {"type": "function_call_output", "call_id": "call_1", "output": "42"},
            ],
            include=["message.output_text.logprobs"],
        )
    )
    assert [item.type for item in added.data] == ["message", "function_call_output"]
    assert added.data[0].content[0].type == "output_text" and added.data[0].id.startswith("msg_")
    listed = await collect(api.conversations.items.list(conv.id, limit=1, order="asc"))
    assert [item.type for item in listed] == ["message", "message", "function_call_output"]
    assert listed[0].content[0].text == "first" and listed[0].content[0].type == "input_text"
    item = await run(api.conversations.items.retrieve(listed[1].id, conversation_id=conv.id))
    assert item.id == listed[1].id
    after = await run(api.conversations.items.delete(listed[1].id, conversation_id=conv.id))
    assert after.id == conv.id
    with pytest.raises(openai.NotFoundError):
        await run(api.conversations.items.retrieve(listed[1].id, conversation_id=conv.id))
    with pytest.raises(openai.NotFoundError):
        await run(api.conversations.items.list("conv_nope"))


async def test_too_many_items_is_a_400(api: Any) -> None:
    with pytest.raises(openai.BadRequestError) as error:
        await run(api.conversations.create(items=[{"role": "user", "content": str(i)} for i in range(21)]))
    assert error.value.param == "items"
