# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["UploadPart"]


class UploadPart(BaseModel):
    id: str
    created_at: int
    object: Literal["upload.part"]
    upload_id: str
