# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import Annotated, TypeAlias


from .image_edit_completed_event import ImageEditCompletedEvent
from .image_edit_partial_image_event import ImageEditPartialImageEvent
from .._models import PropertyInfo


__all__ = ["ImageEditStreamEvent"]


ImageEditStreamEvent: TypeAlias = Annotated[
    Union[ImageEditPartialImageEvent, ImageEditCompletedEvent], PropertyInfo(discriminator="type")
]
