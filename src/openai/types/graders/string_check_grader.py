# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["StringCheckGrader"]


class StringCheckGrader(BaseModel):
    input: str
    name: str
    operation: Literal["eq", "ne", "like", "ilike"]
    reference: str
    type: Literal["string_check"]
