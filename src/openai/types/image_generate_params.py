# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .image_model import ImageModel


__all__ = [
    "ImageGenerateParams",
    "ImageGenerateParamsBase",
    "ImageGenerateParamsNonStreaming",
    "ImageGenerateParamsStreaming",
]


class ImageGenerateParamsBase(TypedDict, total=False):
    background: Optional[Literal["auto", "opaque", "transparent"]]
    model: Optional[Union[str, ImageModel]]
    moderation: Optional[Literal["auto", "low"]]
    n: Optional[int]
    output_compression: Optional[int]
    output_format: Optional[Literal["jpeg", "png", "webp"]]
    partial_images: Optional[int]
    prompt: Required[str]
    quality: Optional[Literal["auto", "hd", "high", "low", "medium", "standard"]]
    response_format: Optional[Literal["b64_json", "url"]]
    size: Optional[
        Literal["1024x1024", "1024x1536", "1024x1792", "1536x1024", "1792x1024", "256x256", "512x512", "auto"]
    ]
    style: Optional[Literal["natural", "vivid"]]
    user: str


class ImageGenerateParamsNonStreaming(ImageGenerateParamsBase, total=False):
    stream: Optional[Literal[False]]


class ImageGenerateParamsStreaming(ImageGenerateParamsBase):
    stream: Literal[True]


ImageGenerateParams: TypeAlias = Union[ImageGenerateParamsNonStreaming, ImageGenerateParamsStreaming]
