# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["ResponseCustomToolCallParam"]


class ResponseCustomToolCallParam(TypedDict, total=False):
    call_id: Required[str]
    id: str
    input: Required[str]
    name: Required[str]
    type: Required[Literal["custom_tool_call"]]
