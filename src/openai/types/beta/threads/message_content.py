# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import Annotated, TypeAlias


from .image_file_content_block import ImageFileContentBlock
from .image_url_content_block import ImageURLContentBlock
from .refusal_content_block import RefusalContentBlock
from .text_content_block import TextContentBlock
from ...._models import PropertyInfo


__all__ = ["MessageContent"]


MessageContent: TypeAlias = Annotated[
    Union[ImageFileContentBlock, ImageURLContentBlock, TextContentBlock, RefusalContentBlock],
    PropertyInfo(discriminator="type"),
]
