"""`/containers`: create, inspect, list and delete the sandboxes the code interpreter tool runs in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from typing_extensions import Unpack

from ..._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource, lazy_resource
from ...pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from ...types.container_create_params import ContainerCreateParams
from ...types.container_create_response import ContainerCreateResponse
from ...types.container_list_params import ContainerListParams
from ...types.container_list_response import ContainerListResponse
from ...types.container_retrieve_response import ContainerRetrieveResponse

if TYPE_CHECKING:
    from .files.files import AsyncFiles, Files

__all__ = ["Containers", "AsyncContainers"]

_CONTAINERS = "/containers"
_CONTAINER = _CONTAINERS + "/{container_id}"
CREATE = Endpoint("post", _CONTAINERS, cast_to=ContainerCreateResponse, params=ContainerCreateParams)
RETRIEVE = Endpoint("get", _CONTAINER, cast_to=ContainerRetrieveResponse)
LIST = Endpoint(
    "get", _CONTAINERS, cast_to=ContainerListResponse, params=ContainerListParams, query=True, page=SyncCursorPage
)
ASYNC_LIST = Endpoint(
    "get", _CONTAINERS, cast_to=ContainerListResponse, params=ContainerListParams, query=True, page=AsyncCursorPage
)
# The API answers a deletion with an empty body, so accept anything.
DELETE = Endpoint("delete", _CONTAINER, cast_to=type(None), headers={"Accept": "*/*"})


class ContainerCreateArgs(ContainerCreateParams, RequestExtras, total=False):
    """The keywords of `containers.create`."""


class ContainerListArgs(ContainerListParams, RequestExtras, total=False):
    """The keywords of `containers.list`."""


class Containers(SyncAPIResource):
    files: "Files" = lazy_resource("openai.resources.containers.files.files", "Files")

    def create(self, **kw: Unpack[ContainerCreateArgs]) -> ContainerCreateResponse:
        """A new container, optionally holding copies of uploaded files (`file_ids`)."""
        return self._call(CREATE, dict(kw), "create")

    def retrieve(self, container_id: str, **kw: Unpack[RequestExtras]) -> ContainerRetrieveResponse:
        """One container by id."""
        return self._call(RETRIEVE, dict(kw), "retrieve", container_id=container_id)

    def list(self, **kw: Unpack[ContainerListArgs]) -> SyncCursorPage[ContainerListResponse]:
        """Your containers, page by page."""
        return self._call(LIST, dict(kw), "list")

    def delete(self, container_id: str, **kw: Unpack[RequestExtras]) -> None:
        """Delete a container and its files."""
        return self._call(DELETE, dict(kw), "delete", container_id=container_id)


class AsyncContainers(AsyncAPIResource):
    files: "AsyncFiles" = lazy_resource("openai.resources.containers.files.files", "AsyncFiles")

    async def create(self, **kw: Unpack[ContainerCreateArgs]) -> ContainerCreateResponse:
        """A new container, optionally holding copies of uploaded files (`file_ids`)."""
        return await self._call(CREATE, dict(kw), "create")

    async def retrieve(self, container_id: str, **kw: Unpack[RequestExtras]) -> ContainerRetrieveResponse:
        """One container by id."""
        return await self._call(RETRIEVE, dict(kw), "retrieve", container_id=container_id)

    def list(
        self, **kw: Unpack[ContainerListArgs]
    ) -> AsyncPaginator[ContainerListResponse, AsyncCursorPage[ContainerListResponse]]:
        """Your containers: await for the first page, or `async for` every container."""
        return self._list(ASYNC_LIST, dict(kw), "list")

    async def delete(self, container_id: str, **kw: Unpack[RequestExtras]) -> None:
        """Delete a container and its files."""
        return await self._call(DELETE, dict(kw), "delete", container_id=container_id)
