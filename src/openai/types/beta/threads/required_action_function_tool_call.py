# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal

from ...._models import BaseModel


__all__ = ["Function", "RequiredActionFunctionToolCall"]


class Function(BaseModel):
    arguments: str
    name: str


class RequiredActionFunctionToolCall(BaseModel):
    id: str
    function: Function
    type: Literal["function"]
