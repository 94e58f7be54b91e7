"""`pydantic_function_tool`: a function tool whose parameters are a pydantic model.

The tool is an ordinary dict, sent as it is; its `function` entry also remembers the model
(`PydanticFunctionTool.model`) so that `parse` helpers can turn the call's arguments back into
an instance of it.
"""

from __future__ import annotations

from typing import Any, Dict, Optional, Type, cast

import pydantic

from ..types.chat.chat_completion_function_tool_param import ChatCompletionFunctionToolParam
from ..types.responses.function_tool_param import FunctionToolParam as ResponsesFunctionToolParam
from ..types.shared_params.function_definition import FunctionDefinition
from ._pydantic import to_strict_json_schema

__all__ = ["PydanticFunctionTool", "ResponsesPydanticFunctionTool", "pydantic_function_tool"]


class PydanticFunctionTool(Dict[str, Any]):
    """The `function` of a chat tool (a `FunctionDefinition` dict), with the model it came from."""

    model: Type[pydantic.BaseModel]

    def __init__(self, defn: FunctionDefinition, model: Type[pydantic.BaseModel]) -> None:
        super().__init__(defn)
        self.model = model

    def cast(self) -> FunctionDefinition:
        return cast(FunctionDefinition, self)


class ResponsesPydanticFunctionTool(Dict[str, Any]):
    """A Responses API function tool (flat: `{"type": "function", "name": ...}`), with its model."""

    model: Type[pydantic.BaseModel]

    def __init__(self, tool: ResponsesFunctionToolParam, model: Type[pydantic.BaseModel]) -> None:
        super().__init__(tool)
        self.model = model

    def cast(self) -> ResponsesFunctionToolParam:
        return cast(ResponsesFunctionToolParam, self)


def pydantic_function_tool(
    model: Type[pydantic.BaseModel],
    *,
    name: Optional[str] = None,
    description: Optional[str] = None,
) -> ChatCompletionFunctionToolParam:
    """A strict function tool taking `model` as its arguments.

    The name defaults to the class name and the description to its docstring. Works for
    `chat.completions.create/parse` as it is, and for `responses.parse/stream`, which convert it
    to the Responses tool shape.
    """
    if description is None:
        description = model.__doc__
    function: Dict[str, Any] = {
        "name": name or model.__name__,
        "strict": True,
        "parameters": to_strict_json_schema(model),
    }
    if description is not None:
        function["description"] = description
    return {"type": "function", "function": PydanticFunctionTool(cast(FunctionDefinition, function), model).cast()}
