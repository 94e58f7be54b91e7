# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, Optional
from typing_extensions import Literal

from pydantic import Field as FieldInfo

from ..._models import BaseModel


__all__ = ["ResponseFormatTextJSONSchemaConfig"]


class ResponseFormatTextJSONSchemaConfig(BaseModel):
    description: Optional[str] = None
    name: str
    schema_: Dict[str, object] = FieldInfo(alias="schema")
    strict: Optional[bool] = None
    type: Literal["json_schema"]
