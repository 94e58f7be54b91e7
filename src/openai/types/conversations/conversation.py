# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

import builtins
from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["Conversation"]


class Conversation(BaseModel):
    created_at: int
    id: str
    metadata: builtins.object
    object: Literal["conversation"]
