"""`responses.parse()` and `responses.stream()`: the helper methods of `client.responses`.

They are plain functions here, bound into `Responses` / `AsyncResponses` by name, so the
resource module stays a list of endpoints and importing it costs nothing more until a helper
is used. `parse` is one more `Endpoint`: its `prepare` hook turns `text_format` into
`text.format` (and chat-shaped tools into Responses tools) before anything is sent, its
`post_parse` hook turns the `Response` into a `ParsedResponse` -- also behind
`.with_raw_response.parse()`.
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
from ._parsing._responses import TextFormatT, make_tools, parse_response, text_with_format
from ._parsing._shared import is_given
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
    text = text_with_format(kw.get("text", NOT_GIVEN), text_format)
    if is_given(verbosity):
        text = _with_verbosity(text, verbosity)
    if is_given(text):
        kw["text"] = text
    if "tools" in kw:
        kw["tools"] = make_tools(kw["tools"])
    return kw


def _with_verbosity(text: Any, verbosity: Any) -> Dict[str, Any]:
    # Sent where the API reads it, `text.verbosity` (the official helper sends a top-level
    # `verbosity`, which the Responses API does not know).
    merged: Dict[str, Any] = dict(text) if is_given(text) and text else {}
    if "verbosity" in merged:
        raise TypeError("Cannot pass both `verbosity` and `text.verbosity`")
    merged["verbosity"] = verbosity
    return merged


def _parsed_response(response: Response, sent: Dict[str, Any]) -> ParsedResponse[Any]:
    return parse_response(
        text_format=sent.get("text_format", NOT_GIVEN),
        input_tools=make_tools(sent.get("tools", NOT_GIVEN)),
        response=response,
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
# What describes a new response, in the order the official helper lists them in its errors.
_NEW_RESPONSE_KEYS = (
    "input",
    "model",
    "include",
    "instructions",
    "max_output_tokens",
    "metadata",
    "parallel_tool_calls",
    "previous_response_id",
    "reasoning",
    "store",
    "stream_options",
    "temperature",
    "text",
    "tool_choice",
    "top_p",
    "truncation",
    "user",
    "background",
)


class _StreamPlan:
    """What a `stream(...)` call will send, decided (and checked, with the official helper's
    errors, in its order) before the manager exists."""

    def __init__(self, resource: Any, kw: Dict[str, Any]) -> None:
        check_call(_STREAM_KEYWORDS, kw, f"{type(resource).__name__}.stream")
        kw = {k: v for k, v in kw.items() if is_given(v)}
        self.text_format = kw.pop("text_format", NOT_GIVEN)
        self.starting_after: Optional[int] = kw.pop("starting_after", None)
        self.response_id: Optional[str] = kw.pop("response_id", None)
        new_keys = [k for k in _NEW_RESPONSE_KEYS if k in kw]
        if (self.response_id is not None or self.starting_after is not None) and new_keys:
            raise ValueError(
                "Cannot provide both response_id/starting_after can't be provided together with " + ", ".join(new_keys)
            )
        self.tools = make_tools(kw.pop("tools", NOT_GIVEN))
        if new_keys:
            self._new(kw)
        elif self.response_id is None:
            raise ValueError("id must be provided when streaming an existing response")
        self.kwargs = kw

    def _new(self, kw: Dict[str, Any]) -> None:
        if "input" not in kw:
            raise ValueError("input must be provided when creating a new response")
        if "model" not in kw:
            raise ValueError("model must be provided when creating a new response")
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
    plan = _StreamPlan(self, {**kw, "text_format": text_format})
    return ResponseStreamManager(plan.request(self), **plan.manager_options())


def async_stream(
    self: AsyncAPIResource,
    *,
    text_format: Union[Type[TextFormatT], NotGiven] = NOT_GIVEN,
    **kw: Unpack[ResponseStreamArgs],
) -> AsyncResponseStreamManager[TextFormatT]:
    """Stream a new response (`input`, `model`, ...) or an existing one (`response_id`); use
    as `async with client.responses.stream(...) as stream:` (no `await`)."""
    plan = _StreamPlan(self, {**kw, "text_format": text_format})
    return AsyncResponseStreamManager(plan.request(self), **plan.manager_options())
