"""JSON payloads shared by several resources' tests (graders, eval sources, vector store files), and
the shape check for partially streamed JSON."""

from __future__ import annotations

from typing import Any, Dict, Optional

# ----------------------------------------------------------------------------- partial JSON


def is_growing_part_of(partial: Any, whole: Any) -> bool:
    """Whether `partial` is what `whole` looks like while being written: same scalars, objects with
    a subset of the keys, arrays with a prefix of the items (each item itself such a part)."""
    if isinstance(whole, dict):
        return isinstance(partial, dict) and all(
            k in whole and is_growing_part_of(v, whole[k]) for k, v in partial.items()
        )
    if isinstance(whole, list):
        return (
            isinstance(partial, list)
            and len(partial) <= len(whole)
            and all(is_growing_part_of(p, w) for p, w in zip(partial, whole))
        )
    return partial == whole or (isinstance(whole, (int, float)) and isinstance(partial, (int, float)))


# ----------------------------------------------------------------------------- evals


ITEM_SCHEMA = {"type": "object", "properties": {"question": {"type": "string"}, "answer": {"type": "string"}}}


CUSTOM_SOURCE = {"type": "custom", "item_schema": ITEM_SCHEMA, "include_sample_schema": True}


JSONL_SOURCE = {
    "type": "jsonl",
    "source": {"type": "file_content", "content": [{"item": {"question": "Capital of France?", "answer": "Paris"}}]},
}


# ----------------------------------------------------------------------------- graders


STRING_CHECK = {
    "type": "string_check",
    "name": "exact",
    "input": "{{sample.output_text}}",
    "reference": "{{item.answer}}",
    "operation": "eq",
}


# ----------------------------------------------------------------------------- vector store files and batches


STATIC = {"type": "static", "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400}}


def vs_file(status: str = "completed", id: str = "file-1") -> Dict[str, Any]:
    return {
        "id": id,
        "object": "vector_store.file",
        "created_at": 1699061776,
        "usage_bytes": 1234,
        "vector_store_id": "vs_1",
        "status": status,
        "attributes": {"lang": "en"},
        "chunking_strategy": STATIC,
    }


def batch(status: str = "completed", *, in_progress: Optional[int] = None) -> Dict[str, Any]:
    """A vector store file batch; an `in_progress` one has a file in progress unless told otherwise
    (polling a batch looks at that count, not at the status)."""
    if in_progress is None:
        in_progress = 1 if status == "in_progress" else 0
    counts = {"in_progress": in_progress, "completed": 2 - in_progress, "failed": 0, "cancelled": 0, "total": 2}
    return {
        "id": "vsfb_1",
        "object": "vector_store.files_batch",
        "created_at": 1699061776,
        "vector_store_id": "vs_1",
        "status": status,
        "file_counts": counts,
    }
