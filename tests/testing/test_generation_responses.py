"""POST /responses against the fake: plain, streamed events, tools, structured outputs, storage."""

from __future__ import annotations

import json
from typing import Any

import pydantic
import pytest

import openai
from openai.testing import FakeOpenAI
from openai.types.responses import Response
from tests.utils import run
from tests.utils.requests import collect
from tests.utils.responses import TEXT_TYPES

pytestmark = pytest.mark.anyio
TOOL: Any = {"type": "function", "name": "lookup", "parameters": {"type": "object", "properties": {}}, "strict": False}


async def test_create_answers_a_completed_response_with_usage(oai: Any) -> None:
    response = await run(oai.responses.create(model="gpt-4o", input="Tell me a joke", instructions="Be funny"))
    assert isinstance(response, Response)
    assert response.id.startswith("resp_") and response.status == "completed" and response.object == "response"
    assert response.output_text == "Fake reply to: Tell me a joke"
    assert response.instructions == "Be funny"
    assert response.usage is not None and response.usage.output_tokens == 8
    assert response.usage.total_tokens == response.usage.input_tokens + response.usage.output_tokens


async def test_stream_event_sequence(oai: Any, openai_fake: FakeOpenAI) -> None:
    openai_fake.queue_reply("One two three", endpoint="responses")
    events = await collect(await run(oai.responses.create(model="gpt-4o", input="count", stream=True)))
    kinds = [e.type for e in events]
    assert kinds == TEXT_TYPES
    assert [e.sequence_number for e in events] == list(range(len(events)))
    assert "".join(e.delta for e in events if e.type == "response.output_text.delta") == "One two three"
    assert events[0].response.status == "in_progress" and events[-1].response.output_text == "One two three"


async def test_function_calls_plain_and_streamed(oai: Any, openai_fake: FakeOpenAI) -> None:
    openai_fake.queue_tool_calls(("lookup", {"q": "x"}))
    response = await run(oai.responses.create(model="gpt-4o", input="find", tools=[TOOL]))
    (item,) = response.output
    assert item.type == "function_call" and item.name == "lookup" and json.loads(item.arguments) == {"q": "x"}
    assert item.call_id.startswith("call_")

    openai_fake.queue_tool_calls(("lookup", {"q": "y"}))
    events = await collect(await run(oai.responses.create(model="gpt-4o", input="find", tools=[TOOL], stream=True)))
    deltas = "".join(e.delta for e in events if e.type == "response.function_call_arguments.delta")
    done = [e for e in events if e.type == "response.function_call_arguments.done"]
    assert json.loads(deltas) == {"q": "y"} and done[0].arguments == deltas
    assert events[-1].type == "response.completed"


async def test_refusal_is_a_refusal_content_part(oai: Any, openai_fake: FakeOpenAI) -> None:
    openai_fake.queue_refusal("Cannot do.")
    response = await run(oai.responses.create(model="gpt-4o", input="x"))
    assert response.output[0].content[0].type == "refusal" and response.output[0].content[0].refusal == "Cannot do."
    openai_fake.queue_refusal("Cannot do.")
    events = await collect(await run(oai.responses.create(model="gpt-4o", input="x", stream=True)))
    assert "response.refusal.delta" in [e.type for e in events]


class Answer(pydantic.BaseModel):
    value: int
    unit: str


async def test_parse_with_text_format(oai: Any, openai_fake: FakeOpenAI) -> None:
    response = await run(oai.responses.parse(model="gpt-4o", input="how far?", text_format=Answer))
    assert isinstance(response.output_parsed, Answer)
    openai_fake.queue_structured({"value": 42, "unit": "km"})
    response = await run(oai.responses.parse(model="gpt-4o", input="how far?", text_format=Answer))
    assert response.output_parsed == Answer(value=42, unit="km")


def test_stream_helper_sync(openai_client: openai.OpenAI) -> None:
    with openai_client.responses.stream(model="gpt-4o", input="Hi", text_format=Answer) as stream:
        deltas = [e.delta for e in stream if e.type == "response.output_text.delta"]
        final = stream.get_final_response()
    assert "".join(deltas) == final.output_text and isinstance(final.output_parsed, Answer)


async def test_stream_helper_async(async_openai_client: openai.AsyncOpenAI) -> None:
    async with async_openai_client.responses.stream(model="gpt-4o", input="Hi") as stream:
        kinds = [e.type async for e in stream]
        final = await stream.get_final_response()
    assert kinds[-1] == "response.completed" and final.output_text == "Fake reply to: Hi"


async def test_stored_responses_retrieve_input_items_delete(oai: Any) -> None:
    response = await run(
        oai.responses.create(model="gpt-4o", input=[{"role": "user", "content": "a"}, {"role": "user", "content": "b"}])
    )
    assert (await run(oai.responses.retrieve(response.id))).output_text == response.output_text
    items = await run(oai.responses.input_items.list(response.id))
    assert [i.content[0].text for i in items.data] == ["b", "a"]  # newest first by default
    items = await run(oai.responses.input_items.list(response.id, order="asc"))
    assert [i.content[0].text for i in items.data] == ["a", "b"]
    await run(oai.responses.delete(response.id))
    with pytest.raises(openai.NotFoundError):
        await run(oai.responses.retrieve(response.id))


async def test_store_false_is_not_kept(oai: Any) -> None:
    response = await run(oai.responses.create(model="gpt-4o", input="x", store=False))
    assert response.store is False
    with pytest.raises(openai.NotFoundError):
        await run(oai.responses.retrieve(response.id))


async def test_previous_response_id_chains_and_must_exist(oai: Any, openai_fake: FakeOpenAI) -> None:
    first = await run(oai.responses.create(model="gpt-4o", input="first question"))
    second = await run(oai.responses.create(model="gpt-4o", input="and then?", previous_response_id=first.id))
    assert second.previous_response_id == first.id
    assert second.usage.input_tokens > first.usage.input_tokens  # the history counts as input
    with pytest.raises(openai.BadRequestError) as info:
        await run(oai.responses.create(model="gpt-4o", input="x", previous_response_id="resp_missing"))
    assert info.value.param == "previous_response_id"


async def test_background_responses_complete_or_cancel(oai: Any) -> None:
    queued = await run(oai.responses.create(model="gpt-4o", input="slow", background=True))
    assert queued.status == "queued" and queued.output == []
    assert (await run(oai.responses.retrieve(queued.id))).status == "completed"

    other = await run(oai.responses.create(model="gpt-4o", input="slow", background=True))
    assert (await run(oai.responses.cancel(other.id))).status == "cancelled"
    assert (await run(oai.responses.retrieve(other.id))).status == "cancelled"

    plain = await run(oai.responses.create(model="gpt-4o", input="x"))
    with pytest.raises(openai.BadRequestError):
        await run(oai.responses.cancel(plain.id))


async def test_unscripted_function_tools_are_called_until_a_result_comes_back(oai: Any) -> None:
    first = await run(oai.responses.create(model="gpt-4o", input="look it up", tools=[TOOL]))
    (item,) = first.output
    assert item.type == "function_call" and item.name == "lookup" and item.arguments == "{}"
    second = await run(
        oai.responses.create(
            model="gpt-4o",
            previous_response_id=first.id,
            input=[{"type": "function_call_output", "call_id": item.call_id, "output": "found"}],
            tools=[TOOL],
        )
    )
    assert second.output_text == "Fake reply to: found"
    named = await run(
        oai.responses.create(
            model="gpt-4o", input="x", tools=[TOOL], tool_choice={"type": "function", "name": "lookup"}
        )
    )
    assert named.output[0].type == "function_call"
