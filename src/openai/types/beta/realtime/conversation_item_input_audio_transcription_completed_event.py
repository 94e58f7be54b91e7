# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias


from ...._models import BaseModel, PropertyInfo


__all__ = [
    "ConversationItemInputAudioTranscriptionCompletedEvent",
    "Logprob",
    "Usage",
    "UsageTranscriptTextUsageDuration",
    "UsageTranscriptTextUsageTokens",
    "UsageTranscriptTextUsageTokensInputTokenDetails",
]


class Logprob(BaseModel):
    token: str
    bytes: List[int]
    logprob: float


class UsageTranscriptTextUsageDuration(BaseModel):
    seconds: float
    type: Literal["duration"]


class UsageTranscriptTextUsageTokensInputTokenDetails(BaseModel):
    audio_tokens: Optional[int] = None
    text_tokens: Optional[int] = None


class UsageTranscriptTextUsageTokens(BaseModel):
    input_tokens: int
    output_tokens: int
    total_tokens: int
    type: Literal["tokens"]
    input_token_details: Optional[UsageTranscriptTextUsageTokensInputTokenDetails] = None


Usage: TypeAlias = Annotated[
    Union[UsageTranscriptTextUsageTokens, UsageTranscriptTextUsageDuration], PropertyInfo(discriminator="type")
]


class ConversationItemInputAudioTranscriptionCompletedEvent(BaseModel):
    content_index: int
    event_id: str
    item_id: str
    transcript: str
    type: Literal["conversation.item.input_audio_transcription.completed"]
    usage: Usage
    logprobs: Optional[List[Logprob]] = None
