"""`/completions`: the legacy text completions endpoint (with streaming)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union, overload

from typing_extensions import Literal, Unpack

from .._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from .._streaming import AsyncStream, Stream
from .._typed_views import (
    RawView,
    StreamingView,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, NotGiven
from ..types.completion import Completion
from ..types.completion_create_params import CompletionCreateKwargs

__all__ = [
    "Completions",
    "AsyncCompletions",
    "CompletionsWithRawResponse",
    "CompletionsWithStreamingResponse",
    "AsyncCompletionsWithRawResponse",
    "AsyncCompletionsWithStreamingResponse",
]

CREATE = Endpoint("post", "/completions", cast_to=Completion, params=CompletionCreateKwargs, stream_type=Completion)


class CompletionCreateArgs(CompletionCreateKwargs, RequestExtras, total=False):
    """The keywords of `completions.create` besides `stream`."""


class Completions(SyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> CompletionsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> CompletionsWithStreamingResponse: ...

    @overload
    def create(
        self, *, stream: Optional[Literal[False]] | NotGiven = NOT_GIVEN, **kw: Unpack[CompletionCreateArgs]
    ) -> Completion: ...
    @overload
    def create(self, *, stream: Literal[True], **kw: Unpack[CompletionCreateArgs]) -> Stream[Completion]: ...
    @overload
    def create(self, *, stream: bool, **kw: Unpack[CompletionCreateArgs]) -> Union[Completion, Stream[Completion]]: ...
    def create(
        self, *, stream: Optional[bool] | NotGiven = NOT_GIVEN, **kw: Unpack[CompletionCreateArgs]
    ) -> Union[Completion, Stream[Completion]]:
        """Complete a prompt; with `stream=True`, iterate the completion as it is produced."""
        return self._call(CREATE, {**kw, "stream": stream}, "create")


class AsyncCompletions(AsyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncCompletionsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncCompletionsWithStreamingResponse: ...

    @overload
    async def create(
        self, *, stream: Optional[Literal[False]] | NotGiven = NOT_GIVEN, **kw: Unpack[CompletionCreateArgs]
    ) -> Completion: ...
    @overload
    async def create(self, *, stream: Literal[True], **kw: Unpack[CompletionCreateArgs]) -> AsyncStream[Completion]: ...
    @overload
    async def create(
        self, *, stream: bool, **kw: Unpack[CompletionCreateArgs]
    ) -> Union[Completion, AsyncStream[Completion]]: ...
    async def create(
        self, *, stream: Optional[bool] | NotGiven = NOT_GIVEN, **kw: Unpack[CompletionCreateArgs]
    ) -> Union[Completion, AsyncStream[Completion]]:
        """Complete a prompt; with `stream=True`, iterate the completion as it is produced."""
        return await self._call(CREATE, {**kw, "stream": stream}, "create")


class CompletionsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, completions: Completions) -> None:
            self.create = to_raw_response_wrapper(completions.create)


class AsyncCompletionsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, completions: AsyncCompletions) -> None:
            self.create = async_to_raw_response_wrapper(completions.create)


class CompletionsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, completions: Completions) -> None:
            self.create = to_streamed_response_wrapper(completions.create)


class AsyncCompletionsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, completions: AsyncCompletions) -> None:
            self.create = async_to_streamed_response_wrapper(completions.create)
