# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import Literal, Required, TypedDict


__all__ = ["ComparisonFilter"]


class ComparisonFilter(TypedDict, total=False):
    key: Required[str]
    type: Required[Literal["eq", "gt", "gte", "lt", "lte", "ne"]]
    value: Required[Union[bool, float, str]]
