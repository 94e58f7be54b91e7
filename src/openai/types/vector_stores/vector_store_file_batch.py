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
    created_at: int
    file_counts: FileCounts
    id: str
    object: Literal["vector_store.files_batch"]
    status: Literal["cancelled", "completed", "failed", "in_progress"]
    vector_store_id: str
