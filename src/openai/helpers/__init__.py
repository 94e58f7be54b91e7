"""Voice helpers: play speech and record the microphone (the `voice_helpers` extra).

As in 1.102.0, importing this package without numpy raises `MissingDependencyError`, whose message
names the extra to install; sounddevice is needed only when a helper plays or records.
"""

from .local_audio_player import LocalAudioPlayer
from .microphone import Microphone

__all__ = ["Microphone", "LocalAudioPlayer"]
