# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal, Required, TypedDict

from .file_purpose import FilePurpose


__all__ = ["ExpiresAfter", "UploadCreateParams"]


class ExpiresAfter(TypedDict, total=False):
    anchor: Required[Literal["created_at"]]
    seconds: Required[int]


class UploadCreateParams(TypedDict, total=False):
    bytes: Required[int]
    expires_after: ExpiresAfter
    filename: Required[str]
    mime_type: Required[str]
    purpose: Required[FilePurpose]
