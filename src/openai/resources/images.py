"""`/images`: generate images from a prompt, edit images, and make variations of one.

`generate` sends JSON; `edit` and `create_variation` send multipart (one `image`, several as
`image[]`, and an optional `mask`). With `stream=True` (and `partial_images`), `generate` and
`edit` yield partial images as server-sent events, then the completed one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union, overload

from typing_extensions import Literal, Unpack

from .._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from .._streaming import AsyncStream, Stream
from .._typed_views import (
    RawView,
    StreamingView,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, NotGiven
from ..types.image_create_variation_params import ImageCreateVariationKwargs
from ..types.image_edit_params import ImageEditKwargs
from ..types.image_edit_stream_event import ImageEditStreamEvent
from ..types.image_gen_stream_event import ImageGenStreamEvent
from ..types.image_generate_params import ImageGenerateKwargs
from ..types.images_response import ImagesResponse

__all__ = [
    "Images",
    "AsyncImages",
    "ImagesWithRawResponse",
    "ImagesWithStreamingResponse",
    "AsyncImagesWithRawResponse",
    "AsyncImagesWithStreamingResponse",
]

GENERATE = Endpoint(
    "post",
    "/images/generations",
    cast_to=ImagesResponse,
    params=ImageGenerateKwargs,
    stream_type=ImageGenStreamEvent,
)
EDIT = Endpoint(
    "post",
    "/images/edits",
    cast_to=ImagesResponse,
    params=ImageEditKwargs,
    files=(("image",), ("mask",)),
    stream_type=ImageEditStreamEvent,
)
CREATE_VARIATION = Endpoint(
    "post", "/images/variations", cast_to=ImagesResponse, params=ImageCreateVariationKwargs, files=(("image",),)
)

_NoStream = Union[Optional[Literal[False]], NotGiven]


class ImageGenerateArgs(ImageGenerateKwargs, RequestExtras, total=False):
    """The keywords of `images.generate` besides `stream`."""


class ImageEditArgs(ImageEditKwargs, RequestExtras, total=False):
    """The keywords of `images.edit` besides `stream`."""


class ImageCreateVariationArgs(ImageCreateVariationKwargs, RequestExtras, total=False):
    """The keywords of `images.create_variation`."""


class Images(SyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> ImagesWithRawResponse: ...
        @property
        def with_streaming_response(self) -> ImagesWithStreamingResponse: ...

    @overload
    def generate(self, *, stream: _NoStream = NOT_GIVEN, **kw: Unpack[ImageGenerateArgs]) -> ImagesResponse: ...
    @overload
    def generate(self, *, stream: Literal[True], **kw: Unpack[ImageGenerateArgs]) -> Stream[ImageGenStreamEvent]: ...
    @overload
    def generate(
        self, *, stream: bool, **kw: Unpack[ImageGenerateArgs]
    ) -> Union[ImagesResponse, Stream[ImageGenStreamEvent]]: ...
    def generate(
        self, *, stream: Union[Optional[bool], NotGiven] = NOT_GIVEN, **kw: Unpack[ImageGenerateArgs]
    ) -> Union[ImagesResponse, Stream[ImageGenStreamEvent]]:
        """Create images from a prompt; `stream=True` yields partial images, then the final one."""
        return self._call(GENERATE, {**kw, "stream": stream}, "generate")

    @overload
    def edit(self, *, stream: _NoStream = NOT_GIVEN, **kw: Unpack[ImageEditArgs]) -> ImagesResponse: ...
    @overload
    def edit(self, *, stream: Literal[True], **kw: Unpack[ImageEditArgs]) -> Stream[ImageEditStreamEvent]: ...
    @overload
    def edit(
        self, *, stream: bool, **kw: Unpack[ImageEditArgs]
    ) -> Union[ImagesResponse, Stream[ImageEditStreamEvent]]: ...
    def edit(
        self, *, stream: Union[Optional[bool], NotGiven] = NOT_GIVEN, **kw: Unpack[ImageEditArgs]
    ) -> Union[ImagesResponse, Stream[ImageEditStreamEvent]]:
        """Edit one image or several (a list) from a prompt, optionally within a `mask`."""
        return self._call(EDIT, {**kw, "stream": stream}, "edit")

    def create_variation(self, **kw: Unpack[ImageCreateVariationArgs]) -> ImagesResponse:
        """Variations of one image (DALL·E 2)."""
        return self._call(CREATE_VARIATION, dict(kw), "create_variation")


class AsyncImages(AsyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncImagesWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncImagesWithStreamingResponse: ...

    @overload
    async def generate(self, *, stream: _NoStream = NOT_GIVEN, **kw: Unpack[ImageGenerateArgs]) -> ImagesResponse: ...
    @overload
    async def generate(
        self, *, stream: Literal[True], **kw: Unpack[ImageGenerateArgs]
    ) -> AsyncStream[ImageGenStreamEvent]: ...
    @overload
    async def generate(
        self, *, stream: bool, **kw: Unpack[ImageGenerateArgs]
    ) -> Union[ImagesResponse, AsyncStream[ImageGenStreamEvent]]: ...
    async def generate(
        self, *, stream: Union[Optional[bool], NotGiven] = NOT_GIVEN, **kw: Unpack[ImageGenerateArgs]
    ) -> Union[ImagesResponse, AsyncStream[ImageGenStreamEvent]]:
        """Create images from a prompt; `stream=True` yields partial images, then the final one."""
        return await self._call(GENERATE, {**kw, "stream": stream}, "generate")

    @overload
    async def edit(self, *, stream: _NoStream = NOT_GIVEN, **kw: Unpack[ImageEditArgs]) -> ImagesResponse: ...
    @overload
    async def edit(
        self, *, stream: Literal[True], **kw: Unpack[ImageEditArgs]
    ) -> AsyncStream[ImageEditStreamEvent]: ...
    @overload
    async def edit(
        self, *, stream: bool, **kw: Unpack[ImageEditArgs]
    ) -> Union[ImagesResponse, AsyncStream[ImageEditStreamEvent]]: ...
    async def edit(
        self, *, stream: Union[Optional[bool], NotGiven] = NOT_GIVEN, **kw: Unpack[ImageEditArgs]
    ) -> Union[ImagesResponse, AsyncStream[ImageEditStreamEvent]]:
        """Edit one image or several (a list) from a prompt, optionally within a `mask`."""
        return await self._call(EDIT, {**kw, "stream": stream}, "edit")

    async def create_variation(self, **kw: Unpack[ImageCreateVariationArgs]) -> ImagesResponse:
        """Variations of one image (DALL·E 2)."""
        return await self._call(CREATE_VARIATION, dict(kw), "create_variation")


class ImagesWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, images: Images) -> None:
            self.create_variation = to_raw_response_wrapper(images.create_variation)
            self.edit = to_raw_response_wrapper(images.edit)
            self.generate = to_raw_response_wrapper(images.generate)


class AsyncImagesWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, images: AsyncImages) -> None:
            self.create_variation = async_to_raw_response_wrapper(images.create_variation)
            self.edit = async_to_raw_response_wrapper(images.edit)
            self.generate = async_to_raw_response_wrapper(images.generate)


class ImagesWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, images: Images) -> None:
            self.create_variation = to_streamed_response_wrapper(images.create_variation)
            self.edit = to_streamed_response_wrapper(images.edit)
            self.generate = to_streamed_response_wrapper(images.generate)


class AsyncImagesWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, images: AsyncImages) -> None:
            self.create_variation = async_to_streamed_response_wrapper(images.create_variation)
            self.edit = async_to_streamed_response_wrapper(images.edit)
            self.generate = async_to_streamed_response_wrapper(images.generate)
