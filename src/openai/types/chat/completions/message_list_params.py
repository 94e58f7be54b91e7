# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal, TypedDict


__all__ = ["MessageListParams"]


class MessageListParams(TypedDict, total=False):
    after: str
    limit: int
    order: Literal["asc", "desc"]
