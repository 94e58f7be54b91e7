# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Field as FieldInfo

from .image_file_delta_block import ImageFileDeltaBlock
from .image_url_delta_block import ImageURLDeltaBlock
from .refusal_delta_block import RefusalDeltaBlock
from .text_delta_block import TextDeltaBlock


__all__ = ["MessageContentDelta"]


MessageContentDelta: TypeAlias = Annotated[
    Union[ImageFileDeltaBlock, TextDeltaBlock, RefusalDeltaBlock, ImageURLDeltaBlock], FieldInfo(discriminator="type")
]
