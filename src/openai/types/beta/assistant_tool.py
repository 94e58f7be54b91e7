# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import Annotated, TypeAlias


from .code_interpreter_tool import CodeInterpreterTool
from .file_search_tool import FileSearchTool
from .function_tool import FunctionTool
from ..._models import PropertyInfo


__all__ = ["AssistantTool"]


AssistantTool: TypeAlias = Annotated[
    Union[CodeInterpreterTool, FileSearchTool, FunctionTool], PropertyInfo(discriminator="type")
]
