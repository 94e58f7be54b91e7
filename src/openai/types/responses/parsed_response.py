# Hand-written: what `responses.parse()` and the stream helper return (see openai.lib._parsing).

from typing import TYPE_CHECKING, Generic, List, Optional, TypeVar, Union
from typing_extensions import Annotated, TypeAlias


from .response import Response
from .response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall
from .response_computer_tool_call import ResponseComputerToolCall
from .response_custom_tool_call import ResponseCustomToolCall
from .response_file_search_tool_call import ResponseFileSearchToolCall
from .response_function_tool_call import ResponseFunctionToolCall
from .response_function_web_search import ResponseFunctionWebSearch
from .response_output_item import (
    ImageGenerationCall,
    LocalShellCall,
    LocalShellCallAction,
    McpApprovalRequest,
    McpCall,
    McpListTools,
)
from .response_output_message import ResponseOutputMessage
from .response_output_refusal import ResponseOutputRefusal
from .response_output_text import ResponseOutputText
from .response_reasoning_item import ResponseReasoningItem
from ..._models import PropertyInfo


__all__ = [
    "ContentType",
    "ParsedContent",
    "ParsedResponse",
    "ParsedResponseFunctionToolCall",
    "ParsedResponseOutputItem",
    "ParsedResponseOutputMessage",
    "ParsedResponseOutputText",
]


ContentType = TypeVar("ContentType")

# `parsed` and `parsed_arguments` are computed here, never sent by the server. They count as
# set (as in the official package), and `__api_exclude__` leaves them out when an object is sent
# back to the API (`input=response.output`).


class ParsedResponseOutputText(ResponseOutputText, Generic[ContentType]):
    __api_exclude__ = {"parsed"}

    parsed: Optional[ContentType] = None
    """The text validated as the `text_format` type; None without a `text_format`."""


ParsedContent: TypeAlias = Annotated[
    Union[ParsedResponseOutputText[ContentType], ResponseOutputRefusal], PropertyInfo(discriminator="type")
]


class ParsedResponseFunctionToolCall(ResponseFunctionToolCall):
    __api_exclude__ = {"parsed_arguments"}

    parsed_arguments: object = None
    """The arguments as the tool's model (`pydantic_function_tool`), as JSON (another strict
    function tool), or None."""


class ParsedResponseOutputMessage(ResponseOutputMessage, Generic[ContentType]):
    if TYPE_CHECKING:
        content: List[ParsedContent[ContentType]]  # type: ignore[assignment]
    else:  # at run time the alias is not subscriptable; pydantic fills ContentType in itself
        content: List[ParsedContent]


ParsedResponseOutputItem: TypeAlias = Annotated[
    Union[
        ParsedResponseOutputMessage[ContentType],
        ParsedResponseFunctionToolCall,
        ResponseFileSearchToolCall,
        ResponseFunctionWebSearch,
        ResponseComputerToolCall,
        ResponseReasoningItem,
        McpCall,
        McpApprovalRequest,
        ImageGenerationCall,
        LocalShellCall,
        LocalShellCallAction,
        McpListTools,
        ResponseCodeInterpreterToolCall,
        ResponseCustomToolCall,
    ],
    PropertyInfo(discriminator="type"),
]


class ParsedResponse(Response, Generic[ContentType]):
    if TYPE_CHECKING:
        output: List[ParsedResponseOutputItem[ContentType]]  # type: ignore[assignment]
    else:
        output: List[ParsedResponseOutputItem]

    @property
    def output_parsed(self) -> Optional[ContentType]:
        """The first parsed `output_text` of the output messages; None if there is none (e.g. the
        model refused: see the message's `refusal` part)."""
        for item in self.output:
            if getattr(item, "type", None) != "message":
                continue
            for part in getattr(item, "content", None) or ():
                parsed = getattr(part, "parsed", None)
                if getattr(part, "type", None) == "output_text" and parsed is not None:
                    return parsed
        return None
