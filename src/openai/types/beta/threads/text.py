# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List

from ...._models import BaseModel
from .annotation import Annotation


__all__ = ["Text"]


class Text(BaseModel):
    annotations: List[Annotation]
    value: str
