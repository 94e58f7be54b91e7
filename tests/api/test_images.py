"""`images.*` against the Prism mock server, each test on the sync and the async client.

Prism validates the JSON body of `generate` and the multipart form of `edit` and
`create_variation` (422 on a bad field, see `test_prism_rejects_an_invalid_form_field`), and
answers with a spec-shaped `ImagesResponse`.

What Prism cannot do here:
- Stream: it answers `stream=True` with plain JSON, so the streaming tests only show that the
  request is accepted and the stream gives its connection back; decoding partial images is
  tested with respx in tests/test_images.py.
- Read several images: the API takes them as repeated `image[]` parts (what the official client
  sends), which Prism does not map to the spec's array and reports as a missing `image`. The
  several-images request is checked part by part in tests/test_images.py.
"""

from __future__ import annotations

import pathlib
from typing import Any

import pytest

import openai
from openai import AsyncStream, Stream
from openai.types import ImageEditStreamEvent, ImageGenStreamEvent, ImagesResponse
from tests.utils import run

pytestmark = pytest.mark.anyio

PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)
IMAGE = ("otter.png", PNG, "image/png")
ALL_GENERATE_PARAMS: Any = {
    "prompt": "A sea otter wearing a hat",
    "background": "transparent",
    "model": "gpt-image-1",
    "moderation": "low",
    "n": 1,
    "output_compression": 90,
    "output_format": "png",
    "quality": "high",
    "response_format": "b64_json",
    "size": "1024x1024",
    "style": "vivid",
    "user": "user-1234",
}
ALL_EDIT_PARAMS: Any = {
    "prompt": "Add a hat",
    "background": "opaque",
    "input_fidelity": "high",
    "model": "gpt-image-1",
    "n": 1,
    "output_compression": 80,
    "output_format": "webp",
    "quality": "medium",
    "response_format": "b64_json",
    "size": "1024x1536",
    "user": "user-1234",
}


def assert_images(result: object) -> None:
    assert isinstance(result, ImagesResponse)
    assert isinstance(result.created, int)
    assert result.data and all(isinstance(image.b64_json or image.url, str) for image in result.data)


async def assert_accepted_stream(stream: Any, event_type: Any) -> None:
    assert isinstance(stream, (Stream, AsyncStream)) and stream._cast_to is event_type
    assert stream.response.status_code == 200
    await run(stream.close())
    assert stream.response.is_closed


async def test_generate_with_required_params(prism: Any) -> None:
    assert_images(await run(prism.images.generate(prompt="A sea otter")))


async def test_generate_with_all_params(prism: Any) -> None:
    assert_images(await run(prism.images.generate(**ALL_GENERATE_PARAMS, stream=False)))


async def test_generate_stream_is_accepted(prism: Any) -> None:
    stream = await run(prism.images.generate(prompt="A sea otter", stream=True, partial_images=2))
    await assert_accepted_stream(stream, ImageGenStreamEvent)


async def test_edit_with_required_params(prism: Any) -> None:
    assert_images(await run(prism.images.edit(image=IMAGE, prompt="Add a hat")))


async def test_edit_with_all_params_and_a_path(prism: Any, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "otter.png"
    path.write_bytes(PNG)
    result = await run(prism.images.edit(image=path, mask=("mask.png", PNG), partial_images=1, **ALL_EDIT_PARAMS))
    assert_images(result)


async def test_edit_stream_is_accepted(prism: Any) -> None:
    stream = await run(prism.images.edit(image=IMAGE, prompt="Add a hat", stream=True, partial_images=1))
    await assert_accepted_stream(stream, ImageEditStreamEvent)


async def test_create_variation_with_required_params(prism: Any) -> None:
    assert_images(await run(prism.images.create_variation(image=IMAGE)))


async def test_create_variation_with_all_params(prism: Any) -> None:
    params = {"model": "dall-e-2", "n": 2, "response_format": "url", "size": "256x256", "user": "user-1234"}
    assert_images(await run(prism.images.create_variation(image=IMAGE, **params)))


async def test_prism_rejects_an_invalid_form_field(prism: Any) -> None:
    with pytest.raises(openai.UnprocessableEntityError):
        await run(prism.images.create_variation(image=IMAGE, size="huge"))


async def test_generate_with_raw_response(prism: Any) -> None:
    response = await run(prism.images.with_raw_response.generate(prompt="A sea otter"))
    assert response.status_code == 200 and response.http_request.url.path.endswith("/images/generations")
    assert_images(response.parse())
