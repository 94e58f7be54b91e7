"""`/models`: list, retrieve and delete models."""

from __future__ import annotations

from typing_extensions import Unpack

from .._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from ..pagination import AsyncPage, AsyncPaginator, SyncPage
from ..types.model import Model
from ..types.model_deleted import ModelDeleted

__all__ = ["Models", "AsyncModels"]

RETRIEVE = Endpoint("get", "/models/{model}", cast_to=Model)
LIST = Endpoint("get", "/models", cast_to=Model, page=SyncPage)
ASYNC_LIST = Endpoint("get", "/models", cast_to=Model, page=AsyncPage)
DELETE = Endpoint("delete", "/models/{model}", cast_to=ModelDeleted)


class Models(SyncAPIResource):
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
    async def retrieve(self, model: str, **kw: Unpack[RequestExtras]) -> Model:
        """Get one model by id."""
        return await self._call(RETRIEVE, dict(kw), "retrieve", model=model)

    def list(self, **kw: Unpack[RequestExtras]) -> AsyncPaginator[Model, AsyncPage[Model]]:
        """Every model available to this key: await for the page, or `async for` the models."""
        return self._list(ASYNC_LIST, dict(kw), "list")

    async def delete(self, model: str, **kw: Unpack[RequestExtras]) -> ModelDeleted:
        """Delete a fine-tuned model you own."""
        return await self._call(DELETE, dict(kw), "delete", model=model)
