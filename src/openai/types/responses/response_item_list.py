# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List
from typing_extensions import Literal

from ..._models import BaseModel
from .response_item import ResponseItem


__all__ = ["ResponseItemList"]


class ResponseItemList(BaseModel):
    data: List[ResponseItem]
    first_id: str
    has_more: bool
    last_id: str
    object: Literal["list"]
