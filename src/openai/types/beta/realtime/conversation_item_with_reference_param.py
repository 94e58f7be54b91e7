# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Iterable
from typing_extensions import Literal, TypedDict


__all__ = ["Content", "ConversationItemWithReferenceParam"]


class Content(TypedDict, total=False):
    audio: str
    id: str
    text: str
    transcript: str
    type: Literal["input_audio", "input_text", "item_reference", "text"]


class ConversationItemWithReferenceParam(TypedDict, total=False):
    arguments: str
    call_id: str
    content: Iterable[Content]
    id: str
    name: str
    object: Literal["realtime.item"]
    output: str
    role: Literal["assistant", "system", "user"]
    status: Literal["completed", "in_progress", "incomplete"]
    type: Literal["function_call", "function_call_output", "item_reference", "message"]
