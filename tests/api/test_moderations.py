"""`moderations.create` against the Prism mock server, on the sync and the async client.

The `model` property of `CreateModerationRequest` carries `nullable` without `type`, which makes
Prism accept any body when it serves the raw spec; `scripts/mock` serves a normalised copy
(scripts/prism_spec.py) and `test_prism_rejects_an_invalid_body` guards that it does.
"""

from __future__ import annotations

from typing import Any

import pytest

import openai
from openai.types import Moderation, ModerationCreateResponse
from tests.utils import run

pytestmark = pytest.mark.anyio

TEXT = "I want to hug them."
MULTI_MODAL = [
    {"type": "text", "text": TEXT},
    {"type": "image_url", "image_url": {"url": "https://example.com/photo.png"}},
]


def assert_moderation(response: object) -> None:
    assert isinstance(response, ModerationCreateResponse)
    assert isinstance(response.id, str)
    assert isinstance(response.model, str)
    result = response.results[0]
    assert isinstance(result, Moderation)
    assert isinstance(result.flagged, bool)
    # Categories come with slashes and dashes on the wire ("self-harm/intent").
    assert isinstance(result.categories.self_harm_intent, bool)
    assert isinstance(result.category_scores.violence_graphic, float)
    assert set(result.category_applied_input_types.sexual) <= {"text", "image"}


@pytest.mark.parametrize("input", [TEXT, [TEXT, "A second text."], MULTI_MODAL], ids=["text", "texts", "multi-modal"])
async def test_create_with_required_params(prism: Any, input: Any) -> None:
    assert_moderation(await run(prism.moderations.create(input=input)))


async def test_create_with_all_params(prism: Any) -> None:
    assert_moderation(await run(prism.moderations.create(input=MULTI_MODAL, model="omni-moderation-latest")))


async def test_prism_rejects_an_invalid_body(prism: Any) -> None:
    with pytest.raises(openai.UnprocessableEntityError):
        await run(prism.moderations.create(input=[{"type": "video", "video": "clip.mp4"}]))


async def test_create_with_raw_response(prism: Any) -> None:
    response = await run(prism.moderations.with_raw_response.create(input=TEXT))
    assert response.status_code == 200
    assert response.http_request.url.path.endswith("/moderations")
    assert_moderation(response.parse())


def test_create_with_streaming_response(prism_client: openai.OpenAI) -> None:
    with prism_client.moderations.with_streaming_response.create(input=TEXT) as response:
        assert_moderation(response.parse())
    assert response.is_closed


async def test_async_create_with_streaming_response(prism_async_client: openai.AsyncOpenAI) -> None:
    async with prism_async_client.moderations.with_streaming_response.create(input=TEXT) as response:
        assert_moderation(await response.parse())
    assert response.is_closed
