# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal, Required, TypedDict


__all__ = ["UserLocation", "WebSearchToolParam"]


class UserLocation(TypedDict, total=False):
    city: Optional[str]
    country: Optional[str]
    region: Optional[str]
    timezone: Optional[str]
    type: Required[Literal["approximate"]]


class WebSearchToolParam(TypedDict, total=False):
    search_context_size: Literal["high", "low", "medium"]
    type: Required[Literal["web_search_preview", "web_search_preview_2025_03_11"]]
    user_location: Optional[UserLocation]
