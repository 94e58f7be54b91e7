# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Iterable
from typing_extensions import Literal, TypedDict

from .conversation_item_content_param import ConversationItemContentParam


__all__ = ["ConversationItemParam"]


class ConversationItemParam(TypedDict, total=False):
    arguments: str
    call_id: str
    content: Iterable[ConversationItemContentParam]
    id: str
    name: str
    object: Literal["realtime.item"]
    output: str
    role: Literal["assistant", "system", "user"]
    status: Literal["completed", "in_progress", "incomplete"]
    type: Literal["function_call", "function_call_output", "message"]
