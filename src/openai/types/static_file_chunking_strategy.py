# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from .._models import BaseModel


__all__ = ["StaticFileChunkingStrategy"]


class StaticFileChunkingStrategy(BaseModel):
    chunk_overlap_tokens: int
    max_chunk_size_tokens: int
