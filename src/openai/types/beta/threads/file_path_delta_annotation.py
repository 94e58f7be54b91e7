# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal

from ...._models import BaseModel


__all__ = ["FilePath", "FilePathDeltaAnnotation"]


class FilePath(BaseModel):
    file_id: Optional[str] = None


class FilePathDeltaAnnotation(BaseModel):
    index: int
    type: Literal["file_path"]
    end_index: Optional[int] = None
    file_path: Optional[FilePath] = None
    start_index: Optional[int] = None
    text: Optional[str] = None
