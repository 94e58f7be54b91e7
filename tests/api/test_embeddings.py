"""`embeddings.create` against the Prism mock server, on the sync and the async client.

Prism validates this body strictly (the spec forbids unknown properties here), so these tests
also prove that the `encoding_format` the client adds by itself is spec-valid.

What Prism cannot do: encode. It always answers with float embeddings, even when the request asks
for base64 -- which is what our client asks for when the caller picks no `encoding_format`. The
client decodes only embeddings that arrive as base64 strings, so against Prism the result must
hold the floats untouched. Decoding real base64 data is tested with respx in
tests/test_endpoint_requests.py.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import openai
from openai.types import CreateEmbeddingResponse, Embedding
from tests.utils import run

pytestmark = pytest.mark.anyio

REQUIRED: Any = {"input": "The food was delicious", "model": "text-embedding-3-small"}


def assert_float_embeddings(response: object) -> None:
    assert isinstance(response, CreateEmbeddingResponse)
    assert response.object == "list"
    assert isinstance(response.usage.total_tokens, int)
    embedding = response.data[0]
    assert isinstance(embedding, Embedding)
    assert isinstance(embedding.embedding, list)
    assert embedding.embedding and all(isinstance(value, float) for value in embedding.embedding)


@pytest.mark.parametrize(
    "input",
    ["The food was delicious", ["first text", "second text"], [1212, 318, 257], [[1212, 318], [257]]],
    ids=["text", "texts", "tokens", "token-lists"],
)
async def test_create_with_required_params(prism: Any, input: Any) -> None:
    assert_float_embeddings(await run(prism.embeddings.create(input=input, model="text-embedding-3-small")))


@pytest.mark.parametrize("encoding_format", ["float", "base64"])
async def test_create_with_all_params(prism: Any, encoding_format: str) -> None:
    params = {**REQUIRED, "dimensions": 256, "encoding_format": encoding_format, "user": "user-1234"}
    assert_float_embeddings(await run(prism.embeddings.create(**params)))


async def test_default_request_asks_for_base64_and_keeps_float_replies(prism: Any) -> None:
    response = await run(prism.embeddings.with_raw_response.create(**REQUIRED))
    assert json.loads(response.http_request.content)["encoding_format"] == "base64"
    assert_float_embeddings(response.parse())


async def test_prism_rejects_an_invalid_body(prism: Any) -> None:
    # Guards the tests above: a body the spec forbids must not pass.
    with pytest.raises(openai.UnprocessableEntityError):
        await run(prism.embeddings.create(**REQUIRED, extra_body={"dimensions": "wide"}))


def test_create_with_streaming_response(prism_client: openai.OpenAI) -> None:
    with prism_client.embeddings.with_streaming_response.create(**REQUIRED) as response:
        assert response.status_code == 200
        assert_float_embeddings(response.parse())
    assert response.is_closed


async def test_async_create_with_streaming_response(prism_async_client: openai.AsyncOpenAI) -> None:
    async with prism_async_client.embeddings.with_streaming_response.create(**REQUIRED) as response:
        assert response.status_code == 200
        assert_float_embeddings(await response.parse())
    assert response.is_closed
