# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

import builtins
from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["FineTuningJobEvent"]


class FineTuningJobEvent(BaseModel):
    created_at: int
    data: Optional[builtins.object] = None
    id: str
    level: Literal["error", "info", "warn"]
    message: str
    object: Literal["fine_tuning.job.event"]
    type: Optional[Literal["message", "metrics"]] = None
