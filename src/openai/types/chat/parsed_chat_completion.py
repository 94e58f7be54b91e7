# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Generic, List, Optional, TypeVar

from .chat_completion import ChatCompletion, Choice
from .chat_completion_message import ChatCompletionMessage
from .parsed_function_tool_call import ParsedFunctionToolCall


__all__ = ["ContentType", "ParsedChatCompletion", "ParsedChatCompletionMessage", "ParsedChoice"]


ContentType = TypeVar("ContentType")


class ParsedChatCompletionMessage(ChatCompletionMessage, Generic[ContentType]):
    __api_exclude__ = {"parsed"}  # computed here: not sent back to the API

    tool_calls: Optional[List[ParsedFunctionToolCall]] = None  # type: ignore[assignment]
    parsed: Optional[ContentType] = None


class ParsedChoice(Choice, Generic[ContentType]):
    message: ParsedChatCompletionMessage[ContentType]  # type: ignore[assignment]


class ParsedChatCompletion(ChatCompletion, Generic[ContentType]):
    choices: List[ParsedChoice[ContentType]]  # type: ignore[assignment]
