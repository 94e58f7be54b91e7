# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Iterable, List, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..responses.response_input_text_param import ResponseInputTextParam


__all__ = ["Input", "InputContent", "InputContentInputImage", "InputContentOutputText", "LabelModelGraderParam"]


class InputContentInputImage(TypedDict, total=False):
    detail: str
    image_url: Required[str]
    type: Required[Literal["input_image"]]


class InputContentOutputText(TypedDict, total=False):
    text: Required[str]
    type: Required[Literal["output_text"]]


InputContent: TypeAlias = Union[
    str, InputContentInputImage, InputContentOutputText, Iterable[object], ResponseInputTextParam
]


class Input(TypedDict, total=False):
    content: Required[InputContent]
    role: Required[Literal["assistant", "developer", "system", "user"]]
    type: Literal["message"]


class LabelModelGraderParam(TypedDict, total=False):
    input: Required[Iterable[Input]]
    labels: Required[List[str]]
    model: Required[str]
    name: Required[str]
    passing_labels: Required[List[str]]
    type: Required[Literal["label_model"]]
