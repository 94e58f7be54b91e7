# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal, TypedDict


__all__ = ["ConversationItemContentParam"]


class ConversationItemContentParam(TypedDict, total=False):
    audio: str
    id: str
    text: str
    transcript: str
    type: Literal["audio", "input_audio", "input_text", "item_reference", "text"]
