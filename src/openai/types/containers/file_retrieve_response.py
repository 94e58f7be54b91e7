# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["FileRetrieveResponse"]


class FileRetrieveResponse(BaseModel):
    id: str
    bytes: int
    container_id: str
    created_at: int
    object: Literal["container.file"]
    path: str
    source: str
