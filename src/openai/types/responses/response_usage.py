# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from ..._models import BaseModel


__all__ = ["InputTokensDetails", "OutputTokensDetails", "ResponseUsage"]


class InputTokensDetails(BaseModel):
    cached_tokens: int


class OutputTokensDetails(BaseModel):
    reasoning_tokens: int


class ResponseUsage(BaseModel):
    input_tokens: int
    input_tokens_details: InputTokensDetails
    output_tokens: int
    output_tokens_details: OutputTokensDetails
    total_tokens: int
