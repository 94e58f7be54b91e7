# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Iterable, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ...shared_params.metadata import Metadata
from ..code_interpreter_tool_param import CodeInterpreterToolParam
from .message_content_part_param import MessageContentPartParam


__all__ = ["Attachment", "AttachmentTool", "AttachmentToolFileSearch", "MessageCreateParams"]


class AttachmentToolFileSearch(TypedDict, total=False):
    type: Required[Literal["file_search"]]


AttachmentTool: TypeAlias = Union[AttachmentToolFileSearch, CodeInterpreterToolParam]


class Attachment(TypedDict, total=False):
    file_id: str
    tools: Iterable[AttachmentTool]


class MessageCreateParams(TypedDict, total=False):
    attachments: Optional[Iterable[Attachment]]
    content: Required[Union[str, Iterable[MessageContentPartParam]]]
    metadata: Optional[Metadata]
    role: Required[Literal["assistant", "user"]]
