# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Iterable, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict


__all__ = ["Output", "OutputImage", "OutputLogs", "ResponseCodeInterpreterToolCallParam"]


class OutputImage(TypedDict, total=False):
    type: Required[Literal["image"]]
    url: Required[str]


class OutputLogs(TypedDict, total=False):
    logs: Required[str]
    type: Required[Literal["logs"]]


Output: TypeAlias = Union[OutputImage, OutputLogs]


class ResponseCodeInterpreterToolCallParam(TypedDict, total=False):
    code: Required[Optional[str]]
    container_id: Required[str]
    id: Required[str]
    outputs: Required[Optional[Iterable[Output]]]
    status: Required[Literal["completed", "failed", "in_progress", "incomplete", "interpreting"]]
    type: Required[Literal["code_interpreter_call"]]
