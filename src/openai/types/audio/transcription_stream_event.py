# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import Annotated, TypeAlias


from .transcription_text_delta_event import TranscriptionTextDeltaEvent
from .transcription_text_done_event import TranscriptionTextDoneEvent
from ..._models import PropertyInfo


__all__ = ["TranscriptionStreamEvent"]


TranscriptionStreamEvent: TypeAlias = Annotated[
    Union[TranscriptionTextDeltaEvent, TranscriptionTextDoneEvent], PropertyInfo(discriminator="type")
]
