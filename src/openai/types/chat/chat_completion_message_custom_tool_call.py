# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["ChatCompletionMessageCustomToolCall", "Custom"]


class Custom(BaseModel):
    input: str
    name: str


class ChatCompletionMessageCustomToolCall(BaseModel):
    id: str
    custom: Custom
    type: Literal["custom"]
