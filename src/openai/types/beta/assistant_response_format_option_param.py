# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import Literal, TypeAlias

from ..shared_params.response_format_json_object import ResponseFormatJSONObject
from ..shared_params.response_format_json_schema import ResponseFormatJSONSchema
from ..shared_params.response_format_text import ResponseFormatText


__all__ = ["AssistantResponseFormatOptionParam"]


AssistantResponseFormatOptionParam: TypeAlias = Union[
    Literal["auto"], ResponseFormatJSONObject, ResponseFormatJSONSchema, ResponseFormatText
]
