# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel


__all__ = ["CustomToolInputFormat", "Grammar", "Text"]


class Grammar(BaseModel):
    definition: str
    syntax: Literal["lark", "regex"]
    type: Literal["grammar"]


CustomToolInputFormat: TypeAlias = Union[Grammar, str]


class Text(BaseModel):
    type: Literal["text"]
