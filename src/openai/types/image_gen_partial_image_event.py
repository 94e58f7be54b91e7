# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal

from .._models import BaseModel


__all__ = ["ImageGenPartialImageEvent"]


class ImageGenPartialImageEvent(BaseModel):
    b64_json: str
    background: Literal["auto", "opaque", "transparent"]
    created_at: int
    output_format: Literal["jpeg", "png", "webp"]
    partial_image_index: int
    quality: Literal["auto", "high", "low", "medium"]
    size: Literal["1024x1024", "1024x1536", "1536x1024", "auto"]
    type: Literal["image_generation.partial_image"]
