# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import TypeAlias

from ..shared_params.response_format_json_object import ResponseFormatJSONObject
from ..shared_params.response_format_text import ResponseFormatText
from .response_format_text_json_schema_config_param import ResponseFormatTextJSONSchemaConfigParam


__all__ = ["ResponseFormatTextConfigParam"]


ResponseFormatTextConfigParam: TypeAlias = Union[
    ResponseFormatJSONObject, ResponseFormatText, ResponseFormatTextJSONSchemaConfigParam
]
