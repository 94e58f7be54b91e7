# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal, TypeAlias


__all__ = ["ImageModel"]


ImageModel: TypeAlias = Literal["dall-e-2", "dall-e-3", "gpt-image-1"]
