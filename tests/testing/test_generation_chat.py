"""POST /chat/completions against the fake: plain, streamed, scripted, stored, and the helpers."""

from __future__ import annotations

import json
from typing import Any, List

import pydantic
import pytest

import openai
from openai.testing import FakeOpenAI
from openai.types.chat import ChatCompletion
from tests.utils import run
from tests.utils.requests import collect

pytestmark = pytest.mark.anyio
MESSAGES: Any = [
    {"role": "system", "content": "Be brief."},
    {"role": "user", "content": "What is the capital of France?"},
]
TOOL: Any = {
    "type": "function",
    "function": {"name": "get_weather", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}},
}


async def test_default_reply_derives_from_the_last_user_message(oai: Any) -> None:
    completion = await run(oai.chat.completions.create(model="gpt-4o", messages=MESSAGES))
    assert isinstance(completion, ChatCompletion)
    assert completion.id.startswith("chatcmpl-") and completion.object == "chat.completion"
    assert completion.model == "gpt-4o" and completion.created > 0
    choice = completion.choices[0]
    assert choice.finish_reason == "stop" and choice.message.role == "assistant"
    assert choice.message.content == "Fake reply to: What is the capital of France?"
    assert completion.usage is not None
    assert completion.usage.total_tokens == completion.usage.prompt_tokens + completion.usage.completion_tokens
    assert completion.usage.completion_tokens == 11  # words and punctuation marks
    again = await run(oai.chat.completions.create(model="gpt-4o", messages=MESSAGES))
    assert again.choices[0].message.content == choice.message.content and again.id != completion.id


async def test_n_gives_that_many_choices(oai: Any) -> None:
    completion = await run(oai.chat.completions.create(model="gpt-4o", messages=MESSAGES, n=3))
    assert [c.index for c in completion.choices] == [0, 1, 2]


async def test_an_empty_message_list_is_rejected(oai: Any) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        await run(oai.chat.completions.create(model="gpt-4o", messages=[]))
    assert info.value.param == "messages"


async def test_stream_sends_role_content_finish_and_usage_chunks(oai: Any, openai_fake: FakeOpenAI) -> None:
    openai_fake.queue_reply("Paris is the capital.")
    stream = await run(
        oai.chat.completions.create(
            model="gpt-4o", messages=MESSAGES, stream=True, stream_options={"include_usage": True}
        )
    )
    chunks = await collect(stream)
    assert chunks[0].choices[0].delta.role == "assistant"
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "Paris is the capital."
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "stop"
    assert chunks[-1].choices == [] and chunks[-1].usage is not None and chunks[-1].usage.completion_tokens == 5
    assert all(c.usage is None for c in chunks[:-1])
    assert len({c.id for c in chunks}) == 1


async def test_stream_without_usage_option_has_no_usage_chunk(oai: Any) -> None:
    chunks = await collect(await run(oai.chat.completions.create(model="gpt-4o", messages=MESSAGES, stream=True)))
    assert all(c.choices for c in chunks) and all(c.usage is None for c in chunks)


async def test_queued_tool_calls_plain_and_streamed(oai: Any, openai_fake: FakeOpenAI) -> None:
    openai_fake.queue_tool_calls(("get_weather", {"city": "Paris"}), endpoint="chat.completions")
    completion = await run(oai.chat.completions.create(model="gpt-4o", messages=MESSAGES, tools=[TOOL]))
    choice = completion.choices[0]
    assert choice.finish_reason == "tool_calls" and choice.message.content is None
    (call_,) = choice.message.tool_calls
    assert call_.type == "function" and call_.function.name == "get_weather" and call_.id.startswith("call_")
    assert json.loads(call_.function.arguments) == {"city": "Paris"}

    openai_fake.queue_tool_calls(
        {"name": "get_weather", "arguments": '{"city": "Rome"}', "id": "call_1"}, ("noop", "{}")
    )
    chunks = await collect(
        await run(oai.chat.completions.create(model="gpt-4o", messages=MESSAGES, tools=[TOOL], stream=True))
    )
    deltas = [tc for c in chunks for tc in (c.choices[0].delta.tool_calls or [])]
    ids = [d.id for d in deltas if d.id]
    assert len(ids) == 2 and ids[0] == "call_1" and ids[1].startswith("call_")
    args = {0: "", 1: ""}
    for d in deltas:
        args[d.index] += (d.function.arguments or "") if d.function else ""
    assert json.loads(args[0]) == {"city": "Rome"} and args[1] == "{}"
    assert chunks[-1].choices[0].finish_reason == "tool_calls"


async def test_queued_refusal(oai: Any, openai_fake: FakeOpenAI) -> None:
    openai_fake.queue_refusal("No.")
    completion = await run(oai.chat.completions.create(model="gpt-4o", messages=MESSAGES))
    assert completion.choices[0].message.refusal == "No." and completion.choices[0].message.content is None


async def test_store_keeps_the_completion_for_list_retrieve_update_messages_delete(oai: Any) -> None:
    first = await run(oai.chat.completions.create(model="gpt-4o", messages=MESSAGES, store=True, metadata={"k": "a"}))
    await run(oai.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, store=True, metadata={"k": "b"}))
    await run(oai.chat.completions.create(model="gpt-4o", messages=MESSAGES))  # not stored

    page = await run(oai.chat.completions.list())
    assert [c.model for c in page.data] == ["gpt-4o", "gpt-4o-mini"]
    assert [c.id for c in (await run(oai.chat.completions.list(model="gpt-4o-mini"))).data] != [first.id]
    assert [c.id for c in (await run(oai.chat.completions.list(metadata={"k": "a"}))).data] == [first.id]

    assert (await run(oai.chat.completions.retrieve(first.id))).choices[0].message.content == first.choices[
        0
    ].message.content
    updated = await run(oai.chat.completions.update(first.id, metadata={"k": "z"}))
    assert updated.metadata == {"k": "z"}

    messages = await run(oai.chat.completions.messages.list(first.id))
    assert [(m.role, m.content) for m in messages.data] == [(m["role"], m["content"]) for m in MESSAGES]
    assert messages.data[0].id == f"{first.id}-0"

    deleted = await run(oai.chat.completions.delete(first.id))
    assert deleted.deleted is True and deleted.id == first.id
    with pytest.raises(openai.NotFoundError):
        await run(oai.chat.completions.retrieve(first.id))


async def test_list_paginates_with_after(oai: Any) -> None:
    ids = [(await run(oai.chat.completions.create(model="gpt-4o", messages=MESSAGES, store=True))).id for _ in range(3)]
    page = await run(oai.chat.completions.list(limit=2))
    assert [c.id for c in page.data] == ids[:2] and page.has_more
    rest = await run(oai.chat.completions.list(limit=2, after=ids[1]))
    assert [c.id for c in rest.data] == ids[2:] and not rest.has_more


class City(pydantic.BaseModel):
    name: str
    population: int
    tags: List[str]


async def test_parse_fills_the_pydantic_model_from_the_schema(oai: Any, openai_fake: FakeOpenAI) -> None:
    completion = await run(oai.chat.completions.parse(model="gpt-4o", messages=MESSAGES, response_format=City))
    parsed = completion.choices[0].message.parsed
    assert isinstance(parsed, City) and parsed.tags and isinstance(parsed.population, int)

    openai_fake.queue_structured(City(name="Paris", population=2_100_000, tags=["capital"]))
    completion = await run(oai.chat.completions.parse(model="gpt-4o", messages=MESSAGES, response_format=City))
    assert completion.choices[0].message.parsed == City(name="Paris", population=2_100_000, tags=["capital"])


def test_stream_helper_sync(openai_client: openai.OpenAI, openai_fake: FakeOpenAI) -> None:
    openai_fake.queue_reply("Hello you.")
    with openai_client.chat.completions.stream(model="gpt-4o", messages=MESSAGES) as stream:
        kinds = [event.type for event in stream]
        final = stream.get_final_completion()
    assert kinds[0] == "chunk" and "content.delta" in kinds and "content.done" in kinds
    assert final.choices[0].message.content == "Hello you."


async def test_stream_helper_async_with_structured_output(async_openai_client: openai.AsyncOpenAI) -> None:
    async with async_openai_client.chat.completions.stream(
        model="gpt-4o", messages=MESSAGES, response_format=City
    ) as stream:
        async for _ in stream:
            pass
        final = await stream.get_final_completion()
    assert isinstance(final.choices[0].message.parsed, City)


async def test_unscripted_tools_are_called_once_then_answered(oai: Any) -> None:
    messages: Any = [{"role": "user", "content": "Weather in Paris?"}]
    first = await run(oai.chat.completions.create(model="gpt-4o", messages=messages, tools=[TOOL]))
    (tool_call,) = first.choices[0].message.tool_calls
    assert tool_call.function.name == "get_weather" and json.loads(tool_call.function.arguments) == {
        "city": "example city"
    }
    messages += [
        first.choices[0].message.model_dump(exclude_none=True),
        {"role": "tool", "tool_call_id": tool_call.id, "content": "sunny"},
    ]
    second = await run(oai.chat.completions.create(model="gpt-4o", messages=messages, tools=[TOOL]))
    assert second.choices[0].message.content == "Fake reply to: Weather in Paris?"
    none = await run(oai.chat.completions.create(model="gpt-4o", messages=MESSAGES, tools=[TOOL], tool_choice="none"))
    assert none.choices[0].message.tool_calls is None
    forced = await run(
        oai.chat.completions.create(model="gpt-4o", messages=messages, tools=[TOOL], tool_choice="required")
    )
    assert forced.choices[0].finish_reason == "tool_calls"
