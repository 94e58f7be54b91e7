# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, Optional
from typing_extensions import Literal

from pydantic import Field as FieldInfo

from ..._models import BaseModel


__all__ = ["ResponseFormatTextJSONSchemaConfig"]


class ResponseFormatTextJSONSchemaConfig(BaseModel):
    name: str
    schema_: Dict[str, object] = FieldInfo(alias="schema")
    type: Literal["json_schema"]
    description: Optional[str] = None
    strict: Optional[bool] = None
