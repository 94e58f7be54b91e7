# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List
from typing_extensions import Required, TypedDict

from .run_step_include import RunStepInclude


__all__ = ["StepRetrieveParams"]


class StepRetrieveParams(TypedDict, total=False):
    include: List[RunStepInclude]
    run_id: Required[str]
    thread_id: Required[str]
