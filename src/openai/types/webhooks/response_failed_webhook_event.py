# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["Data", "ResponseFailedWebhookEvent"]


class Data(BaseModel):
    id: str


class ResponseFailedWebhookEvent(BaseModel):
    id: str
    created_at: int
    data: Data
    type: Literal["response.failed"]
    object: Optional[Literal["event"]] = None
