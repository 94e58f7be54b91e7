"""`/responses/{response_id}/input_items`: the items a response was given as input."""

from __future__ import annotations

from typing_extensions import Unpack

from ..._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from ...pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from ...types.responses.input_item_list_params import InputItemListParams
from ...types.responses.response_item import ResponseItem

__all__ = ["InputItems", "AsyncInputItems"]

_PATH = "/responses/{response_id}/input_items"
LIST = Endpoint("get", _PATH, cast_to=ResponseItem, params=InputItemListParams, query=True, page=SyncCursorPage)
ASYNC_LIST = Endpoint("get", _PATH, cast_to=ResponseItem, params=InputItemListParams, query=True, page=AsyncCursorPage)


class InputItemListArgs(InputItemListParams, RequestExtras, total=False):
    """The keywords of `responses.input_items.list`."""


class InputItems(SyncAPIResource):
    def list(self, response_id: str, **kw: Unpack[InputItemListArgs]) -> SyncCursorPage[ResponseItem]:
        """The input items of a response, page by page."""
        return self._call(LIST, dict(kw), "list", response_id=response_id)


class AsyncInputItems(AsyncAPIResource):
    def list(
        self, response_id: str, **kw: Unpack[InputItemListArgs]
    ) -> AsyncPaginator[ResponseItem, AsyncCursorPage[ResponseItem]]:
        """The input items of a response: await for the first page, or `async for` every item."""
        return self._list(ASYNC_LIST, dict(kw), "list", response_id=response_id)
