# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal

from ...._models import BaseModel


__all__ = ["FilePath", "FilePathAnnotation"]


class FilePath(BaseModel):
    file_id: str


class FilePathAnnotation(BaseModel):
    end_index: int
    file_path: FilePath
    start_index: int
    text: str
    type: Literal["file_path"]
