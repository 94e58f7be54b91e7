# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal, Required, TypedDict


__all__ = ["ResponseInputFileParam"]


class ResponseInputFileParam(TypedDict, total=False):
    file_data: str
    file_id: Optional[str]
    file_url: str
    filename: str
    type: Required[Literal["input_file"]]
