# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Generic, List, Optional, TypeVar, Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Field as FieldInfo

from .response import Response
from .response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall
from .response_computer_tool_call import ResponseComputerToolCall
from .response_custom_tool_call import ResponseCustomToolCall
from .response_file_search_tool_call import ResponseFileSearchToolCall
from .response_function_tool_call import ResponseFunctionToolCall
from .response_function_web_search import ResponseFunctionWebSearch
from .response_output_item import ImageGenerationCall, LocalShellCall, LocalShellCallAction, McpApprovalRequest, McpCall, McpListTools
from .response_output_message import ResponseOutputMessage
from .response_output_refusal import ResponseOutputRefusal
from .response_output_text import ResponseOutputText
from .response_reasoning_item import ResponseReasoningItem


__all__ = ['ContentType', 'ParsedContent', 'ParsedResponse', 'ParsedResponseFunctionToolCall', 'ParsedResponseOutputItem', 'ParsedResponseOutputMessage', 'ParsedResponseOutputText']


ContentType = TypeVar("ContentType")


class ParsedResponseOutputText(ResponseOutputText, Generic[ContentType]):
    parsed: Optional[ContentType] = None


ParsedContent: TypeAlias = Annotated[Union[ParsedResponseOutputText[ContentType], ResponseOutputRefusal], FieldInfo(discriminator="type")]


class ParsedResponseFunctionToolCall(ResponseFunctionToolCall):
    parsed_arguments: object = None


class ParsedResponseOutputMessage(ResponseOutputMessage, Generic[ContentType]):
    content: List[ParsedContent]  # type: ignore[assignment]


ParsedResponseOutputItem: TypeAlias = Annotated[Union[ImageGenerationCall, LocalShellCall, LocalShellCallAction, McpApprovalRequest, McpCall, McpListTools, ParsedResponseFunctionToolCall, ParsedResponseOutputMessage[ContentType], ResponseCodeInterpreterToolCall, ResponseComputerToolCall, ResponseCustomToolCall, ResponseFileSearchToolCall, ResponseFunctionWebSearch, ResponseReasoningItem], FieldInfo(discriminator="type")]


class ParsedResponse(Response, Generic[ContentType]):
    output: List[ParsedResponseOutputItem]  # type: ignore[assignment]
