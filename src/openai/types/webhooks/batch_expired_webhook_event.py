# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["BatchExpiredWebhookEvent", "Data"]


class Data(BaseModel):
    id: str


class BatchExpiredWebhookEvent(BaseModel):
    id: str
    created_at: int
    data: Data
    type: Literal["batch.expired"]
    object: Optional[Literal["event"]] = None
