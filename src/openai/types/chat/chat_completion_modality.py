# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal, TypeAlias


__all__ = ["ChatCompletionModality"]


ChatCompletionModality: TypeAlias = Literal["text", "audio"]
