# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias


from ..._models import BaseModel, PropertyInfo


__all__ = [
    "Annotation",
    "AnnotationContainerFileCitation",
    "AnnotationFileCitation",
    "AnnotationFilePath",
    "AnnotationURLCitation",
    "Logprob",
    "LogprobTopLogprob",
    "ResponseOutputText",
]


class AnnotationContainerFileCitation(BaseModel):
    container_id: str
    end_index: int
    file_id: str
    filename: str
    start_index: int
    type: Literal["container_file_citation"]


class AnnotationFileCitation(BaseModel):
    file_id: str
    filename: str
    index: int
    type: Literal["file_citation"]


class AnnotationFilePath(BaseModel):
    file_id: str
    index: int
    type: Literal["file_path"]


class AnnotationURLCitation(BaseModel):
    end_index: int
    start_index: int
    title: str
    type: Literal["url_citation"]
    url: str


Annotation: TypeAlias = Annotated[
    Union[AnnotationFileCitation, AnnotationURLCitation, AnnotationContainerFileCitation, AnnotationFilePath],
    PropertyInfo(discriminator="type"),
]


class LogprobTopLogprob(BaseModel):
    token: str
    bytes: List[int]
    logprob: float


class Logprob(BaseModel):
    token: str
    bytes: List[int]
    logprob: float
    top_logprobs: List[LogprobTopLogprob]


class ResponseOutputText(BaseModel):
    annotations: List[Annotation]
    text: str
    type: Literal["output_text"]
    logprobs: Optional[List[Logprob]] = None
