# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal, Required, TypedDict


__all__ = ["ResponseInputImageParam"]


class ResponseInputImageParam(TypedDict, total=False):
    detail: Required[Literal["auto", "high", "low"]]
    file_id: Optional[str]
    image_url: Optional[str]
    type: Required[Literal["input_image"]]
