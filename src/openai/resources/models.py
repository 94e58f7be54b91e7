"""`/models`: list, retrieve and delete models."""

from __future__ import annotations

from typing import TYPE_CHECKING

from typing_extensions import Unpack

from .._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from .._typed_views import (
    RawView,
    StreamingView,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..pagination import AsyncPage, AsyncPaginator, SyncPage
from ..types.model import Model
from ..types.model_deleted import ModelDeleted

__all__ = [
    "Models",
    "AsyncModels",
    "ModelsWithRawResponse",
    "ModelsWithStreamingResponse",
    "AsyncModelsWithRawResponse",
    "AsyncModelsWithStreamingResponse",
]

RETRIEVE = Endpoint("get", "/models/{model}", cast_to=Model)
LIST = Endpoint("get", "/models", cast_to=Model, page=SyncPage)
ASYNC_LIST = Endpoint("get", "/models", cast_to=Model, page=AsyncPage)
DELETE = Endpoint("delete", "/models/{model}", cast_to=ModelDeleted)


class Models(SyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> ModelsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> ModelsWithStreamingResponse: ...

    def retrieve(self, model: str, **kw: Unpack[RequestExtras]) -> Model:
        """Get one model by id."""
        return self._call(RETRIEVE, dict(kw), "retrieve", model=model)

    def list(self, **kw: Unpack[RequestExtras]) -> SyncPage[Model]:
        """Every model available to this key (a single page)."""
        return self._call(LIST, dict(kw), "list")

    def delete(self, model: str, **kw: Unpack[RequestExtras]) -> ModelDeleted:
        """Delete a fine-tuned model you own."""
        return self._call(DELETE, dict(kw), "delete", model=model)


class AsyncModels(AsyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncModelsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncModelsWithStreamingResponse: ...

    async def retrieve(self, model: str, **kw: Unpack[RequestExtras]) -> Model:
        """Get one model by id."""
        return await self._call(RETRIEVE, dict(kw), "retrieve", model=model)

    def list(self, **kw: Unpack[RequestExtras]) -> AsyncPaginator[Model, AsyncPage[Model]]:
        """Every model available to this key: await for the page, or `async for` the models."""
        return self._list(ASYNC_LIST, dict(kw), "list")

    async def delete(self, model: str, **kw: Unpack[RequestExtras]) -> ModelDeleted:
        """Delete a fine-tuned model you own."""
        return await self._call(DELETE, dict(kw), "delete", model=model)


class ModelsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, models: Models) -> None:
            self.delete = to_raw_response_wrapper(models.delete)
            self.list = to_raw_response_wrapper(models.list)
            self.retrieve = to_raw_response_wrapper(models.retrieve)


class AsyncModelsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, models: AsyncModels) -> None:
            self.delete = async_to_raw_response_wrapper(models.delete)
            self.list = async_to_raw_response_wrapper(models.list)
            self.retrieve = async_to_raw_response_wrapper(models.retrieve)


class ModelsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, models: Models) -> None:
            self.delete = to_streamed_response_wrapper(models.delete)
            self.list = to_streamed_response_wrapper(models.list)
            self.retrieve = to_streamed_response_wrapper(models.retrieve)


class AsyncModelsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, models: AsyncModels) -> None:
            self.delete = async_to_streamed_response_wrapper(models.delete)
            self.list = async_to_streamed_response_wrapper(models.list)
            self.retrieve = async_to_streamed_response_wrapper(models.retrieve)
