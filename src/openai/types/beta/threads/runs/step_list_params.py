# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List
from typing_extensions import Literal, Required, TypedDict

from .run_step_include import RunStepInclude


__all__ = ["StepListParams"]


class StepListParams(TypedDict, total=False):
    after: str
    before: str
    include: List[RunStepInclude]
    limit: int
    order: Literal["asc", "desc"]
    thread_id: Required[str]
