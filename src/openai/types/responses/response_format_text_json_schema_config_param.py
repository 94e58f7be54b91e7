# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, Optional
from typing_extensions import Literal, Required, TypedDict


__all__ = ["ResponseFormatTextJSONSchemaConfigParam"]


class ResponseFormatTextJSONSchemaConfigParam(TypedDict, total=False):
    description: str
    name: Required[str]
    schema: Required[Dict[str, object]]
    strict: Optional[bool]
    type: Required[Literal["json_schema"]]
