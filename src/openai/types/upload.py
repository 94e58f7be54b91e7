# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal

from .._models import BaseModel
from .file_object import FileObject


__all__ = ["Upload"]


class Upload(BaseModel):
    bytes: int
    created_at: int
    expires_at: int
    file: Optional[FileObject] = None
    filename: str
    id: str
    object: Literal["upload"]
    purpose: str
    status: Literal["cancelled", "completed", "expired", "pending"]
