"""Pages of list results, and auto-pagination over them.

A page is a model (`data` plus the fields that say whether more exist). It remembers the
request that produced it, so `get_next_page()` repeats that request with the next cursor.
Iterating a page (`for item in page` / `async for item in page`) walks every item of every
following page. Async list methods return an `AsyncPaginator`: `await` it for the first page,
or `async for` over it for every item.
"""

from __future__ import annotations

from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Dict,
    Generator,
    Generic,
    Iterator,
    List,
    Optional,
    Type,
    TypeVar,
    cast,
)

from pydantic import PrivateAttr

from ._models import BaseModel
from ._request import FinalRequestOptions

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "PageInfo",
    "BasePage",
    "SyncPage",
    "AsyncPage",
    "SyncCursorPage",
    "AsyncCursorPage",
    "SyncConversationCursorPage",
    "AsyncConversationCursorPage",
    "AsyncPaginator",
]

_T = TypeVar("_T")
_PageT = TypeVar("_PageT", bound="BasePage[Any]")


class PageInfo:
    """Where the next page is: new query params (cursor) for the same request."""

    params: Dict[str, Any]

    def __init__(self, *, params: Dict[str, Any]) -> None:
        self.params = params

    def __repr__(self) -> str:
        return f"PageInfo(params={self.params!r})"


class BasePage(BaseModel, Generic[_T]):
    _options: Optional[FinalRequestOptions] = PrivateAttr(None)
    _model: Any = PrivateAttr(None)
    _client: Any = PrivateAttr(None)

    def _get_page_items(self) -> List[_T]:
        return list(getattr(self, "data", None) or [])

    def next_page_info(self) -> Optional[PageInfo]:
        return None

    def has_next_page(self) -> bool:
        if not self._get_page_items():
            return False
        return self.next_page_info() is not None

    def _set_private_attributes(self, *, client: Any, model: Any, options: Optional[FinalRequestOptions]) -> None:
        self._client = client
        self._model = model
        self._options = options

    def _next_page_options(self) -> FinalRequestOptions:
        info = self.next_page_info()
        if info is None or self._options is None:
            raise RuntimeError(
                "No next page expected; please check `.has_next_page()` before calling `.get_next_page()`."
            )
        options = self._options.copy(params={**self._options.params, **info.params})
        # A page reached through `with_raw_response` fetches its followers as plain pages.
        options._strip_raw_response_header()
        return options


class BaseSyncPage(BasePage[_T], Generic[_T]):
    def __iter__(self) -> Iterator[_T]:  # type: ignore[override]
        for page in self.iter_pages():
            yield from page._get_page_items()

    def iter_pages(self: _PageT) -> Iterator[_PageT]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = cast(Any, page).get_next_page()

    def get_next_page(self: _PageT) -> _PageT:
        options = self._next_page_options()
        client: "SyncAPIClient" = self._client
        return cast(_PageT, client._request_api_list(self._model, type(self), options))


class BaseAsyncPage(BasePage[_T], Generic[_T]):
    async def __aiter__(self) -> AsyncIterator[_T]:
        async for page in self.iter_pages():
            for item in page._get_page_items():
                yield item

    async def iter_pages(self: _PageT) -> AsyncIterator[_PageT]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await cast(Any, page).get_next_page()

    async def get_next_page(self: _PageT) -> _PageT:
        options = self._next_page_options()
        client: "AsyncAPIClient" = self._client
        return cast(_PageT, await client._request_api_list(self._model, type(self), options))


class _PlainPage:
    """A single page: the list endpoints that return everything at once."""

    def next_page_info(self) -> Optional[PageInfo]:
        return None


class _CursorPage:
    """More pages follow while `has_more`; the cursor is the id of the last item."""

    def has_next_page(self) -> bool:
        if getattr(self, "has_more", None) is False:
            return False
        return BasePage.has_next_page(cast(Any, self))

    def next_page_info(self) -> Optional[PageInfo]:
        data = getattr(self, "data", None)
        if not data:
            return None
        last = data[-1]
        item_id = last.get("id") if isinstance(last, dict) else getattr(last, "id", None)
        if item_id is None:
            return None
        return PageInfo(params={"after": item_id})


class _ConversationCursorPage:
    """More pages follow while `has_more`; the cursor is the page's `last_id`."""

    def has_next_page(self) -> bool:
        if getattr(self, "has_more", None) is False:
            return False
        return BasePage.has_next_page(cast(Any, self))

    def next_page_info(self) -> Optional[PageInfo]:
        last_id = getattr(self, "last_id", None)
        if not last_id:
            return None
        return PageInfo(params={"after": last_id})


class SyncPage(_PlainPage, BaseSyncPage[_T], Generic[_T]):
    data: List[_T]
    object: str


class AsyncPage(_PlainPage, BaseAsyncPage[_T], Generic[_T]):
    data: List[_T]
    object: str


class SyncCursorPage(_CursorPage, BaseSyncPage[_T], Generic[_T]):
    data: List[_T]
    has_more: Optional[bool] = None


class AsyncCursorPage(_CursorPage, BaseAsyncPage[_T], Generic[_T]):
    data: List[_T]
    has_more: Optional[bool] = None


class SyncConversationCursorPage(_ConversationCursorPage, BaseSyncPage[_T], Generic[_T]):
    data: List[_T]
    has_more: Optional[bool] = None
    last_id: Optional[str] = None


class AsyncConversationCursorPage(_ConversationCursorPage, BaseAsyncPage[_T], Generic[_T]):
    data: List[_T]
    has_more: Optional[bool] = None
    last_id: Optional[str] = None


class AsyncPaginator(Generic[_T, _PageT]):
    """What async list methods return: await it for the first page, or `async for` every item."""

    def __init__(
        self,
        *,
        client: "AsyncAPIClient",
        options: FinalRequestOptions,
        page_cls: Type[_PageT],
        model: Type[_T],
    ) -> None:
        self._client = client
        self._options = options
        self._page_cls = page_cls  # parametrised: `AsyncCursorPage[Model]`
        self._model = model

    def __await__(self) -> Generator[Any, None, _PageT]:
        return self._get_page().__await__()

    async def _get_page(self) -> _PageT:
        def attach(resp: Any) -> Any:  # a page remembers how to fetch the next one
            resp._set_private_attributes(client=self._client, model=self._model, options=self._options)
            return resp

        self._options.post_parser = attach
        return cast(_PageT, await self._client.request(self._page_cls, self._options))

    async def __aiter__(self) -> AsyncIterator[_T]:
        page = cast(Any, await self)
        async for item in page:
            yield item
