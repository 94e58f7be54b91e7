# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import Annotated, TypeAlias


from .code_interpreter_tool_call import CodeInterpreterToolCall
from .file_search_tool_call import FileSearchToolCall
from .function_tool_call import FunctionToolCall
from ....._models import PropertyInfo


__all__ = ["ToolCall"]


ToolCall: TypeAlias = Annotated[
    Union[CodeInterpreterToolCall, FileSearchToolCall, FunctionToolCall], PropertyInfo(discriminator="type")
]
