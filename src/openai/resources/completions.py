"""`/completions`: the legacy text completions endpoint (with streaming)."""

from __future__ import annotations

from typing import Optional, Union, overload

from typing_extensions import Literal, Unpack

from .._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from .._streaming import AsyncStream, Stream
from .._types import NOT_GIVEN, NotGiven
from ..types.completion import Completion
from ..types.completion_create_params import CompletionCreateParamsBase

__all__ = ["Completions", "AsyncCompletions"]

CREATE = Endpoint("post", "/completions", cast_to=Completion, params=CompletionCreateParamsBase, stream_type=Completion)


class CompletionCreateArgs(CompletionCreateParamsBase, RequestExtras, total=False):
    """The keywords of `completions.create` besides `stream`."""


class Completions(SyncAPIResource):
    @overload
    def create(self, *, stream: Literal[True], **kw: Unpack[CompletionCreateArgs]) -> Stream[Completion]: ...
    @overload
    def create(
        self, *, stream: Optional[Literal[False]] | NotGiven = NOT_GIVEN, **kw: Unpack[CompletionCreateArgs]
    ) -> Completion: ...
    @overload
    def create(self, *, stream: bool, **kw: Unpack[CompletionCreateArgs]) -> Union[Completion, Stream[Completion]]: ...
    def create(
        self, *, stream: Optional[bool] | NotGiven = NOT_GIVEN, **kw: Unpack[CompletionCreateArgs]
    ) -> Union[Completion, Stream[Completion]]:
        """Complete a prompt; with `stream=True`, iterate the completion as it is produced."""
        return self._call(CREATE, {**kw, "stream": stream}, "create")


class AsyncCompletions(AsyncAPIResource):
    @overload
    async def create(self, *, stream: Literal[True], **kw: Unpack[CompletionCreateArgs]) -> AsyncStream[Completion]: ...
    @overload
    async def create(
        self, *, stream: Optional[Literal[False]] | NotGiven = NOT_GIVEN, **kw: Unpack[CompletionCreateArgs]
    ) -> Completion: ...
    @overload
    async def create(
        self, *, stream: bool, **kw: Unpack[CompletionCreateArgs]
    ) -> Union[Completion, AsyncStream[Completion]]: ...
    async def create(
        self, *, stream: Optional[bool] | NotGiven = NOT_GIVEN, **kw: Unpack[CompletionCreateArgs]
    ) -> Union[Completion, AsyncStream[Completion]]:
        """Complete a prompt; with `stream=True`, iterate the completion as it is produced."""
        return await self._call(CREATE, {**kw, "stream": stream}, "create")
