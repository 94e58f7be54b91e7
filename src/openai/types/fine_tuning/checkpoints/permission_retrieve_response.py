# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional
from typing_extensions import Literal

from ...._models import BaseModel


__all__ = ["Data", "PermissionRetrieveResponse"]


class Data(BaseModel):
    id: str
    created_at: int
    object: Literal["checkpoint.permission"]
    project_id: str


class PermissionRetrieveResponse(BaseModel):
    data: List[Data]
    has_more: bool
    object: Literal["list"]
    first_id: Optional[str] = None
    last_id: Optional[str] = None
