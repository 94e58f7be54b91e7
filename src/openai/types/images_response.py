# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional
from typing_extensions import Literal

from .._models import BaseModel
from .image import Image


__all__ = ["ImagesResponse", "Usage", "UsageInputTokensDetails"]


class UsageInputTokensDetails(BaseModel):
    image_tokens: int
    text_tokens: int


class Usage(BaseModel):
    input_tokens: int
    input_tokens_details: UsageInputTokensDetails
    output_tokens: int
    total_tokens: int


class ImagesResponse(BaseModel):
    created: int
    background: Optional[Literal["transparent", "opaque"]] = None
    data: Optional[List[Image]] = None
    output_format: Optional[Literal["png", "webp", "jpeg"]] = None
    quality: Optional[Literal["low", "medium", "high"]] = None
    size: Optional[Literal["1024x1024", "1024x1536", "1536x1024"]] = None
    usage: Optional[Usage] = None
