# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["ImageURL", "ModerationImageURLInputParam"]


class ImageURL(TypedDict, total=False):
    url: Required[str]


class ModerationImageURLInputParam(TypedDict, total=False):
    image_url: Required[ImageURL]
    type: Required[Literal["image_url"]]
