# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal

from .._models import BaseModel
from .shared.metadata import Metadata


__all__ = ["ExpiresAfter", "FileCounts", "VectorStore"]


class ExpiresAfter(BaseModel):
    anchor: Literal["last_active_at"]
    days: int


class FileCounts(BaseModel):
    cancelled: int
    completed: int
    failed: int
    in_progress: int
    total: int


class VectorStore(BaseModel):
    id: str
    created_at: int
    file_counts: FileCounts
    last_active_at: Optional[int] = None
    metadata: Optional[Metadata] = None
    name: str
    object: Literal["vector_store"]
    status: Literal["expired", "in_progress", "completed"]
    usage_bytes: int
    expires_after: Optional[ExpiresAfter] = None
    expires_at: Optional[int] = None
