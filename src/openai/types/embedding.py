# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List
from typing_extensions import Literal

from .._models import BaseModel


__all__ = ["Embedding"]


class Embedding(BaseModel):
    embedding: List[float]
    index: int
    object: Literal["embedding"]
