"""`/responses/{response_id}/input_items`: the items a response was given as input."""

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
from ...types.responses.input_item_list_params import InputItemListKwargs
from ...types.responses.response_item import ResponseItem

__all__ = [
    "InputItems",
    "AsyncInputItems",
    "InputItemsWithRawResponse",
    "InputItemsWithStreamingResponse",
    "AsyncInputItemsWithRawResponse",
    "AsyncInputItemsWithStreamingResponse",
]

_PATH = "/responses/{response_id}/input_items"
LIST = Endpoint("get", _PATH, cast_to=ResponseItem, params=InputItemListKwargs, query=True, page=SyncCursorPage)
ASYNC_LIST = Endpoint("get", _PATH, cast_to=ResponseItem, params=InputItemListKwargs, query=True, page=AsyncCursorPage)


class InputItemListArgs(InputItemListKwargs, RequestExtras, total=False):
    """The keywords of `responses.input_items.list`."""


class InputItems(SyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> InputItemsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> InputItemsWithStreamingResponse: ...

    def list(self, response_id: str, **kw: Unpack[InputItemListArgs]) -> SyncCursorPage[ResponseItem]:
        """The input items of a response, page by page."""
        return self._call(LIST, dict(kw), "list", response_id=response_id)


class AsyncInputItems(AsyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncInputItemsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncInputItemsWithStreamingResponse: ...

    def list(
        self, response_id: str, **kw: Unpack[InputItemListArgs]
    ) -> AsyncPaginator[ResponseItem, AsyncCursorPage[ResponseItem]]:
        """The input items of a response: await for the first page, or `async for` every item."""
        return self._list(ASYNC_LIST, dict(kw), "list", response_id=response_id)


class InputItemsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, input_items: InputItems) -> None:
            self.list = to_raw_response_wrapper(input_items.list)


class AsyncInputItemsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, input_items: AsyncInputItems) -> None:
            self.list = async_to_raw_response_wrapper(input_items.list)


class InputItemsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, input_items: InputItems) -> None:
            self.list = to_streamed_response_wrapper(input_items.list)


class AsyncInputItemsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, input_items: AsyncInputItems) -> None:
            self.list = async_to_streamed_response_wrapper(input_items.list)
