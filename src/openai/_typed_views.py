"""The raw and streaming views as type checkers see them.

At run time `resource.with_raw_response` and `resource.with_streaming_response` are one generic
view class for every resource (`_resource.py`), which finds the resource's methods by name. A type
checker needs more: `with_raw_response.create(...)` returns `LegacyAPIResponse[ChatCompletion]`,
not `ChatCompletion`. So each resource module also declares `<Resource>WithRawResponse` /
`<Resource>WithStreamingResponse` (the official names), whose `__init__`, seen only by type
checkers, lists each method passed through one of the wrappers below: they keep the method's
parameters (ParamSpec, overloads included) and change only its result type. Nothing is declared
twice: a view names the methods, the methods keep their parameters.

At run time those view classes are thin: `CompletionsWithRawResponse(completions)` is
`completions.with_raw_response` behind a delegating wrapper, so the names import and construct as
they do with the official package.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Awaitable, Callable, List, Type, TypeVar

from typing_extensions import ParamSpec

if TYPE_CHECKING:
    from ._response import (
        APIResponse,
        AsyncAPIResponse,
        AsyncResponseContextManager,
        LegacyAPIResponse,
        ResponseContextManager,
    )

__all__ = [
    "RawView",
    "StreamingView",
    "to_raw_response_wrapper",
    "async_to_raw_response_wrapper",
    "to_streamed_response_wrapper",
    "async_to_streamed_response_wrapper",
    "to_custom_streamed_response_wrapper",
    "async_to_custom_streamed_response_wrapper",
]

if TYPE_CHECKING:
    # What the streaming view of a binary endpoint (file content, speech) yields.
    from ._response import AsyncStreamedBinaryAPIResponse as AsyncStreamedBinaryAPIResponse
    from ._response import StreamedBinaryAPIResponse as StreamedBinaryAPIResponse

P = ParamSpec("P")
R = TypeVar("R")
_ResponseT = TypeVar("_ResponseT")


class _View:
    """Delegates to the resource's own view (`_view_of` names which one)."""

    __slots__ = ("_view",)
    _view_of: str

    def __init__(self, resource: Any) -> None:
        from ._resource import ClientView, ResponseView, _APIResourceBase

        kind: Any = "raw" if self._view_of == "with_raw_response" else "stream"
        # A client's view (`OpenAIWithRawResponse`) offers its resources only.
        self._view = (
            ResponseView(resource, kind) if isinstance(resource, _APIResourceBase) else ClientView(resource, kind)
        )

    if not TYPE_CHECKING:  # type checkers see only the methods a subclass declares

        def __getattr__(self, name: str) -> Any:
            return getattr(self._view, name)

    def __dir__(self) -> List[str]:
        return dir(self._view)


class RawView(_View):
    """Base of `<Resource>WithRawResponse`: each method returns a `LegacyAPIResponse`."""

    __slots__ = ()
    _view_of = "with_raw_response"


class StreamingView(_View):
    """Base of `<Resource>WithStreamingResponse`: each method returns a (async) context manager
    around a streamed `APIResponse` / `AsyncAPIResponse`."""

    __slots__ = ()
    _view_of = "with_streaming_response"


# The wrappers exist for the declarations of the view classes (under `TYPE_CHECKING`); only their
# signatures matter, so calling one is a mistake.


def _typing_only(name: str) -> Any:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        raise TypeError(f"{name}() only declares a view for type checkers; use `resource.with_raw_response`")

    wrapper.__name__ = name
    return wrapper


if TYPE_CHECKING:

    def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, LegacyAPIResponse[R]]: ...

    def async_to_raw_response_wrapper(
        func: Callable[P, Awaitable[R]],
    ) -> Callable[P, Awaitable[LegacyAPIResponse[R]]]: ...

    def to_streamed_response_wrapper(func: Callable[P, R]) -> Callable[P, ResponseContextManager[APIResponse[R]]]: ...

    def async_to_streamed_response_wrapper(
        func: Callable[P, Awaitable[R]],
    ) -> Callable[P, AsyncResponseContextManager[AsyncAPIResponse[R]]]: ...

    def to_custom_streamed_response_wrapper(
        func: Callable[P, object], response_cls: Type[_ResponseT]
    ) -> Callable[P, ResponseContextManager[_ResponseT]]: ...

    def async_to_custom_streamed_response_wrapper(
        func: Callable[P, Awaitable[object]], response_cls: Type[_ResponseT]
    ) -> Callable[P, AsyncResponseContextManager[_ResponseT]]: ...

else:
    to_raw_response_wrapper = _typing_only("to_raw_response_wrapper")
    async_to_raw_response_wrapper = _typing_only("async_to_raw_response_wrapper")
    to_streamed_response_wrapper = _typing_only("to_streamed_response_wrapper")
    async_to_streamed_response_wrapper = _typing_only("async_to_streamed_response_wrapper")
    to_custom_streamed_response_wrapper = _typing_only("to_custom_streamed_response_wrapper")
    async_to_custom_streamed_response_wrapper = _typing_only("async_to_custom_streamed_response_wrapper")
