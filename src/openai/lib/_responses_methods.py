"""`responses.parse()` and `responses.stream()`: the helper methods of `client.responses`.

They are plain functions here, bound into `Responses` / `AsyncResponses` by name, so the
resource module stays a list of endpoints and importing it costs nothing more until a helper
is used. `parse` is one more `Endpoint`: its `prepare` hook turns `text_format` into
`text.format` (and checks the tools) before anything is sent, its `post_parse` hook turns the
`Response` into a `ParsedResponse` -- also behind `.with_raw_response.parse()`.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, Iterable, Optional, Type, Union

from typing_extensions import Literal, Unpack

from .._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource, check_call
from .._types import NOT_GIVEN, NotGiven
from ..types.responses.parsed_response import ParsedResponse
from ..types.responses.response import Response
from ..types.responses.response_create_params import ResponseParseKwargs, ResponseStreamKwargs
from ..types.responses.tool_param import ParseableToolParam
from ._parsing._responses import TextFormatT, make_tools, parse_response, text_with_format, validate_input_tools
from ._parsing._shared import check_parseable_type, is_given
from .streaming.responses._responses import AsyncResponseStreamManager, ResponseStreamManager

__all__ = ["parse", "stream", "async_parse", "async_stream", "ResponseParseArgs", "ResponseStreamArgs"]


class ResponseParseArgs(ResponseParseKwargs, RequestExtras, total=False):
    """The keywords of `responses.parse` besides `text_format`: those of `create`, and these."""

    tools: Union[Iterable[ParseableToolParam], NotGiven]
    stream: Union[Optional[bool], NotGiven]
    verbosity: Union[Optional[Literal["low", "medium", "high"]], NotGiven]
    """Sent as `text.verbosity`."""


class _ParseKeywords(ResponseParseArgs, total=False):
    text_format: Any


class ResponseStreamArgs(ResponseStreamKwargs, RequestExtras, total=False):
    """The keywords of `responses.stream` besides `text_format`: a new response (`input`,
    `model`, ...), or an existing one to stream again (`response_id`, `starting_after`)."""

    response_id: Union[str, NotGiven]
    tools: Union[Iterable[ParseableToolParam], NotGiven]
    starting_after: Union[int, NotGiven]
    """With `response_id`: only the events after this sequence number are yielded."""


class _StreamKeywords(ResponseStreamArgs, total=False):
    text_format: Any


# ----------------------------------------------------------------------------- parse


def _parse_request(kw: Dict[str, Any]) -> Dict[str, Any]:
    """The `responses.create` body for a `parse` call."""
    kw = dict(kw)
    text_format = kw.pop("text_format", NOT_GIVEN)
    verbosity = kw.pop("verbosity", NOT_GIVEN)
    if kw.get("stream"):
        raise TypeError("responses.parse() does not stream; use responses.stream(text_format=...) instead")
    if is_given(kw.get("tools", NOT_GIVEN)) and kw["tools"] is not None:
        kw["tools"] = make_tools(kw["tools"])
        validate_input_tools(kw["tools"])
    text = text_with_format(kw.get("text", NOT_GIVEN), text_format, verbosity)
    if is_given(text):
        kw["text"] = text
    return kw


def _parsed_response(response: Response, sent: Dict[str, Any]) -> ParsedResponse[Any]:
    return parse_response(
        text_format=sent.get("text_format", NOT_GIVEN), input_tools=sent.get("tools", NOT_GIVEN), response=response
    )


PARSE = Endpoint(
    "post", "/responses", cast_to=Response, params=_ParseKeywords, prepare=_parse_request, post_parse=_parsed_response
)


def _parse_keywords(text_format: Any, kw: Dict[str, Any]) -> Dict[str, Any]:
    keywords = {**kw, "text_format": text_format}
    tools = keywords.get("tools")
    if tools is not None and is_given(tools) and not isinstance(tools, list):
        keywords["tools"] = list(tools)  # read twice: to send, then to parse the calls
    return keywords


def parse(
    self: SyncAPIResource,
    *,
    text_format: Union[Type[TextFormatT], NotGiven] = NOT_GIVEN,
    **kw: Unpack[ResponseParseArgs],
) -> ParsedResponse[TextFormatT]:
    """Like `create`, with the output text parsed into `text_format` (`output_parsed`) and
    the arguments of strict function tool calls into `parsed_arguments`."""
    return self._call(PARSE, _parse_keywords(text_format, dict(kw)), "parse")


async def async_parse(
    self: AsyncAPIResource,
    *,
    text_format: Union[Type[TextFormatT], NotGiven] = NOT_GIVEN,
    **kw: Unpack[ResponseParseArgs],
) -> ParsedResponse[TextFormatT]:
    """Like `create`, with the output text parsed into `text_format` (`output_parsed`) and
    the arguments of strict function tool calls into `parsed_arguments`."""
    return await self._call(PARSE, _parse_keywords(text_format, dict(kw)), "parse")


# ----------------------------------------------------------------------------- stream

_STREAM_KEYWORDS = Endpoint("post", "/responses", cast_to=Response, params=_StreamKeywords)
# What only makes sense for a new response (everything but the parsing, `include` and extras).
_NEW_RESPONSE_ONLY = frozenset(ResponseStreamArgs.__annotations__) - {
    "response_id",
    "starting_after",
    "tools",
    "include",
    *RequestExtras.__annotations__,
}


class _StreamPlan:
    """What a `stream(...)` call will send, decided (and checked) before the manager exists."""

    def __init__(self, kw: Dict[str, Any]) -> None:
        check_call(_STREAM_KEYWORDS, kw, "stream")
        kw = {k: v for k, v in kw.items() if is_given(v)}
        self.text_format = kw.pop("text_format", NOT_GIVEN)
        self.starting_after: Optional[int] = kw.pop("starting_after", None)
        self.response_id: Optional[str] = kw.pop("response_id", None)
        tools = kw.pop("tools", NOT_GIVEN)
        self.tools = make_tools(tools) if tools is not None else tools
        if self.response_id is not None:
            self._existing(kw)
        else:
            self._new(kw)
        self.kwargs = kw

    def _existing(self, kw: Dict[str, Any]) -> None:
        extra = sorted(k for k in kw if k in _NEW_RESPONSE_ONLY)
        if extra:
            names = ", ".join(f"`{k}`" for k in extra)
            raise ValueError(f"Cannot pass {names} with `response_id`: the response already exists")
        if is_given(self.text_format):
            check_parseable_type(self.text_format, "text_format")
        if kw.get("include") is None:
            kw.pop("include", None)

    def _new(self, kw: Dict[str, Any]) -> None:
        if self.starting_after is not None:
            raise ValueError("`starting_after` only applies to an existing response: pass `response_id` too")
        missing = [k for k in ("input", "model") if k not in kw]
        if missing:
            names = " and ".join(f"`{k}`" for k in missing)
            raise ValueError(f"{names} must be given to stream a new response (or `response_id` for an existing one)")
        text = text_with_format(kw.get("text", NOT_GIVEN), self.text_format)
        if is_given(text):
            kw["text"] = text
        if is_given(self.tools):
            kw["tools"] = self.tools

    def request(self, resource: Any) -> Callable[[], Any]:
        """The call that opens the raw event stream (a coroutine function on an async resource)."""
        resource = _parsed_mode(resource)
        response_id = self.response_id
        if response_id is not None:
            return lambda: resource.retrieve(response_id, stream=True, **self.kwargs)
        return lambda: resource.create(stream=True, **self.kwargs)

    def manager_options(self) -> Dict[str, Any]:
        return {"text_format": self.text_format, "input_tools": self.tools, "starting_after": self.starting_after}


def _parsed_mode(resource: Any) -> Any:
    # The stream helper always wants the event stream, also from `with_raw_response`.
    return resource if resource._mode == "parsed" else type(resource)(resource._client)


def stream(
    self: SyncAPIResource,
    *,
    text_format: Union[Type[TextFormatT], NotGiven] = NOT_GIVEN,
    **kw: Unpack[ResponseStreamArgs],
) -> ResponseStreamManager[TextFormatT]:
    """Stream a new response (`input`, `model`, ...) or an existing one (`response_id`); use
    as `with client.responses.stream(...) as stream:`."""
    plan = _StreamPlan({**kw, "text_format": text_format})
    return ResponseStreamManager(plan.request(self), **plan.manager_options())


def async_stream(
    self: AsyncAPIResource,
    *,
    text_format: Union[Type[TextFormatT], NotGiven] = NOT_GIVEN,
    **kw: Unpack[ResponseStreamArgs],
) -> AsyncResponseStreamManager[TextFormatT]:
    """Stream a new response (`input`, `model`, ...) or an existing one (`response_id`); use
    as `async with client.responses.stream(...) as stream:` (no `await`)."""
    plan = _StreamPlan({**kw, "text_format": text_format})
    return AsyncResponseStreamManager(plan.request(self), **plan.manager_options())
