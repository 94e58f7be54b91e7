# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal

from ...._models import BaseModel


__all__ = ["FileCitation", "FileCitationAnnotation"]


class FileCitation(BaseModel):
    file_id: str


class FileCitationAnnotation(BaseModel):
    end_index: int
    file_citation: FileCitation
    start_index: int
    text: str
    type: Literal["file_citation"]
