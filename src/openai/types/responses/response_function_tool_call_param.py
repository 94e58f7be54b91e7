# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["ResponseFunctionToolCallParam"]


class ResponseFunctionToolCallParam(TypedDict, total=False):
    arguments: Required[str]
    call_id: Required[str]
    id: str
    name: Required[str]
    status: Literal["completed", "in_progress", "incomplete"]
    type: Required[Literal["function_call"]]
