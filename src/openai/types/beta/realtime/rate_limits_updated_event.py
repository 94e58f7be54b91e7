# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional
from typing_extensions import Literal

from ...._models import BaseModel


__all__ = ["RateLimit", "RateLimitsUpdatedEvent"]


class RateLimit(BaseModel):
    limit: Optional[int] = None
    name: Optional[Literal["requests", "tokens"]] = None
    remaining: Optional[int] = None
    reset_seconds: Optional[float] = None


class RateLimitsUpdatedEvent(BaseModel):
    event_id: str
    rate_limits: List[RateLimit]
    type: Literal["rate_limits.updated"]
