# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["FileCitationBody"]


class FileCitationBody(BaseModel):
    file_id: str
    filename: str
    index: int
    type: Literal["file_citation"]
