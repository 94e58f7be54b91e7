# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, Optional, Union
from typing_extensions import Required, TypeAlias, TypedDict

from .response_input_file_param import ResponseInputFileParam
from .response_input_image_param import ResponseInputImageParam
from .response_input_text_param import ResponseInputTextParam


__all__ = ["ResponsePromptParam", "Variables"]


Variables: TypeAlias = Union[str, ResponseInputFileParam, ResponseInputImageParam, ResponseInputTextParam]


class ResponsePromptParam(TypedDict, total=False):
    id: Required[str]
    variables: Optional[Dict[str, Variables]]
    version: Optional[str]
