"""`responses.*` against the Prism mock server, each test on the sync and the async client.

Prism checks every request against the spec (422 on a bad one) and answers with spec-shaped data,
so a passing test proves that the request is spec-valid and that our models parse the reply.
Prism does not stream: it answers a `stream=True` request with a plain JSON `Response`, so the
streaming tests only show that the request is accepted and that the stream releases its
response; decoding events is tested with respx in tests/test_responses_streaming.py.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

import openai
from openai import AsyncStream, Stream
from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types.responses import Response
from tests.utils import run
from tests.utils.responses import ALL_CREATE_PARAMS, INCLUDE

pytestmark = pytest.mark.anyio

RESPONSE_ID = "resp_677efb5139a88190b512bc3fef8e535d"
REQUIRED = {"model": "gpt-4o-mini", "input": "Tell me a three sentence bedtime story about a unicorn."}


def assert_response(response: object) -> None:
    assert isinstance(response, Response)
    assert isinstance(response.id, str)
    assert response.object == "response"
    assert isinstance(response.output, list)
    assert isinstance(response.output_text, str)


async def test_create_with_required_params(prism: Any) -> None:
    assert_response(await run(prism.responses.create(**REQUIRED)))


async def test_create_with_all_params(prism: Any) -> None:
    assert_response(await run(prism.responses.create(**ALL_CREATE_PARAMS, stream=False)))


async def test_prism_rejects_an_invalid_create_body(prism: Any) -> None:
    with pytest.raises(openai.UnprocessableEntityError):
        await run(prism.responses.create(**REQUIRED, extra_body={"temperature": "hot"}))


async def accepted_and_released(stream: Any) -> httpx.Request:
    """A stream Prism accepted (its answer is JSON, not events) gives back its connection on close."""
    assert isinstance(stream, (Stream, AsyncStream)) and stream.response.status_code == 200
    await run(stream.close())
    assert stream.response.is_closed
    return stream.response.request


async def test_create_stream_is_accepted(prism: Any) -> None:
    stream = prism.responses.create(**REQUIRED, stream=True, stream_options={"include_obfuscation": False})
    request = await accepted_and_released(await run(stream))
    assert json.loads(request.content)["stream"] is True


async def test_create_with_raw_response(prism: Any) -> None:
    response = await run(prism.responses.with_raw_response.create(**REQUIRED))
    assert response.status_code == 200
    assert response.http_request.method == "POST"
    assert_response(response.parse())


async def test_retrieve(prism: Any) -> None:
    assert_response(await run(prism.responses.retrieve(RESPONSE_ID)))


async def test_retrieve_with_all_params(prism: Any) -> None:
    response = await run(prism.responses.retrieve(RESPONSE_ID, include=INCLUDE, include_obfuscation=True, stream=False))
    assert_response(response)


async def test_retrieve_stream_is_accepted(prism: Any) -> None:
    request = await accepted_and_released(
        await run(prism.responses.retrieve(RESPONSE_ID, stream=True, starting_after=3))
    )
    assert request.url.params["starting_after"] == "3"


async def test_delete(prism: Any) -> None:
    assert await run(prism.responses.delete(RESPONSE_ID)) is None


async def test_cancel(prism: Any) -> None:
    assert_response(await run(prism.responses.cancel(RESPONSE_ID)))


async def test_input_items_list(prism: Any) -> None:
    page = await run(prism.responses.input_items.list(RESPONSE_ID))
    assert isinstance(page, AsyncCursorPage if isinstance(prism, openai.AsyncOpenAI) else SyncCursorPage)
    assert page.data and all(isinstance(item.id, str) for item in page.data)


async def test_input_items_list_with_all_params(prism: Any) -> None:
    listing = prism.responses.input_items.list(RESPONSE_ID, after="msg_abc", include=INCLUDE, limit=2, order="asc")
    page = await run(listing)
    assert page.data and isinstance(page.data[0].type, str)
