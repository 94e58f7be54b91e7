# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal

from .._models import BaseModel


__all__ = ["ContainerListResponse", "ExpiresAfter"]


class ExpiresAfter(BaseModel):
    anchor: Optional[Literal["last_active_at"]] = None
    minutes: Optional[int] = None


class ContainerListResponse(BaseModel):
    id: str
    created_at: int
    name: str
    object: str
    status: str
    expires_after: Optional[ExpiresAfter] = None
