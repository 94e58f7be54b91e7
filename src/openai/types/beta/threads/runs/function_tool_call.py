# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal

from ....._models import BaseModel


__all__ = ["Function", "FunctionToolCall"]


class Function(BaseModel):
    arguments: str
    name: str
    output: Optional[str] = None


class FunctionToolCall(BaseModel):
    id: str
    function: Function
    type: Literal["function"]
