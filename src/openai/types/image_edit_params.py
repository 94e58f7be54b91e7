# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .._types import FileTypes
from .image_model import ImageModel


__all__ = ["ImageEditParams", "ImageEditParamsBase", "ImageEditParamsNonStreaming", "ImageEditParamsStreaming"]


class ImageEditParamsBase(TypedDict, total=False):
    background: Optional[Literal["auto", "opaque", "transparent"]]
    image: Required[Union[FileTypes, List[FileTypes]]]
    input_fidelity: Optional[Literal["high", "low"]]
    mask: FileTypes
    model: Optional[Union[str, ImageModel]]
    n: Optional[int]
    output_compression: Optional[int]
    output_format: Optional[Literal["jpeg", "png", "webp"]]
    partial_images: Optional[int]
    prompt: Required[str]
    quality: Optional[Literal["auto", "high", "low", "medium", "standard"]]
    response_format: Optional[Literal["b64_json", "url"]]
    size: Optional[Literal["1024x1024", "1024x1536", "1536x1024", "256x256", "512x512", "auto"]]
    user: str


class ImageEditParamsNonStreaming(ImageEditParamsBase, total=False):
    stream: Optional[Literal[False]]


class ImageEditParamsStreaming(ImageEditParamsBase):
    stream: Literal[True]


ImageEditParams: TypeAlias = Union[ImageEditParamsNonStreaming, ImageEditParamsStreaming]
