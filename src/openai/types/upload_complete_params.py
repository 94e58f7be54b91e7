# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List
from typing_extensions import Required, TypedDict


__all__ = ["UploadCompleteParams"]


class UploadCompleteParams(TypedDict, total=False):
    md5: str
    part_ids: Required[List[str]]
