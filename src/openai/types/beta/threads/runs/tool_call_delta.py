# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Field as FieldInfo

from .code_interpreter_tool_call_delta import CodeInterpreterToolCallDelta
from .file_search_tool_call_delta import FileSearchToolCallDelta
from .function_tool_call_delta import FunctionToolCallDelta


__all__ = ["ToolCallDelta"]


ToolCallDelta: TypeAlias = Annotated[
    Union[CodeInterpreterToolCallDelta, FileSearchToolCallDelta, FunctionToolCallDelta], FieldInfo(discriminator="type")
]
