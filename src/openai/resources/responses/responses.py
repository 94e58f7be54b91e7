"""`/responses`: create a model response (or stream it), retrieve it (or resume its stream),
delete it, cancel it; `input_items` lists what it was given."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union, overload

from typing_extensions import Literal, Unpack

from ..._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource, lazy_resource
from ..._streaming import AsyncStream, Stream
from ..._typed_views import (
    RawView,
    StreamingView,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..._types import NOT_GIVEN, NotGiven
from ...lib import _responses_methods
from ...types.responses.response import Response
from ...types.responses.response_create_params import ResponseCreateKwargs
from ...types.responses.response_retrieve_params import ResponseRetrieveKwargs
from ...types.responses.response_stream_event import ResponseStreamEvent

if TYPE_CHECKING:
    from .input_items import (
        AsyncInputItems,
        AsyncInputItemsWithRawResponse,
        AsyncInputItemsWithStreamingResponse,
        InputItems,
        InputItemsWithRawResponse,
        InputItemsWithStreamingResponse,
    )

__all__ = [
    "Responses",
    "AsyncResponses",
    "ResponsesWithRawResponse",
    "ResponsesWithStreamingResponse",
    "AsyncResponsesWithRawResponse",
    "AsyncResponsesWithStreamingResponse",
]

_ITEM = "/responses/{response_id}"
CREATE = Endpoint("post", "/responses", cast_to=Response, params=ResponseCreateKwargs, stream_type=ResponseStreamEvent)
# `stream=True` on a GET replays the events of a background response (after `starting_after`).
RETRIEVE = Endpoint(
    "get", _ITEM, cast_to=Response, params=ResponseRetrieveKwargs, query=True, stream_type=ResponseStreamEvent
)
# The API answers a delete with an empty body, so accept anything rather than JSON.
DELETE = Endpoint("delete", _ITEM, cast_to=type(None), headers={"Accept": "*/*"})
CANCEL = Endpoint("post", _ITEM + "/cancel", cast_to=Response)


class ResponseCreateArgs(ResponseCreateKwargs, RequestExtras, total=False):
    """The keywords of `responses.create` besides `stream`."""


class ResponseRetrieveArgs(ResponseRetrieveKwargs, RequestExtras, total=False):
    """The keywords of `responses.retrieve` besides `stream`."""


class Responses(SyncAPIResource):
    input_items: "InputItems" = lazy_resource("openai.resources.responses.input_items", "InputItems")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> ResponsesWithRawResponse: ...
        @property
        def with_streaming_response(self) -> ResponsesWithStreamingResponse: ...

    @overload
    def create(
        self, *, stream: Optional[Literal[False]] | NotGiven = NOT_GIVEN, **kw: Unpack[ResponseCreateArgs]
    ) -> Response: ...
    @overload
    def create(self, *, stream: Literal[True], **kw: Unpack[ResponseCreateArgs]) -> Stream[ResponseStreamEvent]: ...
    @overload
    def create(
        self, *, stream: bool, **kw: Unpack[ResponseCreateArgs]
    ) -> Union[Response, Stream[ResponseStreamEvent]]: ...
    def create(
        self, *, stream: Optional[bool] | NotGiven = NOT_GIVEN, **kw: Unpack[ResponseCreateArgs]
    ) -> Union[Response, Stream[ResponseStreamEvent]]:
        """Generate a model response; `stream=True` yields its events as they happen."""
        return self._call(CREATE, {**kw, "stream": stream}, "create")

    @overload
    def retrieve(
        self,
        response_id: str,
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        **kw: Unpack[ResponseRetrieveArgs],
    ) -> Response: ...
    @overload
    def retrieve(
        self, response_id: str, *, stream: Literal[True], **kw: Unpack[ResponseRetrieveArgs]
    ) -> Stream[ResponseStreamEvent]: ...
    @overload
    def retrieve(
        self, response_id: str, *, stream: bool, **kw: Unpack[ResponseRetrieveArgs]
    ) -> Union[Response, Stream[ResponseStreamEvent]]: ...
    def retrieve(
        self, response_id: str, *, stream: bool | NotGiven = NOT_GIVEN, **kw: Unpack[ResponseRetrieveArgs]
    ) -> Union[Response, Stream[ResponseStreamEvent]]:
        """A stored response; `stream=True` streams its events again, after `starting_after`."""
        return self._call(RETRIEVE, {**kw, "stream": stream}, "retrieve", response_id=response_id)

    def delete(self, response_id: str, **kw: Unpack[RequestExtras]) -> None:
        """Delete a stored response."""
        return self._call(DELETE, dict(kw), "delete", response_id=response_id)

    def cancel(self, response_id: str, **kw: Unpack[RequestExtras]) -> Response:
        """Cancel a response created with `background=True`."""
        return self._call(CANCEL, dict(kw), "cancel", response_id=response_id)

    # parse/stream helpers: see openai.lib
    parse = _responses_methods.parse  # `text_format=` parsing
    stream = _responses_methods.stream  # event stream manager


class AsyncResponses(AsyncAPIResource):
    input_items: "AsyncInputItems" = lazy_resource("openai.resources.responses.input_items", "AsyncInputItems")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncResponsesWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncResponsesWithStreamingResponse: ...

    @overload
    async def create(
        self, *, stream: Optional[Literal[False]] | NotGiven = NOT_GIVEN, **kw: Unpack[ResponseCreateArgs]
    ) -> Response: ...
    @overload
    async def create(
        self, *, stream: Literal[True], **kw: Unpack[ResponseCreateArgs]
    ) -> AsyncStream[ResponseStreamEvent]: ...
    @overload
    async def create(
        self, *, stream: bool, **kw: Unpack[ResponseCreateArgs]
    ) -> Union[Response, AsyncStream[ResponseStreamEvent]]: ...
    async def create(
        self, *, stream: Optional[bool] | NotGiven = NOT_GIVEN, **kw: Unpack[ResponseCreateArgs]
    ) -> Union[Response, AsyncStream[ResponseStreamEvent]]:
        """Generate a model response; `stream=True` yields its events as they happen."""
        return await self._call(CREATE, {**kw, "stream": stream}, "create")

    @overload
    async def retrieve(
        self,
        response_id: str,
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        **kw: Unpack[ResponseRetrieveArgs],
    ) -> Response: ...
    @overload
    async def retrieve(
        self, response_id: str, *, stream: Literal[True], **kw: Unpack[ResponseRetrieveArgs]
    ) -> AsyncStream[ResponseStreamEvent]: ...
    @overload
    async def retrieve(
        self, response_id: str, *, stream: bool, **kw: Unpack[ResponseRetrieveArgs]
    ) -> Union[Response, AsyncStream[ResponseStreamEvent]]: ...
    async def retrieve(
        self, response_id: str, *, stream: bool | NotGiven = NOT_GIVEN, **kw: Unpack[ResponseRetrieveArgs]
    ) -> Union[Response, AsyncStream[ResponseStreamEvent]]:
        """A stored response; `stream=True` streams its events again, after `starting_after`."""
        return await self._call(RETRIEVE, {**kw, "stream": stream}, "retrieve", response_id=response_id)

    async def delete(self, response_id: str, **kw: Unpack[RequestExtras]) -> None:
        """Delete a stored response."""
        return await self._call(DELETE, dict(kw), "delete", response_id=response_id)

    async def cancel(self, response_id: str, **kw: Unpack[RequestExtras]) -> Response:
        """Cancel a response created with `background=True`."""
        return await self._call(CANCEL, dict(kw), "cancel", response_id=response_id)

    # parse/stream helpers: see openai.lib
    parse = _responses_methods.async_parse
    stream = _responses_methods.async_stream


class ResponsesWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, responses: Responses) -> None:
            self.cancel = to_raw_response_wrapper(responses.cancel)
            self.create = to_raw_response_wrapper(responses.create)
            self.delete = to_raw_response_wrapper(responses.delete)
            self.parse = to_raw_response_wrapper(responses.parse)
            self.retrieve = to_raw_response_wrapper(responses.retrieve)

        @property
        def input_items(self) -> InputItemsWithRawResponse: ...


class AsyncResponsesWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, responses: AsyncResponses) -> None:
            self.cancel = async_to_raw_response_wrapper(responses.cancel)
            self.create = async_to_raw_response_wrapper(responses.create)
            self.delete = async_to_raw_response_wrapper(responses.delete)
            self.parse = async_to_raw_response_wrapper(responses.parse)
            self.retrieve = async_to_raw_response_wrapper(responses.retrieve)

        @property
        def input_items(self) -> AsyncInputItemsWithRawResponse: ...


class ResponsesWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, responses: Responses) -> None:
            self.cancel = to_streamed_response_wrapper(responses.cancel)
            self.create = to_streamed_response_wrapper(responses.create)
            self.delete = to_streamed_response_wrapper(responses.delete)
            self.parse = to_streamed_response_wrapper(responses.parse)
            self.retrieve = to_streamed_response_wrapper(responses.retrieve)

        @property
        def input_items(self) -> InputItemsWithStreamingResponse: ...


class AsyncResponsesWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, responses: AsyncResponses) -> None:
            self.cancel = async_to_streamed_response_wrapper(responses.cancel)
            self.create = async_to_streamed_response_wrapper(responses.create)
            self.delete = async_to_streamed_response_wrapper(responses.delete)
            self.parse = async_to_streamed_response_wrapper(responses.parse)
            self.retrieve = async_to_streamed_response_wrapper(responses.retrieve)

        @property
        def input_items(self) -> AsyncInputItemsWithStreamingResponse: ...
