# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["ComparisonFilter"]


class ComparisonFilter(BaseModel):
    key: str
    type: Literal["eq", "ne", "gt", "gte", "lt", "lte"]
    value: Union[str, float, bool]
