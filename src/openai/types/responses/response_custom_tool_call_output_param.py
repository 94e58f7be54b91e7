# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["ResponseCustomToolCallOutputParam"]


class ResponseCustomToolCallOutputParam(TypedDict, total=False):
    call_id: Required[str]
    id: str
    output: Required[str]
    type: Required[Literal["custom_tool_call_output"]]
