# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import TypeAlias

from .moderation_image_url_input_param import ModerationImageURLInputParam
from .moderation_text_input_param import ModerationTextInputParam


__all__ = ["ModerationMultiModalInputParam"]


ModerationMultiModalInputParam: TypeAlias = Union[ModerationImageURLInputParam, ModerationTextInputParam]
