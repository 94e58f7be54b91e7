# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal, TypeAlias


__all__ = ["AudioModel"]


AudioModel: TypeAlias = Literal["whisper-1", "gpt-4o-transcribe", "gpt-4o-mini-transcribe"]
