from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._common import MissingDependencyError, OptionalModule, format_instructions

__all__ = ["SOUNDDEVICE_INSTRUCTIONS", "MissingDependencyError", "SounddeviceProxy", "sounddevice"]

SOUNDDEVICE_INSTRUCTIONS = format_instructions(library="sounddevice", extra="voice_helpers")


class SounddeviceProxy(OptionalModule):
    def __init__(self) -> None:
        super().__init__("sounddevice", SOUNDDEVICE_INSTRUCTIONS)


if TYPE_CHECKING:
    sounddevice: Any  # sounddevice ships no type information
else:
    sounddevice = SounddeviceProxy()
