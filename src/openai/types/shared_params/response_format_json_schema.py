# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, Optional
from typing_extensions import Literal, Required, TypedDict


__all__ = ["JSONSchema", "ResponseFormatJSONSchema"]


class JSONSchema(TypedDict, total=False):
    description: str
    name: Required[str]
    schema: Dict[str, object]
    strict: Optional[bool]


class ResponseFormatJSONSchema(TypedDict, total=False):
    json_schema: Required[JSONSchema]
    type: Required[Literal["json_schema"]]
