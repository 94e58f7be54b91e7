# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Iterable, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict


__all__ = [
    "RunSubmitToolOutputsParams",
    "RunSubmitToolOutputsParamsBase",
    "RunSubmitToolOutputsParamsNonStreaming",
    "RunSubmitToolOutputsParamsStreaming",
    "ToolOutput",
]


class ToolOutput(TypedDict, total=False):
    output: str
    tool_call_id: str


class RunSubmitToolOutputsParamsBase(TypedDict, total=False):
    thread_id: Required[str]
    tool_outputs: Required[Iterable[ToolOutput]]


class RunSubmitToolOutputsParamsNonStreaming(RunSubmitToolOutputsParamsBase, total=False):
    stream: Optional[Literal[False]]


class RunSubmitToolOutputsParamsStreaming(RunSubmitToolOutputsParamsBase):
    stream: Literal[True]


RunSubmitToolOutputsParams: TypeAlias = Union[
    RunSubmitToolOutputsParamsNonStreaming, RunSubmitToolOutputsParamsStreaming
]
