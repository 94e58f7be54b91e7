# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal

from ...._models import BaseModel


__all__ = ["Error", "RealtimeResponseStatus"]


class Error(BaseModel):
    code: Optional[str] = None
    type: Optional[str] = None


class RealtimeResponseStatus(BaseModel):
    error: Optional[Error] = None
    reason: Optional[Literal["client_cancelled", "content_filter", "max_output_tokens", "turn_detected"]] = None
    type: Optional[Literal["cancelled", "completed", "failed", "incomplete"]] = None
