# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

import builtins
from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["Conversation"]


class Conversation(BaseModel):
    id: str
    created_at: int
    metadata: builtins.object
    object: Literal["conversation"]
