# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Iterable, List, Optional, Union
from typing_extensions import Literal, Required, TypedDict

from ...shared_params.metadata import Metadata
from .conversation_item_with_reference_param import ConversationItemWithReferenceParam


__all__ = ["Response", "ResponseCreateEventParam", "ResponseTool"]


class ResponseTool(TypedDict, total=False):
    description: str
    name: str
    parameters: object
    type: Literal["function"]


class Response(TypedDict, total=False):
    conversation: Union[str, Literal["auto", "none"]]
    input: Iterable[ConversationItemWithReferenceParam]
    instructions: str
    max_response_output_tokens: Union[int, Literal["inf"]]
    metadata: Optional[Metadata]
    modalities: List[Literal["audio", "text"]]
    output_audio_format: Literal["g711_alaw", "g711_ulaw", "pcm16"]
    temperature: float
    tool_choice: str
    tools: Iterable[ResponseTool]
    voice: Union[str, Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse"]]


class ResponseCreateEventParam(TypedDict, total=False):
    event_id: str
    response: Response
    type: Required[Literal["response.create"]]
