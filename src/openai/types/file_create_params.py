# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal, Required, TypedDict

from .._types import FileTypes
from .file_purpose import FilePurpose


__all__ = ["ExpiresAfter", "FileCreateParams"]


class ExpiresAfter(TypedDict, total=False):
    anchor: Required[Literal["created_at"]]
    seconds: Required[int]


class FileCreateParams(TypedDict, total=False):
    expires_after: ExpiresAfter
    file: Required[FileTypes]
    purpose: Required[FilePurpose]
