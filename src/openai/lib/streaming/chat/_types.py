from __future__ import annotations

from typing_extensions import TypeAlias

from ....types.chat.parsed_chat_completion import ParsedChatCompletion, ParsedChatCompletionMessage, ParsedChoice

__all__ = ["ParsedChatCompletionSnapshot", "ParsedChatCompletionMessageSnapshot", "ParsedChoiceSnapshot"]

# The completion as accumulated so far. While a choice streams, its `message.parsed` holds the
# partially parsed JSON (dicts and lists) rather than an instance of `response_format`.
ParsedChatCompletionSnapshot: TypeAlias = ParsedChatCompletion[object]
ParsedChatCompletionMessageSnapshot: TypeAlias = ParsedChatCompletionMessage[object]
ParsedChoiceSnapshot: TypeAlias = ParsedChoice[object]
