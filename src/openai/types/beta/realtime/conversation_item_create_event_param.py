# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal, Required, TypedDict

from .conversation_item_param import ConversationItemParam


__all__ = ["ConversationItemCreateEventParam"]


class ConversationItemCreateEventParam(TypedDict, total=False):
    event_id: str
    item: Required[ConversationItemParam]
    previous_item_id: str
    type: Required[Literal["conversation.item.create"]]
