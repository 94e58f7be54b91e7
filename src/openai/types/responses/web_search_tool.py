# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["UserLocation", "WebSearchTool"]


class UserLocation(BaseModel):
    type: Literal["approximate"]
    city: Optional[str] = None
    country: Optional[str] = None
    region: Optional[str] = None
    timezone: Optional[str] = None


class WebSearchTool(BaseModel):
    type: Literal["web_search_preview", "web_search_preview_2025_03_11"]
    search_context_size: Optional[Literal["low", "medium", "high"]] = None
    user_location: Optional[UserLocation] = None
