# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional

from ..._models import BaseModel


__all__ = ["ErrorObject"]


class ErrorObject(BaseModel):
    code: Optional[str] = None
    message: str
    param: Optional[str] = None
    type: str
