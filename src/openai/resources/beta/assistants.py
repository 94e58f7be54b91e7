"""`/assistants`: create, read, change, list and delete assistants (Assistants API v2, beta)."""

from __future__ import annotations

from typing_extensions import Unpack

from ..._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from ...pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from ...types.beta.assistant import Assistant
from ...types.beta.assistant_create_params import AssistantCreateParams
from ...types.beta.assistant_deleted import AssistantDeleted
from ...types.beta.assistant_list_params import AssistantListParams
from ...types.beta.assistant_update_params import AssistantUpdateParams

__all__ = ["Assistants", "AsyncAssistants"]

# Every Assistants API request (assistants, threads, messages, runs, steps) names the API version.
ASSISTANTS_V2 = {"OpenAI-Beta": "assistants=v2"}

_ITEM = "/assistants/{assistant_id}"
CREATE = Endpoint("post", "/assistants", cast_to=Assistant, params=AssistantCreateParams, headers=ASSISTANTS_V2)
RETRIEVE = Endpoint("get", _ITEM, cast_to=Assistant, headers=ASSISTANTS_V2)
UPDATE = Endpoint("post", _ITEM, cast_to=Assistant, params=AssistantUpdateParams, headers=ASSISTANTS_V2)
LIST = Endpoint(
    "get",
    "/assistants",
    cast_to=Assistant,
    params=AssistantListParams,
    query=True,
    page=SyncCursorPage,
    headers=ASSISTANTS_V2,
)
ASYNC_LIST = Endpoint(
    "get",
    "/assistants",
    cast_to=Assistant,
    params=AssistantListParams,
    query=True,
    page=AsyncCursorPage,
    headers=ASSISTANTS_V2,
)
DELETE = Endpoint("delete", _ITEM, cast_to=AssistantDeleted, headers=ASSISTANTS_V2)


class AssistantCreateArgs(AssistantCreateParams, RequestExtras, total=False):
    """The keywords of `beta.assistants.create`."""


class AssistantUpdateArgs(AssistantUpdateParams, RequestExtras, total=False):
    """The keywords of `beta.assistants.update`."""


class AssistantListArgs(AssistantListParams, RequestExtras, total=False):
    """The keywords of `beta.assistants.list`."""


class Assistants(SyncAPIResource):
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
