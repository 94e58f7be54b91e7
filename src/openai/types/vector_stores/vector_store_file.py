# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, Optional, Union
from typing_extensions import Literal

from ..._models import BaseModel
from ..file_chunking_strategy import FileChunkingStrategy


__all__ = ["LastError", "VectorStoreFile"]


class LastError(BaseModel):
    code: Literal["server_error", "unsupported_file", "invalid_file"]
    message: str


class VectorStoreFile(BaseModel):
    id: str
    created_at: int
    last_error: Optional[LastError] = None
    object: Literal["vector_store.file"]
    status: Literal["in_progress", "completed", "cancelled", "failed"]
    usage_bytes: int
    vector_store_id: str
    attributes: Optional[Dict[str, Union[str, float, bool]]] = None
    chunking_strategy: Optional[FileChunkingStrategy] = None
