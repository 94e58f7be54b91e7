"""A test module written the way a user of the SDK writes one: only the plugin's fixtures and the
public `openai` API, no mocks of our own (this is the example the docs point to)."""

from __future__ import annotations

import json
from typing import Any, Dict, List

import pydantic
import pytest

import openai
from openai.testing import FakeOpenAI

pytestmark = pytest.mark.openai_offline  # nothing here may reach the real API

WEATHER_TOOL: Any = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather in a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}


# -- the application code under test ------------------------------------------------------


def get_weather(city: str) -> str:
    return f"Sunny in {city}"


def answer_with_tools(client: openai.OpenAI, question: str) -> str:
    """Ask, run the tools the model calls, and return its final answer."""
    messages: List[Any] = [{"role": "user", "content": question}]
    while True:
        completion = client.chat.completions.create(model="gpt-4o", messages=messages, tools=[WEATHER_TOOL])
        message = completion.choices[0].message
        if not message.tool_calls:
            return message.content or ""
        messages.append(message.model_dump(exclude_none=True))
        for call in message.tool_calls:
            assert call.type == "function"
            result = get_weather(**json.loads(call.function.arguments))
            messages.append({"role": "tool", "tool_call_id": call.id, "content": result})


class Contact(pydantic.BaseModel):
    name: str
    email: str


def extract_contact(client: openai.OpenAI, text: str) -> Contact:
    completion = client.chat.completions.parse(
        model="gpt-4o", messages=[{"role": "user", "content": text}], response_format=Contact
    )
    parsed = completion.choices[0].message.parsed
    assert parsed is not None
    return parsed


async def stream_story(client: openai.AsyncOpenAI) -> str:
    pieces = []
    stream = await client.responses.create(model="gpt-4o", input="Tell me a story", stream=True)
    async for event in stream:
        if event.type == "response.output_text.delta":
            pieces.append(event.delta)
    return "".join(pieces)


# -- the tests ----------------------------------------------------------------------------


def test_tool_call_loop(openai_fake: FakeOpenAI, openai_client: openai.OpenAI) -> None:
    openai_fake.queue_tool_calls(("get_weather", {"city": "Paris"}))
    openai_fake.queue_reply("It is sunny in Paris.")

    assert answer_with_tools(openai_client, "Weather in Paris?") == "It is sunny in Paris."

    second = openai_fake.requests[1].body
    assert second["messages"][-1]["role"] == "tool"
    assert second["messages"][-1]["content"] == "Sunny in Paris"
    assert second["messages"][-1]["tool_call_id"] == second["messages"][1]["tool_calls"][0]["id"]


@pytest.mark.anyio
async def test_streamed_responses_call(openai_fake: FakeOpenAI, async_openai_client: openai.AsyncOpenAI) -> None:
    openai_fake.queue_reply("Once upon a time, the end.")

    assert await stream_story(async_openai_client) == "Once upon a time, the end."
    assert openai_fake.last_request.body["stream"] is True


def test_structured_output_parsing(openai_fake: FakeOpenAI, openai_client: openai.OpenAI) -> None:
    openai_fake.queue_structured(Contact(name="Ada", email="ada@example.com"))
    assert extract_contact(openai_client, "Ada, ada@example.com") == Contact(name="Ada", email="ada@example.com")

    # Without a scripted object the fake still answers something valid for the schema.
    assert isinstance(extract_contact(openai_client, "anyone"), Contact)


def test_batch_job(openai_client: openai.OpenAI) -> None:
    lines = [
        {
            "custom_id": f"q{i}",
            "method": "POST",
            "url": "/v1/chat/completions",
            "body": {"model": "gpt-4o", "messages": [{"role": "user", "content": f"Question {i}"}]},
        }
        for i in range(3)
    ]
    upload = openai_client.files.create(
        file=("batch.jsonl", "\n".join(json.dumps(line) for line in lines).encode()), purpose="batch"
    )
    batch = openai_client.batches.create(
        input_file_id=upload.id, endpoint="/v1/chat/completions", completion_window="24h"
    )
    for _ in range(10):
        batch = openai_client.batches.retrieve(batch.id)
        if batch.status == "completed":
            break
    assert batch.status == "completed" and batch.output_file_id is not None
    assert batch.request_counts is not None and batch.request_counts.completed == 3

    output = openai_client.files.content(batch.output_file_id).text
    results: Dict[str, Any] = {row["custom_id"]: row for row in map(json.loads, output.splitlines())}
    assert sorted(results) == ["q0", "q1", "q2"]
    answer = results["q1"]["response"]["body"]["choices"][0]["message"]["content"]
    assert answer == "Fake reply to: Question 1"


def test_retry_after_429(openai_fake: FakeOpenAI, openai_client: openai.OpenAI) -> None:
    openai_fake.queue_error(429, "Rate limit reached", headers={"retry-after-ms": "10"}, code="rate_limit_exceeded")

    completion = openai_client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])

    assert completion.choices[0].message.content == "Fake reply to: hi"
    assert len(openai_fake.requests_to("chat.completions")) == 2  # the 429, then the retry


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
