# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal

from ...._models import BaseModel


__all__ = ["FileCitation", "FileCitationDeltaAnnotation"]


class FileCitation(BaseModel):
    file_id: Optional[str] = None
    quote: Optional[str] = None


class FileCitationDeltaAnnotation(BaseModel):
    index: int
    type: Literal["file_citation"]
    end_index: Optional[int] = None
    file_citation: Optional[FileCitation] = None
    start_index: Optional[int] = None
    text: Optional[str] = None
