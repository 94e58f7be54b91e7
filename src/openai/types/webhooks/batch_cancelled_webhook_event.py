# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["BatchCancelledWebhookEvent", "Data"]


class Data(BaseModel):
    id: str


class BatchCancelledWebhookEvent(BaseModel):
    created_at: int
    data: Data
    id: str
    object: Optional[Literal["event"]] = None
    type: Literal["batch.cancelled"]
