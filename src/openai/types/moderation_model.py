# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal, TypeAlias


__all__ = ["ModerationModel"]


ModerationModel: TypeAlias = Literal[
    "omni-moderation-latest", "omni-moderation-2024-09-26", "text-moderation-latest", "text-moderation-stable"
]
