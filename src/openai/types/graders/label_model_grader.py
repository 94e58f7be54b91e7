# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional, Union
from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel
from ..responses.response_input_text import ResponseInputText


__all__ = ["Input", "InputContent", "InputContentInputImage", "InputContentOutputText", "LabelModelGrader"]


class InputContentInputImage(BaseModel):
    detail: Optional[str] = None
    image_url: str
    type: Literal["input_image"]


class InputContentOutputText(BaseModel):
    text: str
    type: Literal["output_text"]


InputContent: TypeAlias = Union[str, InputContentInputImage, InputContentOutputText, List[object], ResponseInputText]


class Input(BaseModel):
    content: InputContent
    role: Literal["assistant", "developer", "system", "user"]
    type: Optional[Literal["message"]] = None


class LabelModelGrader(BaseModel):
    input: List[Input]
    labels: List[str]
    model: str
    name: str
    passing_labels: List[str]
    type: Literal["label_model"]
