# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Required, TypedDict


__all__ = ["ResponseConversationParam"]


class ResponseConversationParam(TypedDict, total=False):
    id: Required[str]
