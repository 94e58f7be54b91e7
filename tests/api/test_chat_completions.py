"""`chat.completions.*` against the Prism mock server, each test on the sync and the async client.

Prism checks every request against the spec (422 on a bad one) and answers with spec-shaped data,
so a passing test proves both that the request is spec-valid and that our models parse the reply.

What Prism cannot do here:
- Stream. The spec lists `text/event-stream` for `POST /chat/completions`, but Prism answers a
  `stream: true` request with a plain JSON `ChatCompletion` (and with a 500, "Cannot serialise
  complex objects as text", when asked for `text/event-stream`). The streaming test below only
  proves that Prism accepts the streaming request and that the stream releases its response;
  decoding chunks is tested with respx in tests/test_endpoint_requests.py.
- Validate this body from the raw spec: `StopConfiguration` and `prediction` carry `nullable`
  without `type`, which makes Prism accept any body. `scripts/mock` serves a normalised copy
  (scripts/prism_spec.py); `test_prism_rejects_an_invalid_create_body` guards that it does.
- Paginate for real: every list page says `has_more: true` with the same `last_id`, so the tests
  fetch one next page instead of iterating to the end.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import openai
from openai import AsyncStream, Stream
from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types import CompletionUsage
from openai.types.chat import ChatCompletion, ChatCompletionChunk, ChatCompletionDeleted, ChatCompletionMessage
from tests.utils import run

pytestmark = pytest.mark.anyio

COMPLETION_ID = "chatcmpl-abc123"
REQUIRED: Any = {"messages": [{"role": "user", "content": "Say hello"}], "model": "gpt-4o-mini"}
WEATHER_SCHEMA = {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}
ALL_CREATE_PARAMS: Any = {
    "messages": [
        {"role": "developer", "content": "Answer briefly.", "name": "rules"},
        {"role": "system", "content": [{"type": "text", "text": "You are helpful."}]},
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "What is the weather where this was taken?"},
                {"type": "image_url", "image_url": {"url": "https://example.com/street.png", "detail": "low"}},
            ],
        },
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": '{"city":"Paris"}'},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": "Sunny, 24 C"},
    ],
    "model": "gpt-4o",
    "audio": {"voice": "alloy", "format": "mp3"},
    "frequency_penalty": 0.5,
    "function_call": "auto",
    "functions": [{"name": "get_time", "description": "The current time.", "parameters": {"type": "object"}}],
    "logit_bias": {"50256": -100},
    "logprobs": True,
    "max_completion_tokens": 128,
    "max_tokens": 128,
    "metadata": {"purpose": "sdk-test"},
    "modalities": ["text", "audio"],
    "n": 1,
    "parallel_tool_calls": False,
    "prediction": {"type": "content", "content": "It is sunny in Paris."},
    "presence_penalty": -0.5,
    "prompt_cache_key": "weather-bot",
    "reasoning_effort": "low",
    "response_format": {
        "type": "json_schema",
        "json_schema": {"name": "weather", "description": "A forecast.", "schema": WEATHER_SCHEMA, "strict": True},
    },
    "safety_identifier": "user-7f3a",
    "seed": 42,
    "service_tier": "auto",
    "stop": ["\n\n", "END"],
    "store": True,
    "stream": False,
    "temperature": 0.2,
    "tool_choice": {"type": "function", "function": {"name": "get_weather"}},
    "tools": [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "description": "Weather by city.",
                "parameters": WEATHER_SCHEMA,
                "strict": True,
            },
        },
        {
            "type": "custom",
            "custom": {
                "name": "sql",
                "description": "Runs a query.",
                "format": {"type": "grammar", "grammar": {"definition": "start: /SELECT .+/", "syntax": "lark"}},
            },
        },
    ],
    "top_logprobs": 3,
    "top_p": 0.9,
    "user": "user-1234",
    "verbosity": "low",
    "web_search_options": {
        "search_context_size": "low",
        "user_location": {
            "type": "approximate",
            "approximate": {"city": "Paris", "country": "FR", "timezone": "Europe/Paris"},
        },
    },
}


def assert_chat_completion(completion: object) -> None:
    assert isinstance(completion, ChatCompletion)
    assert isinstance(completion.id, str)
    assert isinstance(completion.created, int)
    assert completion.object == "chat.completion"
    message = completion.choices[0].message
    assert isinstance(message, ChatCompletionMessage)
    assert message.role == "assistant"
    assert isinstance(completion.usage, CompletionUsage)
    assert isinstance(completion.usage.total_tokens, int)


def cursor_page_class(prism: Any) -> type:
    return AsyncCursorPage if isinstance(prism, openai.AsyncOpenAI) else SyncCursorPage


async def test_create_with_required_params(prism: Any) -> None:
    assert_chat_completion(await run(prism.chat.completions.create(**REQUIRED)))


async def test_create_with_all_params(prism: Any) -> None:
    assert_chat_completion(await run(prism.chat.completions.create(**ALL_CREATE_PARAMS)))


async def test_prism_rejects_an_invalid_create_body(prism: Any) -> None:
    with pytest.raises(openai.UnprocessableEntityError):
        await run(prism.chat.completions.create(**REQUIRED, extra_body={"temperature": "hot"}))


async def test_create_stream_is_accepted(prism: Any) -> None:
    params = {
        **ALL_CREATE_PARAMS,
        "stream": True,
        "stream_options": {"include_usage": True, "include_obfuscation": False},
    }
    stream = await run(prism.chat.completions.create(**params))
    assert isinstance(stream, (Stream, AsyncStream))
    assert stream._cast_to is ChatCompletionChunk
    assert stream.response.status_code == 200
    assert json.loads(stream.response.request.content)["stream"] is True
    await run(stream.close())
    assert stream.response.is_closed


async def test_create_with_raw_response(prism: Any) -> None:
    response = await run(prism.chat.completions.with_raw_response.create(**REQUIRED))
    assert response.status_code == 200
    assert response.http_request.method == "POST"
    assert_chat_completion(response.parse())


def test_create_with_streaming_response(prism_client: openai.OpenAI) -> None:
    with prism_client.chat.completions.with_streaming_response.create(**REQUIRED) as response:
        assert not response.is_closed
        assert_chat_completion(response.parse())
    assert response.is_closed


async def test_async_create_with_streaming_response(prism_async_client: openai.AsyncOpenAI) -> None:
    async with prism_async_client.chat.completions.with_streaming_response.create(**REQUIRED) as response:
        assert not response.is_closed
        assert_chat_completion(await response.parse())
    assert response.is_closed


async def test_retrieve(prism: Any) -> None:
    assert_chat_completion(await run(prism.chat.completions.retrieve(COMPLETION_ID)))


async def test_update(prism: Any) -> None:
    completion = await run(prism.chat.completions.update(COMPLETION_ID, metadata={"reviewed": "yes"}))
    assert_chat_completion(completion)


async def test_update_clearing_metadata(prism: Any) -> None:
    assert_chat_completion(await run(prism.chat.completions.update(COMPLETION_ID, metadata=None)))


async def test_list(prism: Any) -> None:
    page = await run(prism.chat.completions.list())
    assert isinstance(page, cursor_page_class(prism))
    assert page.data and all(isinstance(item, ChatCompletion) for item in page.data)


async def test_list_with_all_params(prism: Any) -> None:
    listing = prism.chat.completions.list(
        after="chatcmpl-1", limit=2, metadata={"purpose": "sdk-test"}, model="gpt-4o", order="desc"
    )
    page = await run(listing)
    assert isinstance(page, cursor_page_class(prism))
    assert_chat_completion(page.data[0])


async def test_list_next_page(prism: Any) -> None:
    page = await run(prism.chat.completions.list(limit=1))
    assert page.has_next_page()
    next_page = await run(page.get_next_page())
    assert isinstance(next_page, cursor_page_class(prism))
    assert_chat_completion(next_page.data[0])


async def test_delete(prism: Any) -> None:
    deleted = await run(prism.chat.completions.delete(COMPLETION_ID))
    assert isinstance(deleted, ChatCompletionDeleted)
    assert deleted.deleted is True
    assert deleted.object == "chat.completion.deleted"


async def test_delete_with_raw_response(prism: Any) -> None:
    response = await run(prism.chat.completions.with_raw_response.delete(COMPLETION_ID))
    assert response.http_request.method == "DELETE"
    assert isinstance(response.parse(), ChatCompletionDeleted)


@pytest.mark.parametrize("method", ["retrieve", "update", "delete"])
async def test_empty_completion_id(prism: Any, method: str) -> None:
    kwargs = {"metadata": {}} if method == "update" else {}
    with pytest.raises(ValueError, match="`completion_id`"):
        await run(getattr(prism.chat.completions, method)("", **kwargs))
