# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import TypedDict

from ..._types import FileTypes


__all__ = ["FileCreateParams"]


class FileCreateParams(TypedDict, total=False):
    file: FileTypes
    file_id: str
