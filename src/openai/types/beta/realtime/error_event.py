# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal

from ...._models import BaseModel


__all__ = ["Error", "ErrorEvent"]


class Error(BaseModel):
    message: str
    type: str
    code: Optional[str] = None
    event_id: Optional[str] = None
    param: Optional[str] = None


class ErrorEvent(BaseModel):
    error: Error
    event_id: str
    type: Literal["error"]
