# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .response_input_message_content_list import ResponseInputMessageContentList


__all__ = ["ResponseInputMessageItem"]


class ResponseInputMessageItem(BaseModel):
    content: ResponseInputMessageContentList
    id: str
    role: Literal["developer", "system", "user"]
    status: Optional[Literal["completed", "in_progress", "incomplete"]] = None
    type: Optional[Literal["message"]] = None
