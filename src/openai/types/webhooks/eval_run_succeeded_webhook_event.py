# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["Data", "EvalRunSucceededWebhookEvent"]


class Data(BaseModel):
    id: str


class EvalRunSucceededWebhookEvent(BaseModel):
    id: str
    created_at: int
    data: Data
    type: Literal["eval.run.succeeded"]
    object: Optional[Literal["event"]] = None
