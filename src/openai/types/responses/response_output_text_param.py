# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Iterable, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict


__all__ = [
    "Annotation",
    "AnnotationContainerFileCitation",
    "AnnotationFileCitation",
    "AnnotationFilePath",
    "AnnotationURLCitation",
    "Logprob",
    "LogprobTopLogprob",
    "ResponseOutputTextParam",
]


class AnnotationContainerFileCitation(TypedDict, total=False):
    container_id: Required[str]
    end_index: Required[int]
    file_id: Required[str]
    filename: Required[str]
    start_index: Required[int]
    type: Required[Literal["container_file_citation"]]


class AnnotationFileCitation(TypedDict, total=False):
    file_id: Required[str]
    filename: Required[str]
    index: Required[int]
    type: Required[Literal["file_citation"]]


class AnnotationFilePath(TypedDict, total=False):
    file_id: Required[str]
    index: Required[int]
    type: Required[Literal["file_path"]]


class AnnotationURLCitation(TypedDict, total=False):
    end_index: Required[int]
    start_index: Required[int]
    title: Required[str]
    type: Required[Literal["url_citation"]]
    url: Required[str]


Annotation: TypeAlias = Union[
    AnnotationContainerFileCitation, AnnotationFileCitation, AnnotationFilePath, AnnotationURLCitation
]


class LogprobTopLogprob(TypedDict, total=False):
    bytes: Required[Iterable[int]]
    logprob: Required[float]
    token: Required[str]


class Logprob(TypedDict, total=False):
    bytes: Required[Iterable[int]]
    logprob: Required[float]
    token: Required[str]
    top_logprobs: Required[Iterable[LogprobTopLogprob]]


class ResponseOutputTextParam(TypedDict, total=False):
    annotations: Required[Iterable[Annotation]]
    logprobs: Iterable[Logprob]
    text: Required[str]
    type: Required[Literal["output_text"]]
