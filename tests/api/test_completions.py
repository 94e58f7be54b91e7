"""`completions.create` (legacy text completions) against the Prism mock server, sync and async.

What Prism cannot do here:
- Stream. The spec gives `POST /completions` no `text/event-stream` response, so Prism answers a
  `stream: true` request with one JSON `Completion`. The streaming test only proves that Prism
  accepts the streaming request and that the stream releases its response; decoding the events
  is tested with respx in tests/test_endpoint_requests.py.
- Validate this body when served the raw spec: `prompt` and `StopConfiguration` carry `nullable`
  without `type`, which makes Prism's validator give up and accept any body for
  `POST /completions`. `test_prism_rejects_an_invalid_body` fails (strict xfail) until the mock
  serves a spec with those schemas normalised; the parameter tests were checked against such a spec.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import openai
from openai import AsyncStream, Stream
from openai.types import Completion, CompletionChoice, CompletionUsage
from tests.utils import run

pytestmark = pytest.mark.anyio

REQUIRED: Any = {"model": "gpt-3.5-turbo-instruct", "prompt": "Say this is a test"}
ALL_PARAMS: Any = {
    "model": "gpt-3.5-turbo-instruct",
    "prompt": "Say this is a test",
    "best_of": 2,
    "echo": True,
    "frequency_penalty": 0.5,
    "logit_bias": {"50256": -100},
    "logprobs": 2,
    "max_tokens": 16,
    "n": 1,
    "presence_penalty": -0.5,
    "seed": 7,
    "stop": "\n",
    "stream": False,
    "suffix": " The end.",
    "temperature": 0.5,
    "top_p": 0.9,
    "user": "user-1234",
}


def assert_completion(completion: object) -> None:
    assert isinstance(completion, Completion)
    assert isinstance(completion.id, str)
    assert completion.object == "text_completion"
    choice = completion.choices[0]
    assert isinstance(choice, CompletionChoice)
    assert isinstance(choice.text, str)
    assert isinstance(choice.index, int)
    assert isinstance(completion.usage, CompletionUsage)


@pytest.mark.parametrize(
    "prompt",
    ["Say this is a test", ["First prompt", "Second prompt"], [1212, 318, 257], [[1212, 318], [257, 1332]]],
    ids=["text", "texts", "tokens", "token-lists"],
)
async def test_create_with_required_params(prism: Any, prompt: Any) -> None:
    assert_completion(await run(prism.completions.create(model="gpt-3.5-turbo-instruct", prompt=prompt)))


async def test_create_with_all_params(prism: Any) -> None:
    assert_completion(await run(prism.completions.create(**ALL_PARAMS)))


async def test_prism_rejects_an_invalid_body(prism: Any) -> None:
    with pytest.raises(openai.UnprocessableEntityError):
        await run(prism.completions.create(**REQUIRED, extra_body={"best_of": "many"}))


async def test_create_stream_is_accepted(prism: Any) -> None:
    params = {**ALL_PARAMS, "stream": True, "stream_options": {"include_usage": True}}
    stream = await run(prism.completions.create(**params))
    assert isinstance(stream, (Stream, AsyncStream))
    assert stream._cast_to is Completion
    assert stream.response.status_code == 200
    assert json.loads(stream.response.request.content)["stream"] is True
    await run(stream.close())
    assert stream.response.is_closed


async def test_create_with_raw_response(prism: Any) -> None:
    response = await run(prism.completions.with_raw_response.create(**REQUIRED))
    assert response.status_code == 200
    assert response.http_request.url.path.endswith("/completions")
    assert_completion(response.parse())


def test_create_with_streaming_response(prism_client: openai.OpenAI) -> None:
    with prism_client.completions.with_streaming_response.create(**REQUIRED) as response:
        assert_completion(response.parse())
    assert response.is_closed


async def test_async_create_with_streaming_response(prism_async_client: openai.AsyncOpenAI) -> None:
    async with prism_async_client.completions.with_streaming_response.create(**REQUIRED) as response:
        assert_completion(await response.parse())
    assert response.is_closed
