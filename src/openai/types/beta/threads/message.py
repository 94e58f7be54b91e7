# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias


from ...._models import BaseModel, PropertyInfo
from ...shared.metadata import Metadata
from ..code_interpreter_tool import CodeInterpreterTool
from .message_content import MessageContent


__all__ = [
    "Attachment",
    "AttachmentTool",
    "AttachmentToolAssistantToolsFileSearchTypeOnly",
    "IncompleteDetails",
    "Message",
]


class AttachmentToolAssistantToolsFileSearchTypeOnly(BaseModel):
    type: Literal["file_search"]


AttachmentTool: TypeAlias = Annotated[
    Union[CodeInterpreterTool, AttachmentToolAssistantToolsFileSearchTypeOnly], PropertyInfo(discriminator="type")
]


class Attachment(BaseModel):
    file_id: Optional[str] = None
    tools: Optional[List[AttachmentTool]] = None


class IncompleteDetails(BaseModel):
    reason: Literal["content_filter", "max_tokens", "run_cancelled", "run_expired", "run_failed"]


class Message(BaseModel):
    id: str
    assistant_id: Optional[str] = None
    attachments: Optional[List[Attachment]] = None
    completed_at: Optional[int] = None
    content: List[MessageContent]
    created_at: int
    incomplete_at: Optional[int] = None
    incomplete_details: Optional[IncompleteDetails] = None
    metadata: Optional[Metadata] = None
    object: Literal["thread.message"]
    role: Literal["user", "assistant"]
    run_id: Optional[str] = None
    status: Literal["in_progress", "incomplete", "completed"]
    thread_id: str
