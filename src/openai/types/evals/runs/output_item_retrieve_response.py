# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

import builtins
from typing import Dict, List, Optional
from typing_extensions import Literal

from ...._models import BaseModel
from ..eval_api_error import EvalAPIError


__all__ = ["OutputItemRetrieveResponse", "Sample", "SampleInput", "SampleOutput", "SampleUsage"]


class SampleInput(BaseModel):
    content: str
    role: str


class SampleOutput(BaseModel):
    content: Optional[str] = None
    role: Optional[str] = None


class SampleUsage(BaseModel):
    cached_tokens: int
    completion_tokens: int
    prompt_tokens: int
    total_tokens: int


class Sample(BaseModel):
    error: EvalAPIError
    finish_reason: str
    input: List[SampleInput]
    max_completion_tokens: int
    model: str
    output: List[SampleOutput]
    seed: int
    temperature: float
    top_p: float
    usage: SampleUsage


class OutputItemRetrieveResponse(BaseModel):
    id: str
    created_at: int
    datasource_item: Dict[str, builtins.object]
    datasource_item_id: int
    eval_id: str
    object: Literal["eval.run.output_item"]
    results: List[Dict[str, builtins.object]]
    run_id: str
    sample: Sample
    status: str
