# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional, Union
from typing_extensions import Literal, Required, TypedDict

from .._types import FileTypes
from .image_model import ImageModel


__all__ = ["ImageCreateVariationParams"]


class ImageCreateVariationParams(TypedDict, total=False):
    image: Required[FileTypes]
    model: Optional[Union[str, ImageModel]]
    n: Optional[int]
    response_format: Optional[Literal["b64_json", "url"]]
    size: Optional[Literal["1024x1024", "256x256", "512x512"]]
    user: str
