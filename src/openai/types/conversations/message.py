# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field as FieldInfo

from ..._models import BaseModel
from .computer_screenshot_content import ComputerScreenshotContent
from .input_file_content import InputFileContent
from .input_image_content import InputImageContent
from .input_text_content import InputTextContent
from .output_text_content import OutputTextContent
from .refusal_content import RefusalContent
from .summary_text_content import SummaryTextContent
from .text_content import TextContent


__all__ = ["Content", "Message"]


Content: TypeAlias = Annotated[
    Union[
        ComputerScreenshotContent,
        InputFileContent,
        InputImageContent,
        InputTextContent,
        OutputTextContent,
        RefusalContent,
        SummaryTextContent,
        TextContent,
    ],
    FieldInfo(discriminator="type"),
]


class Message(BaseModel):
    content: List[Content]
    id: str
    role: Literal["assistant", "critic", "developer", "discriminator", "system", "tool", "unknown", "user"]
    status: Literal["completed", "in_progress", "incomplete"]
    type: Literal["message"]
