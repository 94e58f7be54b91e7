# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["Part", "ResponseReasoningSummaryPartDoneEvent"]


class Part(BaseModel):
    text: str
    type: Literal["summary_text"]


class ResponseReasoningSummaryPartDoneEvent(BaseModel):
    item_id: str
    output_index: int
    part: Part
    sequence_number: int
    summary_index: int
    type: Literal["response.reasoning_summary_part.done"]
