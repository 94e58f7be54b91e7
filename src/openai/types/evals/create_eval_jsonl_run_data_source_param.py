# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, Iterable, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict


__all__ = [
    "CreateEvalJSONLRunDataSourceParam",
    "Source",
    "SourceFileContent",
    "SourceFileContentContent",
    "SourceFileID",
]


class SourceFileContentContent(TypedDict, total=False):
    item: Required[Dict[str, object]]
    sample: Dict[str, object]


class SourceFileContent(TypedDict, total=False):
    content: Required[Iterable[SourceFileContentContent]]
    type: Required[Literal["file_content"]]


class SourceFileID(TypedDict, total=False):
    id: Required[str]
    type: Required[Literal["file_id"]]


Source: TypeAlias = Union[SourceFileContent, SourceFileID]


class CreateEvalJSONLRunDataSourceParam(TypedDict, total=False):
    source: Required[Source]
    type: Required[Literal["jsonl"]]
