# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Union
from typing_extensions import Annotated, Literal, TypeAlias


from ..._models import BaseModel, PropertyInfo
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
        InputTextContent,
        OutputTextContent,
        TextContent,
        SummaryTextContent,
        RefusalContent,
        InputImageContent,
        ComputerScreenshotContent,
        InputFileContent,
    ],
    PropertyInfo(discriminator="type"),
]


class Message(BaseModel):
    id: str
    content: List[Content]
    role: Literal["unknown", "user", "assistant", "system", "critic", "discriminator", "developer", "tool"]
    status: Literal["in_progress", "completed", "incomplete"]
    type: Literal["message"]
