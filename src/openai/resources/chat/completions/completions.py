"""`/chat/completions`: create (with streaming), and manage stored completions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, Union, overload

from typing_extensions import Literal, Unpack

from ...._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource, lazy_resource
from ...._streaming import AsyncStream, Stream
from ...._types import NOT_GIVEN, NotGiven
from ....pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from ....types.chat.chat_completion import ChatCompletion
from ....types.chat.chat_completion_chunk import ChatCompletionChunk
from ....types.chat.chat_completion_deleted import ChatCompletionDeleted
from ....types.chat.completion_create_params import CompletionCreateParamsBase
from ....types.chat.completion_list_params import CompletionListParams
from ....types.chat.completion_update_params import CompletionUpdateParams

if TYPE_CHECKING:
    from .messages import AsyncMessages, Messages

__all__ = ["Completions", "AsyncCompletions"]

_ITEM = "/chat/completions/{completion_id}"
CREATE = Endpoint(
    "post",
    "/chat/completions",
    cast_to=ChatCompletion,
    params=CompletionCreateParamsBase,
    stream_type=ChatCompletionChunk,
)
RETRIEVE = Endpoint("get", _ITEM, cast_to=ChatCompletion)
UPDATE = Endpoint("post", _ITEM, cast_to=ChatCompletion, params=CompletionUpdateParams)
LIST = Endpoint(
    "get", "/chat/completions", cast_to=ChatCompletion, params=CompletionListParams, query=True, page=SyncCursorPage
)
ASYNC_LIST = Endpoint(
    "get", "/chat/completions", cast_to=ChatCompletion, params=CompletionListParams, query=True, page=AsyncCursorPage
)
DELETE = Endpoint("delete", _ITEM, cast_to=ChatCompletionDeleted)


class _Helper:
    """A helper method of `openai.lib._chat_methods`, imported on first use: `create` and the
    other endpoints do not pay for the parsing and streaming helpers' imports."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, obj: object, owner: type) -> Any:
        from ....lib import _chat_methods

        function = getattr(_chat_methods, self.name)
        return function if obj is None else function.__get__(obj, owner)


class ChatCompletionCreateArgs(CompletionCreateParamsBase, RequestExtras, total=False):
    """The keywords of `chat.completions.create` besides `stream`."""


class CompletionUpdateArgs(CompletionUpdateParams, RequestExtras, total=False):
    """The keywords of `chat.completions.update`."""


class CompletionListArgs(CompletionListParams, RequestExtras, total=False):
    """The keywords of `chat.completions.list`."""


class Completions(SyncAPIResource):
    messages: "Messages" = lazy_resource("openai.resources.chat.completions.messages", "Messages")

    @overload
    def create(
        self, *, stream: Literal[True], **kw: Unpack[ChatCompletionCreateArgs]
    ) -> Stream[ChatCompletionChunk]: ...
    @overload
    def create(
        self, *, stream: Optional[Literal[False]] | NotGiven = NOT_GIVEN, **kw: Unpack[ChatCompletionCreateArgs]
    ) -> ChatCompletion: ...
    @overload
    def create(
        self, *, stream: bool, **kw: Unpack[ChatCompletionCreateArgs]
    ) -> Union[ChatCompletion, Stream[ChatCompletionChunk]]: ...
    def create(
        self, *, stream: Optional[bool] | NotGiven = NOT_GIVEN, **kw: Unpack[ChatCompletionCreateArgs]
    ) -> Union[ChatCompletion, Stream[ChatCompletionChunk]]:
        """Generate the next message of a conversation; `stream=True` yields chunks as they come."""
        return self._call(CREATE, {**kw, "stream": stream}, "create")

    def retrieve(self, completion_id: str, **kw: Unpack[RequestExtras]) -> ChatCompletion:
        """A stored completion (created with `store=True`)."""
        return self._call(RETRIEVE, dict(kw), "retrieve", completion_id=completion_id)

    def update(self, completion_id: str, **kw: Unpack[CompletionUpdateArgs]) -> ChatCompletion:
        """Replace the metadata of a stored completion."""
        return self._call(UPDATE, dict(kw), "update", completion_id=completion_id)

    def list(self, **kw: Unpack[CompletionListArgs]) -> SyncCursorPage[ChatCompletion]:
        """Stored completions, page by page."""
        return self._call(LIST, dict(kw), "list")

    def delete(self, completion_id: str, **kw: Unpack[RequestExtras]) -> ChatCompletionDeleted:
        """Delete a stored completion."""
        return self._call(DELETE, dict(kw), "delete", completion_id=completion_id)

    # parse/stream helpers (`response_format=` parsing; event stream manager): see openai.lib
    if TYPE_CHECKING:
        from ....lib._chat_methods import parse, stream
    else:
        parse, stream = _Helper("parse"), _Helper("stream")


class AsyncCompletions(AsyncAPIResource):
    messages: "AsyncMessages" = lazy_resource("openai.resources.chat.completions.messages", "AsyncMessages")

    @overload
    async def create(
        self, *, stream: Literal[True], **kw: Unpack[ChatCompletionCreateArgs]
    ) -> AsyncStream[ChatCompletionChunk]: ...
    @overload
    async def create(
        self, *, stream: Optional[Literal[False]] | NotGiven = NOT_GIVEN, **kw: Unpack[ChatCompletionCreateArgs]
    ) -> ChatCompletion: ...
    @overload
    async def create(
        self, *, stream: bool, **kw: Unpack[ChatCompletionCreateArgs]
    ) -> Union[ChatCompletion, AsyncStream[ChatCompletionChunk]]: ...
    async def create(
        self, *, stream: Optional[bool] | NotGiven = NOT_GIVEN, **kw: Unpack[ChatCompletionCreateArgs]
    ) -> Union[ChatCompletion, AsyncStream[ChatCompletionChunk]]:
        """Generate the next message of a conversation; `stream=True` yields chunks as they come."""
        return await self._call(CREATE, {**kw, "stream": stream}, "create")

    async def retrieve(self, completion_id: str, **kw: Unpack[RequestExtras]) -> ChatCompletion:
        """A stored completion (created with `store=True`)."""
        return await self._call(RETRIEVE, dict(kw), "retrieve", completion_id=completion_id)

    async def update(self, completion_id: str, **kw: Unpack[CompletionUpdateArgs]) -> ChatCompletion:
        """Replace the metadata of a stored completion."""
        return await self._call(UPDATE, dict(kw), "update", completion_id=completion_id)

    def list(self, **kw: Unpack[CompletionListArgs]) -> AsyncPaginator[ChatCompletion, AsyncCursorPage[ChatCompletion]]:
        """Stored completions: await for the first page, or `async for` every completion."""
        return self._list(ASYNC_LIST, dict(kw), "list")

    async def delete(self, completion_id: str, **kw: Unpack[RequestExtras]) -> ChatCompletionDeleted:
        """Delete a stored completion."""
        return await self._call(DELETE, dict(kw), "delete", completion_id=completion_id)

    # parse/stream helpers (`response_format=` parsing; event stream manager): see openai.lib
    if TYPE_CHECKING:
        from ....lib._chat_methods import async_parse as parse
        from ....lib._chat_methods import async_stream as stream
    else:
        parse, stream = _Helper("async_parse"), _Helper("async_stream")
