# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional, Union
from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel
from ..shared.metadata import Metadata
from ..shared.reasoning import Reasoning
from ..shared.responses_model import ResponsesModel
from .response_error import ResponseError
from .response_input_item import ResponseInputItem
from .response_output_item import ResponseOutputItem
from .response_prompt import ResponsePrompt
from .response_status import ResponseStatus
from .response_text_config import ResponseTextConfig
from .response_usage import ResponseUsage
from .tool import Tool
from .tool_choice_allowed import ToolChoiceAllowed
from .tool_choice_custom import ToolChoiceCustom
from .tool_choice_function import ToolChoiceFunction
from .tool_choice_mcp import ToolChoiceMcp
from .tool_choice_options import ToolChoiceOptions
from .tool_choice_types import ToolChoiceTypes


__all__ = ["Conversation", "IncompleteDetails", "Response", "ToolChoice"]


class Conversation(BaseModel):
    id: str


class IncompleteDetails(BaseModel):
    reason: Optional[Literal["max_output_tokens", "content_filter"]] = None


ToolChoice: TypeAlias = Union[
    ToolChoiceOptions, ToolChoiceAllowed, ToolChoiceTypes, ToolChoiceFunction, ToolChoiceMcp, ToolChoiceCustom
]


class Response(BaseModel):
    id: str
    created_at: float
    error: Optional[ResponseError] = None
    incomplete_details: Optional[IncompleteDetails] = None
    instructions: Optional[Union[str, List[ResponseInputItem]]] = None
    metadata: Optional[Metadata] = None
    model: ResponsesModel
    object: Literal["response"]
    output: List[ResponseOutputItem]
    parallel_tool_calls: bool
    temperature: Optional[float] = None
    tool_choice: ToolChoice
    tools: List[Tool]
    top_p: Optional[float] = None
    background: Optional[bool] = None
    conversation: Optional[Conversation] = None
    max_output_tokens: Optional[int] = None
    max_tool_calls: Optional[int] = None
    previous_response_id: Optional[str] = None
    prompt: Optional[ResponsePrompt] = None
    prompt_cache_key: Optional[str] = None
    reasoning: Optional[Reasoning] = None
    safety_identifier: Optional[str] = None
    service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority"]] = None
    status: Optional[ResponseStatus] = None
    text: Optional[ResponseTextConfig] = None
    top_logprobs: Optional[int] = None
    truncation: Optional[Literal["auto", "disabled"]] = None
    usage: Optional[ResponseUsage] = None
    user: Optional[str] = None

    @property
    def output_text(self) -> str:
        """The text of every `output_text` part of every `message` output item, joined."""
        # getattr: a loosely built response (drifted or partial data) may lack these fields.
        return "".join(
            part.text
            for item in self.output or ()
            if getattr(item, "type", None) == "message"
            for part in getattr(item, "content", None) or ()
            if getattr(part, "type", None) == "output_text" and isinstance(getattr(part, "text", None), str)
        )
