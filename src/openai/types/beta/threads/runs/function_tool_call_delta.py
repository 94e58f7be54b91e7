# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal

from ....._models import BaseModel


__all__ = ["Function", "FunctionToolCallDelta"]


class Function(BaseModel):
    arguments: Optional[str] = None
    name: Optional[str] = None
    output: Optional[str] = None


class FunctionToolCallDelta(BaseModel):
    index: int
    type: Literal["function"]
    id: Optional[str] = None
    function: Optional[Function] = None
