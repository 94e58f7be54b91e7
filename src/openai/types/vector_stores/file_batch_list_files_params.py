# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["FileBatchListFilesParams"]


class FileBatchListFilesParams(TypedDict, total=False):
    after: str
    before: str
    filter: Literal["cancelled", "completed", "failed", "in_progress"]
    limit: int
    order: Literal["asc", "desc"]
    vector_store_id: Required[str]
