# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["FileCounts", "VectorStoreFileBatch"]


class FileCounts(BaseModel):
    cancelled: int
    completed: int
    failed: int
    in_progress: int
    total: int


class VectorStoreFileBatch(BaseModel):
    id: str
    created_at: int
    file_counts: FileCounts
    object: Literal["vector_store.files_batch"]
    status: Literal["in_progress", "completed", "cancelled", "failed"]
    vector_store_id: str
