# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal

from ....._models import BaseModel
from .run_step_delta import RunStepDelta


__all__ = ["RunStepDeltaEvent"]


class RunStepDeltaEvent(BaseModel):
    id: str
    delta: RunStepDelta
    object: Literal["thread.run.step.delta"]
