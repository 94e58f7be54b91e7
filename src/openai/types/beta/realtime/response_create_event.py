# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional, Union
from typing_extensions import Literal

from ...._models import BaseModel
from ...shared.metadata import Metadata
from .conversation_item_with_reference import ConversationItemWithReference


__all__ = ["Response", "ResponseCreateEvent", "ResponseTool"]


class ResponseTool(BaseModel):
    description: Optional[str] = None
    name: Optional[str] = None
    parameters: Optional[object] = None
    type: Optional[Literal["function"]] = None


class Response(BaseModel):
    conversation: Optional[Union[str, Literal["auto", "none"]]] = None
    input: Optional[List[ConversationItemWithReference]] = None
    instructions: Optional[str] = None
    max_response_output_tokens: Optional[Union[int, Literal["inf"]]] = None
    metadata: Optional[Metadata] = None
    modalities: Optional[List[Literal["text", "audio"]]] = None
    output_audio_format: Optional[Literal["pcm16", "g711_ulaw", "g711_alaw"]] = None
    temperature: Optional[float] = None
    tool_choice: Optional[str] = None
    tools: Optional[List[ResponseTool]] = None
    voice: Optional[Union[str, Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse"]]] = None


class ResponseCreateEvent(BaseModel):
    type: Literal["response.create"]
    event_id: Optional[str] = None
    response: Optional[Response] = None
