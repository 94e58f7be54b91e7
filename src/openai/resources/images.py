"""`/images`: generate images from a prompt, edit images, and make variations of one.

`generate` sends JSON; `edit` and `create_variation` send multipart (one `image`, several as
`image[]`, and an optional `mask`). With `stream=True` (and `partial_images`), `generate` and
`edit` yield partial images as server-sent events, then the completed one.
"""

from __future__ import annotations

from typing import Optional, Union, overload

from typing_extensions import Literal, Unpack

from .._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from .._streaming import AsyncStream, Stream
from .._types import NOT_GIVEN, NotGiven
from ..types.image_create_variation_params import ImageCreateVariationParams
from ..types.image_edit_params import ImageEditParamsBase
from ..types.image_edit_stream_event import ImageEditStreamEvent
from ..types.image_gen_stream_event import ImageGenStreamEvent
from ..types.image_generate_params import ImageGenerateParamsBase
from ..types.images_response import ImagesResponse

__all__ = ["Images", "AsyncImages"]

GENERATE = Endpoint(
    "post",
    "/images/generations",
    cast_to=ImagesResponse,
    params=ImageGenerateParamsBase,
    stream_type=ImageGenStreamEvent,
)
EDIT = Endpoint(
    "post",
    "/images/edits",
    cast_to=ImagesResponse,
    params=ImageEditParamsBase,
    files=(("image",), ("mask",)),
    stream_type=ImageEditStreamEvent,
)
CREATE_VARIATION = Endpoint(
    "post", "/images/variations", cast_to=ImagesResponse, params=ImageCreateVariationParams, files=(("image",),)
)

_NoStream = Union[Optional[Literal[False]], NotGiven]


class ImageGenerateArgs(ImageGenerateParamsBase, RequestExtras, total=False):
    """The keywords of `images.generate` besides `stream`."""


class ImageEditArgs(ImageEditParamsBase, RequestExtras, total=False):
    """The keywords of `images.edit` besides `stream`."""


class ImageCreateVariationArgs(ImageCreateVariationParams, RequestExtras, total=False):
    """The keywords of `images.create_variation`."""


class Images(SyncAPIResource):
    @overload
    def generate(self, *, stream: Literal[True], **kw: Unpack[ImageGenerateArgs]) -> Stream[ImageGenStreamEvent]: ...
    @overload
    def generate(self, *, stream: _NoStream = NOT_GIVEN, **kw: Unpack[ImageGenerateArgs]) -> ImagesResponse: ...
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
    def edit(self, *, stream: Literal[True], **kw: Unpack[ImageEditArgs]) -> Stream[ImageEditStreamEvent]: ...
    @overload
    def edit(self, *, stream: _NoStream = NOT_GIVEN, **kw: Unpack[ImageEditArgs]) -> ImagesResponse: ...
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
    @overload
    async def generate(
        self, *, stream: Literal[True], **kw: Unpack[ImageGenerateArgs]
    ) -> AsyncStream[ImageGenStreamEvent]: ...
    @overload
    async def generate(self, *, stream: _NoStream = NOT_GIVEN, **kw: Unpack[ImageGenerateArgs]) -> ImagesResponse: ...
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
    async def edit(
        self, *, stream: Literal[True], **kw: Unpack[ImageEditArgs]
    ) -> AsyncStream[ImageEditStreamEvent]: ...
    @overload
    async def edit(self, *, stream: _NoStream = NOT_GIVEN, **kw: Unpack[ImageEditArgs]) -> ImagesResponse: ...
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
