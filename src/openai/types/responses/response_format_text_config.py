# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import Annotated, TypeAlias


from ..shared.response_format_json_object import ResponseFormatJSONObject
from ..shared.response_format_text import ResponseFormatText
from .response_format_text_json_schema_config import ResponseFormatTextJSONSchemaConfig
from ..._models import PropertyInfo


__all__ = ["ResponseFormatTextConfig"]


ResponseFormatTextConfig: TypeAlias = Annotated[
    Union[ResponseFormatText, ResponseFormatTextJSONSchemaConfig, ResponseFormatJSONObject],
    PropertyInfo(discriminator="type"),
]
