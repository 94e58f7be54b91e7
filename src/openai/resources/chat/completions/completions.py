"""`/chat/completions`: create (with streaming), and manage stored completions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Optional, Union, overload

import pydantic
from typing_extensions import Literal, Unpack

from ...._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource, lazy_resource
from ...._streaming import AsyncStream, Stream
from ...._typed_views import (
    RawView,
    StreamingView,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ...._types import NOT_GIVEN, NotGiven
from ....pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from ....types.chat.chat_completion import ChatCompletion
from ....types.chat.chat_completion_chunk import ChatCompletionChunk
from ....types.chat.chat_completion_deleted import ChatCompletionDeleted
from ....types.chat.completion_create_params import CompletionCreateKwargs
from ....types.chat.completion_list_params import CompletionListKwargs
from ....types.chat.completion_update_params import CompletionUpdateKwargs

if TYPE_CHECKING:
    from ....lib import _chat_methods
    from .messages import (
        AsyncMessages,
        AsyncMessagesWithRawResponse,
        AsyncMessagesWithStreamingResponse,
        Messages,
        MessagesWithRawResponse,
        MessagesWithStreamingResponse,
    )

__all__ = [
    "Completions",
    "AsyncCompletions",
    "CompletionsWithRawResponse",
    "AsyncCompletionsWithRawResponse",
    "CompletionsWithStreamingResponse",
    "AsyncCompletionsWithStreamingResponse",
]

_ITEM = "/chat/completions/{completion_id}"


def _refuse_model_class(kw: Dict[str, Any]) -> Dict[str, Any]:
    # A pydantic class is what `parse()` takes; `create()` could only send garbage for it.
    response_format = kw.get("response_format")
    if isinstance(response_format, type) and issubclass(response_format, pydantic.BaseModel):
        raise TypeError(
            "You tried to pass a `BaseModel` class to `chat.completions.create()`; "
            "You must use `chat.completions.parse()` instead"
        )
    return kw


CREATE = Endpoint(
    "post",
    "/chat/completions",
    cast_to=ChatCompletion,
    params=CompletionCreateKwargs,
    stream_type=ChatCompletionChunk,
    prepare=_refuse_model_class,
)
RETRIEVE = Endpoint("get", _ITEM, cast_to=ChatCompletion)
UPDATE = Endpoint("post", _ITEM, cast_to=ChatCompletion, params=CompletionUpdateKwargs)
LIST = Endpoint(
    "get", "/chat/completions", cast_to=ChatCompletion, params=CompletionListKwargs, query=True, page=SyncCursorPage
)
ASYNC_LIST = Endpoint(
    "get", "/chat/completions", cast_to=ChatCompletion, params=CompletionListKwargs, query=True, page=AsyncCursorPage
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


class ChatCompletionCreateArgs(CompletionCreateKwargs, RequestExtras, total=False):
    """The keywords of `chat.completions.create` besides `stream`."""


class CompletionUpdateArgs(CompletionUpdateKwargs, RequestExtras, total=False):
    """The keywords of `chat.completions.update`."""


class CompletionListArgs(CompletionListKwargs, RequestExtras, total=False):
    """The keywords of `chat.completions.list`."""


class Completions(SyncAPIResource):
    messages: "Messages" = lazy_resource("openai.resources.chat.completions.messages", "Messages")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> CompletionsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> CompletionsWithStreamingResponse: ...

    @overload
    def create(
        self, *, stream: Optional[Literal[False]] | NotGiven = NOT_GIVEN, **kw: Unpack[ChatCompletionCreateArgs]
    ) -> ChatCompletion: ...
    @overload
    def create(
        self, *, stream: Literal[True], **kw: Unpack[ChatCompletionCreateArgs]
    ) -> Stream[ChatCompletionChunk]: ...
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
        parse = _chat_methods.parse
        stream = _chat_methods.stream
    else:
        parse, stream = _Helper("parse"), _Helper("stream")


class AsyncCompletions(AsyncAPIResource):
    messages: "AsyncMessages" = lazy_resource("openai.resources.chat.completions.messages", "AsyncMessages")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncCompletionsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncCompletionsWithStreamingResponse: ...

    @overload
    async def create(
        self, *, stream: Optional[Literal[False]] | NotGiven = NOT_GIVEN, **kw: Unpack[ChatCompletionCreateArgs]
    ) -> ChatCompletion: ...
    @overload
    async def create(
        self, *, stream: Literal[True], **kw: Unpack[ChatCompletionCreateArgs]
    ) -> AsyncStream[ChatCompletionChunk]: ...
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
        parse = _chat_methods.async_parse
        stream = _chat_methods.async_stream
    else:
        parse, stream = _Helper("async_parse"), _Helper("async_stream")


class CompletionsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, completions: Completions) -> None:
            self.parse = to_raw_response_wrapper(completions.parse)
            self.create = to_raw_response_wrapper(completions.create)
            self.retrieve = to_raw_response_wrapper(completions.retrieve)
            self.update = to_raw_response_wrapper(completions.update)
            self.list = to_raw_response_wrapper(completions.list)
            self.delete = to_raw_response_wrapper(completions.delete)

        @property
        def messages(self) -> MessagesWithRawResponse: ...


class AsyncCompletionsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, completions: AsyncCompletions) -> None:
            self.parse = async_to_raw_response_wrapper(completions.parse)
            self.create = async_to_raw_response_wrapper(completions.create)
            self.retrieve = async_to_raw_response_wrapper(completions.retrieve)
            self.update = async_to_raw_response_wrapper(completions.update)
            self.list = async_to_raw_response_wrapper(completions.list)
            self.delete = async_to_raw_response_wrapper(completions.delete)

        @property
        def messages(self) -> AsyncMessagesWithRawResponse: ...


class CompletionsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, completions: Completions) -> None:
            self.parse = to_streamed_response_wrapper(completions.parse)
            self.create = to_streamed_response_wrapper(completions.create)
            self.retrieve = to_streamed_response_wrapper(completions.retrieve)
            self.update = to_streamed_response_wrapper(completions.update)
            self.list = to_streamed_response_wrapper(completions.list)
            self.delete = to_streamed_response_wrapper(completions.delete)

        @property
        def messages(self) -> MessagesWithStreamingResponse: ...


class AsyncCompletionsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, completions: AsyncCompletions) -> None:
            self.parse = async_to_streamed_response_wrapper(completions.parse)
            self.create = async_to_streamed_response_wrapper(completions.create)
            self.retrieve = async_to_streamed_response_wrapper(completions.retrieve)
            self.update = async_to_streamed_response_wrapper(completions.update)
            self.list = async_to_streamed_response_wrapper(completions.list)
            self.delete = async_to_streamed_response_wrapper(completions.delete)

        @property
        def messages(self) -> AsyncMessagesWithStreamingResponse: ...
