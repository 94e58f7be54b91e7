"""A `ChatCompletion` turned into a `ParsedChatCompletion`: each message's content parsed into
`response_format`, the arguments of tool calls into their tools' models. Shared by
`chat.completions.parse()` and the final completion of `chat.completions.stream()`."""

from __future__ import annotations

import logging
from typing import Any, List, Optional

from ..._exceptions import ContentFilterFinishReasonError, LengthFinishReasonError
from ...types.chat.parsed_chat_completion import ParsedChatCompletion, ParsedChatCompletionMessage, ParsedChoice
from ...types.chat.parsed_function_tool_call import ParsedFunction, ParsedFunctionToolCall
from ._completions import has_rich_response_format, parse_function_tool_arguments, solve_response_format_t
from ._shared import parse_json_into, rebuild

__all__ = ["parse_chat_completion", "maybe_parse_content", "raise_for_finish_reason"]

log = logging.getLogger("openai.lib.parsing")


def raise_for_finish_reason(finish_reason: Optional[str], completion: Any) -> None:
    """A completion cut by the token limit or the content filter has nothing trustworthy to parse."""
    if finish_reason == "length":
        raise LengthFinishReasonError(completion=completion)
    if finish_reason == "content_filter":
        raise ContentFilterFinishReasonError()


def maybe_parse_content(*, response_format: Any, message: Any) -> Any:
    """The message content as `response_format`; None without a model to parse into, without
    content, or when the model refused."""
    content = getattr(message, "content", None)
    if not has_rich_response_format(response_format) or not content or getattr(message, "refusal", None):
        return None
    return parse_json_into(response_format, content)


def parse_chat_completion(*, response_format: Any, input_tools: Any, chat_completion: Any) -> ParsedChatCompletion[Any]:
    """`chat_completion` as a `ParsedChatCompletion`, or `LengthFinishReasonError` /
    `ContentFilterFinishReasonError` if a choice stopped for those reasons. Content that does
    not fit `response_format` raises pydantic's `ValidationError`."""
    content_type = solve_response_format_t(response_format)
    choices: List[Any] = []
    for choice in getattr(chat_completion, "choices", None) or ():
        raise_for_finish_reason(getattr(choice, "finish_reason", None), chat_completion)
        message = getattr(choice, "message", None)
        if message is not None:
            message = _parse_message(message, response_format, input_tools, content_type)
        choices.append(rebuild(choice, ParsedChoice[content_type], message=message))  # type: ignore[valid-type]
    return rebuild(chat_completion, ParsedChatCompletion[content_type], choices=choices)  # type: ignore[valid-type]


def _parse_message(message: Any, response_format: Any, input_tools: Any, content_type: Any) -> Any:
    calls = [_parse_tool_call(call, input_tools) for call in getattr(message, "tool_calls", None) or ()]
    kept = [call for call in calls if call is not None]
    parsed = maybe_parse_content(response_format=response_format, message=message)
    # `tool_calls` is always set on the parsed message, None when there is none (as upstream).
    return rebuild(
        message,
        ParsedChatCompletionMessage[content_type],  # type: ignore[valid-type]
        local={"parsed": parsed},
        tool_calls=kept or None,
    )


def _parse_tool_call(call: Any, input_tools: Any) -> Any:
    kind = getattr(call, "type", None)
    if kind == "custom":
        # As the official helper does: a custom tool call (free-form input, nothing to parse)
        # is left out of the parsed message, with a warning in the log.
        log.warning("Custom tool calls are not callable. Ignoring tool call: %s - %s", call.id, call.custom.name)
        return None
    function = getattr(call, "function", None)
    if kind != "function" or function is None:
        return call
    parsed = parse_function_tool_arguments(input_tools=input_tools, function=function)
    function = rebuild(function, ParsedFunction, local={"parsed_arguments": parsed})
    return rebuild(call, ParsedFunctionToolCall, function=function)
