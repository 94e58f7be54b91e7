# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional, Union
from typing_extensions import Literal

from ...._models import BaseModel
from ...shared.metadata import Metadata
from .conversation_item import ConversationItem
from .realtime_response_status import RealtimeResponseStatus
from .realtime_response_usage import RealtimeResponseUsage


__all__ = ["RealtimeResponse"]


class RealtimeResponse(BaseModel):
    conversation_id: Optional[str] = None
    id: Optional[str] = None
    max_output_tokens: Optional[Union[int, Literal["inf"]]] = None
    metadata: Optional[Metadata] = None
    modalities: Optional[List[Literal["audio", "text"]]] = None
    object: Optional[Literal["realtime.response"]] = None
    output: Optional[List[ConversationItem]] = None
    output_audio_format: Optional[Literal["g711_alaw", "g711_ulaw", "pcm16"]] = None
    status: Optional[Literal["cancelled", "completed", "failed", "in_progress", "incomplete"]] = None
    status_details: Optional[RealtimeResponseStatus] = None
    temperature: Optional[float] = None
    usage: Optional[RealtimeResponseUsage] = None
    voice: Optional[Union[str, Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse"]]] = None
