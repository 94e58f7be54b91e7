# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Required, TypedDict

from .function_parameters import FunctionParameters


__all__ = ["FunctionDefinition"]


class FunctionDefinition(TypedDict, total=False):
    description: str
    name: Required[str]
    parameters: FunctionParameters
    strict: Optional[bool]
