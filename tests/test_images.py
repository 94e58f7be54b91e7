"""`images.*` on the wire (respx), each test on the sync and the async client.

`generate` sends JSON; `edit` and `create_variation` send multipart bodies, checked part by part
(field names, filenames, content types) for every accepted file form. Streamed partial images
must come out as the right event classes (multipart and SSE helpers: tests/utils/).
"""

from __future__ import annotations

import base64
import json
import pathlib
from contextlib import ExitStack
from typing import Any, Dict

import pytest
import respx

import openai
from openai.types import (
    ImageEditCompletedEvent,
    ImageEditPartialImageEvent,
    ImageGenCompletedEvent,
    ImageGenPartialImageEvent,
    ImagesResponse,
)
from tests.utils import BASE_URL, run
from tests.utils.multipart import FILE_FORMS, file_arg, file_parts, form_fields
from tests.utils.servers import collect, sse

pytestmark = [pytest.mark.anyio, pytest.mark.respx(base_url=BASE_URL)]

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(200))
B64 = base64.b64encode(PNG).decode()
USAGE = {
    "input_tokens": 50,
    "input_tokens_details": {"image_tokens": 40, "text_tokens": 10},
    "output_tokens": 200,
    "total_tokens": 250,
}
B64_RESULT = {"created": 1_713_833_628, "data": [{"b64_json": B64}], "output_format": "png", "usage": USAGE}
URL_RESULT = {"created": 1_713_833_628, "data": [{"url": "https://img.test/1.png", "revised_prompt": "a calm otter"}]}


# ----------------------------------------------------------------------------- helpers (also for audio)


@pytest.fixture
def png(tmp_path: pathlib.Path) -> pathlib.Path:
    path = tmp_path / "otter.png"
    path.write_bytes(PNG)
    return path


def partial(kind: str, index: int) -> Dict[str, Any]:
    return {
        "type": f"{kind}.partial_image",
        "b64_json": B64,
        "partial_image_index": index,
        "background": "opaque",
        "created_at": 1,
        "output_format": "png",
        "quality": "low",
        "size": "1024x1024",
    }


def completed(kind: str) -> Dict[str, Any]:
    event = {**partial(kind, 0), "type": f"{kind}.completed", "usage": USAGE}
    del event["partial_image_index"]
    return event


# ----------------------------------------------------------------------------- generate


async def test_generate_sends_json_and_returns_b64_images(api: Any, respx_mock: respx.MockRouter) -> None:
    route = respx_mock.post("/images/generations").respond(json=B64_RESULT)
    params = {"prompt": "an otter", "model": "gpt-image-1", "n": 1, "size": "1024x1024", "quality": "high"}
    result = await run(api.images.generate(**params, background="transparent", output_format="png"))
    request = route.calls.last.request
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == {**params, "background": "transparent", "output_format": "png"}
    assert isinstance(result, ImagesResponse)
    assert result.data is not None and base64.b64decode(result.data[0].b64_json or "") == PNG
    assert result.usage is not None and result.usage.input_tokens_details.image_tokens == 40


async def test_generate_returns_urls(api: Any, respx_mock: respx.MockRouter) -> None:
    route = respx_mock.post("/images/generations").respond(json=URL_RESULT)
    result = await run(api.images.generate(prompt="an otter", model="dall-e-3", response_format="url", style="vivid"))
    assert json.loads(route.calls.last.request.content)["response_format"] == "url"
    assert result.data[0].url == "https://img.test/1.png"
    assert result.data[0].b64_json is None and result.data[0].revised_prompt == "a calm otter"


async def test_generate_stream_yields_partial_images_then_the_final_one(api: Any, respx_mock: respx.MockRouter) -> None:
    events = [partial("image_generation", 0), partial("image_generation", 1), completed("image_generation")]
    route = respx_mock.post("/images/generations").mock(return_value=sse(*events))
    stream = await run(api.images.generate(prompt="an otter", model="gpt-image-1", stream=True, partial_images=2))
    received = await collect(stream)
    assert json.loads(route.calls.last.request.content) == {
        "prompt": "an otter",
        "model": "gpt-image-1",
        "stream": True,
        "partial_images": 2,
    }
    assert [type(event) for event in received] == [
        ImageGenPartialImageEvent,
        ImageGenPartialImageEvent,
        ImageGenCompletedEvent,
    ]
    assert [event.partial_image_index for event in received[:2]] == [0, 1]
    assert received[2].usage.total_tokens == 250 and base64.b64decode(received[2].b64_json) == PNG
    assert stream.response.is_closed


async def test_generate_stream_error_event_raises_and_closes_the_response(
    api: Any, respx_mock: respx.MockRouter
) -> None:
    # COMPAT.md `stream-closed-on-error`: the official client leaves the response open here.
    error = {"type": "error", "error": {"message": "Image generation failed", "type": "server_error", "code": None}}
    respx_mock.post("/images/generations").mock(return_value=sse(partial("image_generation", 0), error))
    stream = await run(api.images.generate(prompt="an otter", model="gpt-image-1", stream=True, partial_images=1))
    with pytest.raises(openai.APIError, match="^Image generation failed$"):
        await collect(stream)
    assert stream.response.is_closed


# ----------------------------------------------------------------------------- edit


@pytest.mark.parametrize("form", FILE_FORMS)
async def test_edit_sends_one_image_as_multipart(
    api: Any, respx_mock: respx.MockRouter, png: pathlib.Path, form: str
) -> None:
    route = respx_mock.post("/images/edits").respond(json=B64_RESULT)
    with ExitStack() as stack:
        image, filename, content_type = file_arg(form, png, stack)
        result = await run(api.images.edit(image=image, prompt="add a hat", size="1024x1024", n=1))
        request = route.calls.last.request
        assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
        [part] = file_parts(request)
    assert (part.name, part.filename, part.content_type, part.content) == ("image", filename, content_type, PNG)
    assert form_fields(request) == {"prompt": ["add a hat"], "size": ["1024x1024"], "n": ["1"]}
    assert isinstance(result, ImagesResponse) and result.data is not None and result.data[0].b64_json == B64


async def test_edit_sends_several_images_as_image_array_and_a_mask(
    api: Any, respx_mock: respx.MockRouter, png: pathlib.Path
) -> None:
    route = respx_mock.post("/images/edits").respond(json=B64_RESULT)
    with png.open("rb") as handle:
        images = [png, ("second.webp", b"webp-bytes", "image/webp"), handle]
        await run(
            api.images.edit(
                image=images,
                mask=("mask.png", b"mask-bytes"),
                prompt="merge",
                model="gpt-image-1",
                input_fidelity="high",
            )
        )
        parts = file_parts(route.calls.last.request)
    assert [(p.name, p.filename, p.content_type, p.content) for p in parts] == [
        ("image[]", "otter.png", "image/png", PNG),
        ("image[]", "second.webp", "image/webp", b"webp-bytes"),
        ("image[]", "otter.png", "image/png", PNG),
        ("mask", "mask.png", "image/png", b"mask-bytes"),
    ]
    assert form_fields(route.calls.last.request) == {
        "prompt": ["merge"],
        "model": ["gpt-image-1"],
        "input_fidelity": ["high"],
    }


async def test_edit_stream_is_multipart_and_yields_edit_events(api: Any, respx_mock: respx.MockRouter) -> None:
    route = respx_mock.post("/images/edits").mock(return_value=sse(partial("image_edit", 0), completed("image_edit")))
    stream = await run(api.images.edit(image=("otter.png", PNG), prompt="add a hat", stream=True, partial_images=1))
    received = await collect(stream)
    request = route.calls.last.request
    assert form_fields(request) == {"prompt": ["add a hat"], "stream": ["true"], "partial_images": ["1"]}
    assert [p.name for p in file_parts(request)] == ["image"]
    assert [type(event) for event in received] == [ImageEditPartialImageEvent, ImageEditCompletedEvent]
    assert received[1].usage.output_tokens == 200
    assert stream.response.is_closed


# ----------------------------------------------------------------------------- create_variation


async def test_create_variation_sends_multipart_and_returns_urls(
    api: Any, respx_mock: respx.MockRouter, png: pathlib.Path
) -> None:
    route = respx_mock.post("/images/variations").respond(json=URL_RESULT)
    result = await run(
        api.images.create_variation(image=png, model="dall-e-2", n=2, size="256x256", response_format="url", user="u-1")
    )
    request = route.calls.last.request
    assert [(p.name, p.filename, p.content) for p in file_parts(request)] == [("image", "otter.png", PNG)]
    assert form_fields(request) == {
        "model": ["dall-e-2"],
        "n": ["2"],
        "size": ["256x256"],
        "response_format": ["url"],
        "user": ["u-1"],
    }
    assert isinstance(result, ImagesResponse) and result.data is not None
    assert result.data[0].url == "https://img.test/1.png"


# ----------------------------------------------------------------------------- arguments and response views


@pytest.mark.parametrize(
    "call, error",
    [
        pytest.param(
            lambda images: images.generate(prompt="x", sizee="1024x1024"), "'sizee'; did you mean `size`", id="typo"
        ),
        pytest.param(
            lambda images: images.generate(model="dall-e-3"),
            r"Missing\ required\ arguments;\ Expected\ either\ \('prompt'\)\ or\ \('prompt'\ and\ 'stream'\)\ arguments\ to\ be\ given",
            id="no-prompt",
        ),
        pytest.param(
            lambda images: images.edit(prompt="x"),
            r"Missing\ required\ arguments;\ Expected\ either\ \('image'\ and\ 'prompt'\)\ or\ \('image',\ 'prompt'\ and\ 'stream'\)\ arguments\ to\ be\ given",
            id="no-image",
        ),
        pytest.param(
            lambda images: images.create_variation(image=PNG, stream=True),
            "unexpected keyword argument 'stream'",
            id="no-stream",
        ),
    ],
)
async def test_bad_arguments_raise_before_sending(
    api: Any, respx_mock: respx.MockRouter, call: Any, error: str
) -> None:
    with pytest.raises(TypeError, match=error):
        await run(call(api.images))
    assert not respx_mock.calls


@pytest.mark.parametrize(
    "call, error",
    [
        pytest.param(
            lambda images: images.edit(image="otter.png", prompt="x"),
            "^Expected entry at `image` to be bytes, an io.IOBase instance, PathLike or a tuple but received <class 'str'> instead",
            id="image-as-str",
        ),
        pytest.param(
            lambda images: images.edit(image=[PNG, 3], prompt="x"),
            r"^Expected entry at `image\[\]` .* received <class 'int'> instead",
            id="bad-item",
        ),
        pytest.param(
            lambda images: images.edit(image=PNG, mask=None, prompt="x"),
            "^Expected entry at `mask` .* received <class 'NoneType'> instead",
            id="mask-none",
        ),
    ],
)
async def test_bad_file_arguments_raise_the_official_runtime_error(
    api: Any, respx_mock: respx.MockRouter, call: Any, error: str
) -> None:
    with pytest.raises(RuntimeError, match=error):
        await run(call(api.images))
    assert not respx_mock.calls


async def test_with_raw_response_generate(api: Any, respx_mock: respx.MockRouter) -> None:
    respx_mock.post("/images/generations").respond(json=URL_RESULT, headers={"x-request-id": "req_img"})
    response = await run(api.images.with_raw_response.generate(prompt="an otter"))
    assert response.request_id == "req_img"
    result = response.parse()
    assert isinstance(result, ImagesResponse) and result.data is not None
    assert result.data[0].url == "https://img.test/1.png"


def test_with_streaming_response_edit(client: openai.OpenAI, respx_mock: respx.MockRouter) -> None:
    respx_mock.post("/images/edits").respond(json=B64_RESULT)
    with client.images.with_streaming_response.edit(image=PNG, prompt="add a hat") as response:
        assert [p.name for p in file_parts(response.http_request)] == ["image"]
        result = response.parse()
    assert isinstance(result, ImagesResponse) and response.is_closed


async def test_async_with_streaming_response_edit(
    async_client: openai.AsyncOpenAI, respx_mock: respx.MockRouter
) -> None:
    respx_mock.post("/images/edits").respond(json=B64_RESULT)
    async with async_client.images.with_streaming_response.edit(image=PNG, prompt="add a hat") as response:
        result = await response.parse()
    assert isinstance(result, ImagesResponse) and response.is_closed
