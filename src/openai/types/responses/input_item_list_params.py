# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List
from typing_extensions import Literal, TypedDict

from .response_includable import ResponseIncludable


__all__ = ["InputItemListParams"]


class InputItemListParams(TypedDict, total=False):
    after: str
    include: List[ResponseIncludable]
    limit: int
    order: Literal["asc", "desc"]
