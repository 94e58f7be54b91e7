"""`chat.completions.parse()` and `chat.completions.stream()`: the helper methods of
`client.chat.completions` (and of `client.beta.chat.completions`, the same resource).

They are plain functions here, bound into `Completions` / `AsyncCompletions` by name. `parse`
is one more `Endpoint`: its `prepare` hook turns a `response_format` type into its strict JSON
schema (and checks the tools) before anything is sent, its `post_parse` hook turns the
`ChatCompletion` into a `ParsedChatCompletion` -- also behind `.with_raw_response.parse()`.
`stream` checks its keywords at once and hands `create(stream=True, ...)` to a manager that
sends it on entering the `with` block.
"""

from __future__ import annotations

from typing import Any, Dict, Type, Union

from typing_extensions import Unpack

from .._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource, check_call
from .._types import NOT_GIVEN, NotGiven
from ..types.chat.chat_completion import ChatCompletion
from ..types.chat.completion_create_params import CompletionParseKwargs, ResponseFormat
from ..types.chat.parsed_chat_completion import ParsedChatCompletion
from ._parsing._chat_completion import parse_chat_completion
from ._parsing._completions import ResponseFormatT, type_to_response_format_param, validate_input_tools
from .streaming.chat._completions import AsyncChatCompletionStreamManager, ChatCompletionStreamManager

__all__ = ["parse", "stream", "async_parse", "async_stream", "ChatCompletionParseArgs"]

# Sent as the official client sends it: which helper made the request.
_HELPER_HEADER = "X-Stainless-Helper-Method"


class ChatCompletionParseArgs(CompletionParseKwargs, RequestExtras, total=False):
    """The keywords of `chat.completions.parse` / `.stream` besides `response_format`: those of
    `create` but `stream`."""


class _ParseKeywords(ChatCompletionParseArgs, total=False):
    response_format: Any  # a format dict, or a type to parse into
    stream: Any  # always false (the default below); declared to be sent at its official place


# ----------------------------------------------------------------------------- parse


def _parse_request(kw: Dict[str, Any]) -> Dict[str, Any]:
    """The `chat.completions.create` body for a `parse` call."""
    validate_input_tools(kw.get("tools", NOT_GIVEN))
    return {**kw, "response_format": type_to_response_format_param(kw.get("response_format", NOT_GIVEN))}


def _parsed_completion(completion: ChatCompletion, sent: Dict[str, Any]) -> ParsedChatCompletion[Any]:
    return parse_chat_completion(
        response_format=sent.get("response_format", NOT_GIVEN),
        input_tools=sent.get("tools", NOT_GIVEN),
        chat_completion=completion,
    )


PARSE = Endpoint(
    "post",
    "/chat/completions",
    cast_to=ChatCompletion,
    params=_ParseKeywords,
    headers={_HELPER_HEADER: "chat.completions.parse"},
    defaults={"stream": False},
    prepare=_parse_request,
    post_parse=_parsed_completion,
)


def _keywords(resource: Any, method: str, response_format: Any, kw: Dict[str, Any]) -> Dict[str, Any]:
    if "stream" in kw:  # not a keyword of these helpers: worded as Python words it
        raise TypeError(f"{type(resource).__name__}.{method}() got an unexpected keyword argument 'stream'")
    keywords = {**kw, "response_format": response_format}
    tools = keywords.get("tools")
    if tools is not None and not isinstance(tools, (list, NotGiven)):
        keywords["tools"] = list(tools)  # read twice: to send, then to parse the calls
    return keywords


def parse(
    self: SyncAPIResource,
    *,
    response_format: Union[Type[ResponseFormatT], NotGiven] = NOT_GIVEN,
    **kw: Unpack[ChatCompletionParseArgs],
) -> ParsedChatCompletion[ResponseFormatT]:
    """Like `create`, with the message content parsed into `response_format` (`message.parsed`)
    and the arguments of strict function tool calls into `function.parsed_arguments`."""
    return self._call(PARSE, _keywords(self, "parse", response_format, dict(kw)), "parse")  # type: ignore[no-any-return]


async def async_parse(
    self: AsyncAPIResource,
    *,
    response_format: Union[Type[ResponseFormatT], NotGiven] = NOT_GIVEN,
    **kw: Unpack[ChatCompletionParseArgs],
) -> ParsedChatCompletion[ResponseFormatT]:
    """Like `create`, with the message content parsed into `response_format` (`message.parsed`)
    and the arguments of strict function tool calls into `function.parsed_arguments`."""
    return await self._call(PARSE, _keywords(self, "parse", response_format, dict(kw)), "parse")  # type: ignore[no-any-return]


# ----------------------------------------------------------------------------- stream


def _stream_request(resource: Any, response_format: Any, kw: Dict[str, Any]) -> Dict[str, Any]:
    """Check the keywords now (before the `with` block); the `create(stream=True)` call to make."""
    keywords = _keywords(resource, "stream", response_format, kw)
    check_call(PARSE, keywords, f"{type(resource).__name__}.stream")
    keywords["response_format"] = type_to_response_format_param(response_format)
    keywords["extra_headers"] = {_HELPER_HEADER: "chat.completions.stream", **(kw.get("extra_headers") or {})}
    keywords["stream"] = True
    # `create` gets every keyword, unset ones as NOT_GIVEN, in the official call's order: a
    # wrapper installed on `Completions.create` sees the same call as with the official package.
    unset = {"extra_query": None, "extra_body": None}
    call = {name: keywords.get(name, unset.get(name, NOT_GIVEN)) for name in _CREATE_CALL_ORDER}
    create = resource.create
    return {"api_request": lambda: create(**call), "input_tools": keywords.get("tools", NOT_GIVEN)}


# The keywords `chat.completions.stream` passes to `create`, in the official order.
_CREATE_CALL_ORDER = (
    "messages", "model", "audio", "stream", "response_format", "frequency_penalty", "function_call",
    "functions", "logit_bias", "logprobs", "max_completion_tokens", "max_tokens", "metadata", "modalities",
    "n", "parallel_tool_calls", "prediction", "presence_penalty", "prompt_cache_key", "reasoning_effort",
    "safety_identifier", "seed", "service_tier", "store", "stop", "stream_options", "temperature",
    "tool_choice", "tools", "top_logprobs", "top_p", "user", "verbosity", "web_search_options",
    "extra_headers", "extra_query", "extra_body", "timeout",
)  # fmt: skip


def stream(
    self: SyncAPIResource,
    *,
    response_format: Union[ResponseFormat, Type[ResponseFormatT], NotGiven] = NOT_GIVEN,
    **kw: Unpack[ChatCompletionParseArgs],
) -> ChatCompletionStreamManager[ResponseFormatT]:
    """Stream a completion: `with client.chat.completions.stream(...) as stream:`, then iterate
    its events; `stream.get_final_completion()` is parsed like `parse()` returns it."""
    return ChatCompletionStreamManager(
        response_format=response_format, **_stream_request(self, response_format, dict(kw))
    )


def async_stream(
    self: AsyncAPIResource,
    *,
    response_format: Union[ResponseFormat, Type[ResponseFormatT], NotGiven] = NOT_GIVEN,
    **kw: Unpack[ChatCompletionParseArgs],
) -> AsyncChatCompletionStreamManager[ResponseFormatT]:
    """Stream a completion: `async with client.chat.completions.stream(...) as stream:` (no
    `await`), then `async for` its events; `await stream.get_final_completion()` at the end."""
    return AsyncChatCompletionStreamManager(
        response_format=response_format, **_stream_request(self, response_format, dict(kw))
    )
