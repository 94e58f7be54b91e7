# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import Annotated, TypeAlias


from .image_file_delta_block import ImageFileDeltaBlock
from .image_url_delta_block import ImageURLDeltaBlock
from .refusal_delta_block import RefusalDeltaBlock
from .text_delta_block import TextDeltaBlock
from ...._models import PropertyInfo


__all__ = ["MessageContentDelta"]


MessageContentDelta: TypeAlias = Annotated[
    Union[ImageFileDeltaBlock, TextDeltaBlock, RefusalDeltaBlock, ImageURLDeltaBlock],
    PropertyInfo(discriminator="type"),
]
