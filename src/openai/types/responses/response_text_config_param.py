# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal, TypedDict

from .response_format_text_config_param import ResponseFormatTextConfigParam


__all__ = ["ResponseTextConfigParam"]


class ResponseTextConfigParam(TypedDict, total=False):
    format: ResponseFormatTextConfigParam
    verbosity: Optional[Literal["high", "low", "medium"]]
