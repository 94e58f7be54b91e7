# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, Optional
from typing_extensions import Literal, Required, TypedDict


__all__ = ["FunctionToolParam"]


class FunctionToolParam(TypedDict, total=False):
    description: Optional[str]
    name: Required[str]
    parameters: Required[Optional[Dict[str, object]]]
    strict: Required[Optional[bool]]
    type: Required[Literal["function"]]
