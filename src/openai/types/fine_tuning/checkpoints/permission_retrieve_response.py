# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional
from typing_extensions import Literal

from ...._models import BaseModel


__all__ = ["Data", "PermissionRetrieveResponse"]


class Data(BaseModel):
    created_at: int
    id: str
    object: Literal["checkpoint.permission"]
    project_id: str


class PermissionRetrieveResponse(BaseModel):
    data: List[Data]
    first_id: Optional[str] = None
    has_more: bool
    last_id: Optional[str] = None
    object: Literal["list"]
