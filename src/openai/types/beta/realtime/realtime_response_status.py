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
    reason: Optional[Literal["turn_detected", "client_cancelled", "max_output_tokens", "content_filter"]] = None
    type: Optional[Literal["completed", "cancelled", "incomplete", "failed"]] = None
