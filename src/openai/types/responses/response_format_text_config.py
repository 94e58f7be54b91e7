# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Field as FieldInfo

from ..shared.response_format_json_object import ResponseFormatJSONObject
from ..shared.response_format_text import ResponseFormatText
from .response_format_text_json_schema_config import ResponseFormatTextJSONSchemaConfig


__all__ = ["ResponseFormatTextConfig"]


ResponseFormatTextConfig: TypeAlias = Annotated[
    Union[ResponseFormatText, ResponseFormatTextJSONSchemaConfig, ResponseFormatJSONObject],
    FieldInfo(discriminator="type"),
]
