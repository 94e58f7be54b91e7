# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["OutputItemListParams"]


class OutputItemListParams(TypedDict, total=False):
    after: str
    eval_id: Required[str]
    limit: int
    order: Literal["asc", "desc"]
    status: Literal["fail", "pass"]
