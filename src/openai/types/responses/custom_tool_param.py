# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal, Required, TypedDict

from ..shared_params.custom_tool_input_format import CustomToolInputFormat


__all__ = ["CustomToolParam"]


class CustomToolParam(TypedDict, total=False):
    description: str
    format: CustomToolInputFormat
    name: Required[str]
    type: Required[Literal["custom"]]
