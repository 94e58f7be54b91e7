# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List
from typing_extensions import Literal

from ..._models import BaseModel
from .conversation_item import ConversationItem


__all__ = ["ConversationItemList"]


class ConversationItemList(BaseModel):
    data: List[ConversationItem]
    first_id: str
    has_more: bool
    last_id: str
    object: Literal["list"]
