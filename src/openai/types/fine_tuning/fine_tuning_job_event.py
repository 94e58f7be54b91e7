# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

import builtins
from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["FineTuningJobEvent"]


class FineTuningJobEvent(BaseModel):
    id: str
    created_at: int
    level: Literal["info", "warn", "error"]
    message: str
    object: Literal["fine_tuning.job.event"]
    data: Optional[builtins.object] = None
    type: Optional[Literal["message", "metrics"]] = None
