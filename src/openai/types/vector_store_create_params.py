# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional
from typing_extensions import Literal, Required, TypedDict

from .file_chunking_strategy_param import FileChunkingStrategyParam
from .shared_params.metadata import Metadata


__all__ = ["ExpiresAfter", "VectorStoreCreateParams"]


class ExpiresAfter(TypedDict, total=False):
    anchor: Required[Literal["last_active_at"]]
    days: Required[int]


class VectorStoreCreateParams(TypedDict, total=False):
    chunking_strategy: FileChunkingStrategyParam
    expires_after: ExpiresAfter
    file_ids: List[str]
    metadata: Optional[Metadata]
    name: str
