# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import Annotated, Literal, TypeAlias


from ..._models import BaseModel, PropertyInfo
from .response_output_refusal import ResponseOutputRefusal
from .response_output_text import ResponseOutputText


__all__ = ["Part", "ResponseContentPartDoneEvent"]


Part: TypeAlias = Annotated[Union[ResponseOutputText, ResponseOutputRefusal], PropertyInfo(discriminator="type")]


class ResponseContentPartDoneEvent(BaseModel):
    content_index: int
    item_id: str
    output_index: int
    part: Part
    sequence_number: int
    type: Literal["response.content_part.done"]
