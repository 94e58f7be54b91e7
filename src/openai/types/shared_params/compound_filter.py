# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Iterable, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .comparison_filter import ComparisonFilter


__all__ = ["CompoundFilter", "Filter"]


Filter: TypeAlias = Union[object, ComparisonFilter]


class CompoundFilter(TypedDict, total=False):
    filters: Required[Iterable[Filter]]
    type: Required[Literal["and", "or"]]
