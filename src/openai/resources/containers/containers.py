"""`/containers`: create, inspect, list and delete the sandboxes the code interpreter tool runs in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from typing_extensions import Unpack

from ..._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource, lazy_resource
from ..._typed_views import (
    RawView,
    StreamingView,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ...pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from ...types.container_create_params import ContainerCreateKwargs
from ...types.container_create_response import ContainerCreateResponse
from ...types.container_list_params import ContainerListKwargs
from ...types.container_list_response import ContainerListResponse
from ...types.container_retrieve_response import ContainerRetrieveResponse

if TYPE_CHECKING:
    from .files.files import (
        AsyncFiles,
        AsyncFilesWithRawResponse,
        AsyncFilesWithStreamingResponse,
        Files,
        FilesWithRawResponse,
        FilesWithStreamingResponse,
    )

__all__ = [
    "Containers",
    "AsyncContainers",
    "ContainersWithRawResponse",
    "ContainersWithStreamingResponse",
    "AsyncContainersWithRawResponse",
    "AsyncContainersWithStreamingResponse",
]

_CONTAINERS = "/containers"
_CONTAINER = _CONTAINERS + "/{container_id}"
CREATE = Endpoint("post", _CONTAINERS, cast_to=ContainerCreateResponse, params=ContainerCreateKwargs)
RETRIEVE = Endpoint("get", _CONTAINER, cast_to=ContainerRetrieveResponse)
LIST = Endpoint(
    "get", _CONTAINERS, cast_to=ContainerListResponse, params=ContainerListKwargs, query=True, page=SyncCursorPage
)
ASYNC_LIST = Endpoint(
    "get", _CONTAINERS, cast_to=ContainerListResponse, params=ContainerListKwargs, query=True, page=AsyncCursorPage
)
# The API answers a deletion with an empty body, so accept anything.
DELETE = Endpoint("delete", _CONTAINER, cast_to=type(None), headers={"Accept": "*/*"})


class ContainerCreateArgs(ContainerCreateKwargs, RequestExtras, total=False):
    """The keywords of `containers.create`."""


class ContainerListArgs(ContainerListKwargs, RequestExtras, total=False):
    """The keywords of `containers.list`."""


class Containers(SyncAPIResource):
    files: "Files" = lazy_resource("openai.resources.containers.files.files", "Files")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> ContainersWithRawResponse: ...
        @property
        def with_streaming_response(self) -> ContainersWithStreamingResponse: ...

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

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncContainersWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncContainersWithStreamingResponse: ...

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


class ContainersWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, containers: Containers) -> None:
            self.create = to_raw_response_wrapper(containers.create)
            self.delete = to_raw_response_wrapper(containers.delete)
            self.list = to_raw_response_wrapper(containers.list)
            self.retrieve = to_raw_response_wrapper(containers.retrieve)

        @property
        def files(self) -> FilesWithRawResponse: ...


class AsyncContainersWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, containers: AsyncContainers) -> None:
            self.create = async_to_raw_response_wrapper(containers.create)
            self.delete = async_to_raw_response_wrapper(containers.delete)
            self.list = async_to_raw_response_wrapper(containers.list)
            self.retrieve = async_to_raw_response_wrapper(containers.retrieve)

        @property
        def files(self) -> AsyncFilesWithRawResponse: ...


class ContainersWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, containers: Containers) -> None:
            self.create = to_streamed_response_wrapper(containers.create)
            self.delete = to_streamed_response_wrapper(containers.delete)
            self.list = to_streamed_response_wrapper(containers.list)
            self.retrieve = to_streamed_response_wrapper(containers.retrieve)

        @property
        def files(self) -> FilesWithStreamingResponse: ...


class AsyncContainersWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, containers: AsyncContainers) -> None:
            self.create = async_to_streamed_response_wrapper(containers.create)
            self.delete = async_to_streamed_response_wrapper(containers.delete)
            self.list = async_to_streamed_response_wrapper(containers.list)
            self.retrieve = async_to_streamed_response_wrapper(containers.retrieve)

        @property
        def files(self) -> AsyncFilesWithStreamingResponse: ...
