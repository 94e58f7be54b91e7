# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["ChatCompletionMessageFunctionToolCall", "Function"]


class Function(BaseModel):
    arguments: str
    name: str


class ChatCompletionMessageFunctionToolCall(BaseModel):
    id: str
    function: Function
    type: Literal["function"]
