# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict


__all__ = [
    "ChatCompletionCustomToolParam",
    "Custom",
    "CustomFormat",
    "CustomFormatGrammar",
    "CustomFormatGrammarGrammar",
    "CustomFormatText",
]


class CustomFormatGrammarGrammar(TypedDict, total=False):
    definition: Required[str]
    syntax: Required[Literal["lark", "regex"]]


class CustomFormatGrammar(TypedDict, total=False):
    grammar: Required[CustomFormatGrammarGrammar]
    type: Required[Literal["grammar"]]


class CustomFormatText(TypedDict, total=False):
    type: Required[Literal["text"]]


CustomFormat: TypeAlias = Union[CustomFormatGrammar, CustomFormatText]


class Custom(TypedDict, total=False):
    description: str
    format: CustomFormat
    name: Required[str]


class ChatCompletionCustomToolParam(TypedDict, total=False):
    custom: Required[Custom]
    type: Required[Literal["custom"]]
