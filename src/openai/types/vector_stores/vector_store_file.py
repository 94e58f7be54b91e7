# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, Optional, Union
from typing_extensions import Literal

from ..._models import BaseModel
from ..file_chunking_strategy import FileChunkingStrategy


__all__ = ["LastError", "VectorStoreFile"]


class LastError(BaseModel):
    code: Literal["invalid_file", "server_error", "unsupported_file"]
    message: str


class VectorStoreFile(BaseModel):
    attributes: Optional[Dict[str, Union[bool, float, str]]] = None
    chunking_strategy: Optional[FileChunkingStrategy] = None
    created_at: int
    id: str
    last_error: Optional[LastError] = None
    object: Literal["vector_store.file"]
    status: Literal["cancelled", "completed", "failed", "in_progress"]
    usage_bytes: int
    vector_store_id: str
