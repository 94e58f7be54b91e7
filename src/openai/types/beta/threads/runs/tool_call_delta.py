# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import Annotated, TypeAlias


from .code_interpreter_tool_call_delta import CodeInterpreterToolCallDelta
from .file_search_tool_call_delta import FileSearchToolCallDelta
from .function_tool_call_delta import FunctionToolCallDelta
from ....._models import PropertyInfo


__all__ = ["ToolCallDelta"]


ToolCallDelta: TypeAlias = Annotated[
    Union[CodeInterpreterToolCallDelta, FileSearchToolCallDelta, FunctionToolCallDelta],
    PropertyInfo(discriminator="type"),
]
