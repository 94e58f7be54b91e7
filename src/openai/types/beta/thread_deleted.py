# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["ThreadDeleted"]


class ThreadDeleted(BaseModel):
    id: str
    deleted: bool
    object: Literal["thread.deleted"]
