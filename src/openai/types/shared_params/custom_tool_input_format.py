# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict


__all__ = ["CustomToolInputFormat", "Grammar", "Text"]


class Grammar(TypedDict, total=False):
    definition: Required[str]
    syntax: Required[Literal["lark", "regex"]]
    type: Required[Literal["grammar"]]


CustomToolInputFormat: TypeAlias = Union[str, Grammar]


class Text(TypedDict, total=False):
    type: Required[Literal["text"]]
