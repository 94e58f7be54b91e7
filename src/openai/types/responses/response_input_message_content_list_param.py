# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Union
from typing_extensions import TypeAlias

from .response_input_content_param import ResponseInputContentParam as ResponseInputContentParam
from .response_input_file_param import ResponseInputFileParam
from .response_input_image_param import ResponseInputImageParam
from .response_input_text_param import ResponseInputTextParam


__all__ = ["ResponseInputContentParam", "ResponseInputMessageContentListParam"]


ResponseInputMessageContentListParam: TypeAlias = List[
    Union[ResponseInputFileParam, ResponseInputImageParam, ResponseInputTextParam]
]
