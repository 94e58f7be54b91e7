# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional, Union
from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel
from ..responses.response_input_text import ResponseInputText


__all__ = ["Input", "InputContent", "InputContentInputImage", "InputContentOutputText", "ScoreModelGrader"]


class InputContentInputImage(BaseModel):
    image_url: str
    type: Literal["input_image"]
    detail: Optional[str] = None


class InputContentOutputText(BaseModel):
    text: str
    type: Literal["output_text"]


InputContent: TypeAlias = Union[str, ResponseInputText, InputContentOutputText, InputContentInputImage, List[object]]


class Input(BaseModel):
    content: InputContent
    role: Literal["user", "assistant", "system", "developer"]
    type: Optional[Literal["message"]] = None


class ScoreModelGrader(BaseModel):
    input: List[Input]
    model: str
    name: str
    type: Literal["score_model"]
    range: Optional[List[float]] = None
    sampling_params: Optional[object] = None
