"""`/assistants`: create, read, change, list and delete assistants (Assistants API v2, beta)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from typing_extensions import Unpack

from ..._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from ..._typed_views import (
    RawView,
    StreamingView,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ...pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from ...types.beta.assistant import Assistant
from ...types.beta.assistant_create_params import AssistantCreateKwargs
from ...types.beta.assistant_deleted import AssistantDeleted
from ...types.beta.assistant_list_params import AssistantListKwargs
from ...types.beta.assistant_update_params import AssistantUpdateKwargs

__all__ = [
    "Assistants",
    "AsyncAssistants",
    "AssistantsWithRawResponse",
    "AssistantsWithStreamingResponse",
    "AsyncAssistantsWithRawResponse",
    "AsyncAssistantsWithStreamingResponse",
]

# Every Assistants API request (assistants, threads, messages, runs, steps) names the API version.
ASSISTANTS_V2 = {"OpenAI-Beta": "assistants=v2"}

_ITEM = "/assistants/{assistant_id}"
CREATE = Endpoint("post", "/assistants", cast_to=Assistant, params=AssistantCreateKwargs, headers=ASSISTANTS_V2)
RETRIEVE = Endpoint("get", _ITEM, cast_to=Assistant, headers=ASSISTANTS_V2)
UPDATE = Endpoint("post", _ITEM, cast_to=Assistant, params=AssistantUpdateKwargs, headers=ASSISTANTS_V2)
LIST = Endpoint(
    "get",
    "/assistants",
    cast_to=Assistant,
    params=AssistantListKwargs,
    query=True,
    page=SyncCursorPage,
    headers=ASSISTANTS_V2,
)
ASYNC_LIST = Endpoint(
    "get",
    "/assistants",
    cast_to=Assistant,
    params=AssistantListKwargs,
    query=True,
    page=AsyncCursorPage,
    headers=ASSISTANTS_V2,
)
DELETE = Endpoint("delete", _ITEM, cast_to=AssistantDeleted, headers=ASSISTANTS_V2)


class AssistantCreateArgs(AssistantCreateKwargs, RequestExtras, total=False):
    """The keywords of `beta.assistants.create`."""


class AssistantUpdateArgs(AssistantUpdateKwargs, RequestExtras, total=False):
    """The keywords of `beta.assistants.update`."""


class AssistantListArgs(AssistantListKwargs, RequestExtras, total=False):
    """The keywords of `beta.assistants.list`."""


class Assistants(SyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AssistantsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AssistantsWithStreamingResponse: ...

    def create(self, **kw: Unpack[AssistantCreateArgs]) -> Assistant:
        """Create an assistant: a model with instructions, tools and tool resources."""
        return self._call(CREATE, dict(kw), "create")

    def retrieve(self, assistant_id: str, **kw: Unpack[RequestExtras]) -> Assistant:
        """One assistant by id."""
        return self._call(RETRIEVE, dict(kw), "retrieve", assistant_id=assistant_id)

    def update(self, assistant_id: str, **kw: Unpack[AssistantUpdateArgs]) -> Assistant:
        """Change the given fields of an assistant."""
        return self._call(UPDATE, dict(kw), "update", assistant_id=assistant_id)

    def list(self, **kw: Unpack[AssistantListArgs]) -> SyncCursorPage[Assistant]:
        """Your assistants, page by page."""
        return self._call(LIST, dict(kw), "list")

    def delete(self, assistant_id: str, **kw: Unpack[RequestExtras]) -> AssistantDeleted:
        """Delete an assistant."""
        return self._call(DELETE, dict(kw), "delete", assistant_id=assistant_id)


class AsyncAssistants(AsyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncAssistantsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncAssistantsWithStreamingResponse: ...

    async def create(self, **kw: Unpack[AssistantCreateArgs]) -> Assistant:
        """Create an assistant: a model with instructions, tools and tool resources."""
        return await self._call(CREATE, dict(kw), "create")

    async def retrieve(self, assistant_id: str, **kw: Unpack[RequestExtras]) -> Assistant:
        """One assistant by id."""
        return await self._call(RETRIEVE, dict(kw), "retrieve", assistant_id=assistant_id)

    async def update(self, assistant_id: str, **kw: Unpack[AssistantUpdateArgs]) -> Assistant:
        """Change the given fields of an assistant."""
        return await self._call(UPDATE, dict(kw), "update", assistant_id=assistant_id)

    def list(self, **kw: Unpack[AssistantListArgs]) -> AsyncPaginator[Assistant, AsyncCursorPage[Assistant]]:
        """Your assistants: await for the first page, or `async for` every assistant."""
        return self._list(ASYNC_LIST, dict(kw), "list")

    async def delete(self, assistant_id: str, **kw: Unpack[RequestExtras]) -> AssistantDeleted:
        """Delete an assistant."""
        return await self._call(DELETE, dict(kw), "delete", assistant_id=assistant_id)


class AssistantsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, assistants: Assistants) -> None:
            self.create = to_raw_response_wrapper(assistants.create)
            self.delete = to_raw_response_wrapper(assistants.delete)
            self.list = to_raw_response_wrapper(assistants.list)
            self.retrieve = to_raw_response_wrapper(assistants.retrieve)
            self.update = to_raw_response_wrapper(assistants.update)


class AsyncAssistantsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, assistants: AsyncAssistants) -> None:
            self.create = async_to_raw_response_wrapper(assistants.create)
            self.delete = async_to_raw_response_wrapper(assistants.delete)
            self.list = async_to_raw_response_wrapper(assistants.list)
            self.retrieve = async_to_raw_response_wrapper(assistants.retrieve)
            self.update = async_to_raw_response_wrapper(assistants.update)


class AssistantsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, assistants: Assistants) -> None:
            self.create = to_streamed_response_wrapper(assistants.create)
            self.delete = to_streamed_response_wrapper(assistants.delete)
            self.list = to_streamed_response_wrapper(assistants.list)
            self.retrieve = to_streamed_response_wrapper(assistants.retrieve)
            self.update = to_streamed_response_wrapper(assistants.update)


class AsyncAssistantsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, assistants: AsyncAssistants) -> None:
            self.create = async_to_streamed_response_wrapper(assistants.create)
            self.delete = async_to_streamed_response_wrapper(assistants.delete)
            self.list = async_to_streamed_response_wrapper(assistants.list)
            self.retrieve = async_to_streamed_response_wrapper(assistants.retrieve)
            self.update = async_to_streamed_response_wrapper(assistants.update)
