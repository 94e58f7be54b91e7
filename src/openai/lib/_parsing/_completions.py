"""Chat Completions side of structured outputs: `response_format` from a type, tool checks,
and parsing a tool call's arguments. (`chat.completions.parse` builds on these.)"""

from __future__ import annotations

import json
from typing import Any, Iterable, Optional

from typing_extensions import TypeVar

from ..._types import NOT_GIVEN, NotGiven
from .._pydantic import to_strict_json_schema
from .._tools import PydanticFunctionTool
from ._shared import check_parseable_type, is_given, parse_json_into, schema_name

__all__ = [
    "ResponseFormatT",
    "type_to_response_format_param",
    "solve_response_format_t",
    "has_rich_response_format",
    "has_parseable_input",
    "validate_input_tools",
    "get_input_tool_by_name",
    "parse_function_tool_arguments",
]

ResponseFormatT = TypeVar("ResponseFormatT", default=None)  # None: no `response_format` type, nothing parsed


def has_rich_response_format(response_format: Any) -> bool:
    """Whether `response_format` is a type to parse into (rather than a format dict or nothing)."""
    return is_given(response_format) and response_format is not None and not isinstance(response_format, dict)


def type_to_response_format_param(response_format: Any) -> Any:
    """The `response_format` to send: a type becomes its strict `json_schema` format; a dict
    (`{"type": "json_object"}`, a ready-made `json_schema`) and `NOT_GIVEN` go through unchanged."""
    if not is_given(response_format) or isinstance(response_format, dict):
        return response_format
    check_parseable_type(response_format)
    # Keys in the official order (the body is compared byte for byte by recording tools).
    schema = to_strict_json_schema(response_format)
    return {
        "type": "json_schema",
        "json_schema": {"schema": schema, "name": schema_name(response_format), "strict": True},
    }


def solve_response_format_t(response_format: Any) -> Any:
    """The type a parsed message holds: the given type, else `None` (nothing to parse)."""
    return response_format if has_rich_response_format(response_format) else type(None)


def validate_input_tools(tools: Iterable[Any] | NotGiven | None = NOT_GIVEN) -> None:
    """Only strict function tools can have their arguments parsed: refuse anything else."""
    if isinstance(tools, NotGiven) or tools is None:
        return
    for tool in tools:
        if tool.get("type") != "function":
            raise ValueError(
                f"Currently only `function` tool types support auto-parsing; Received `{tool.get('type')}`"
            )
        function = tool.get("function") or {}
        if function.get("strict") is not True:
            raise ValueError(f"`{function.get('name')}` is not strict. Only `strict` function tools can be auto-parsed")


def has_parseable_input(*, response_format: Any, input_tools: Iterable[Any] | NotGiven | None = NOT_GIVEN) -> bool:
    if has_rich_response_format(response_format):
        return True
    if isinstance(input_tools, NotGiven) or input_tools is None:
        return False
    return any(isinstance(t.get("function"), PydanticFunctionTool) for t in input_tools if isinstance(t, dict))


def get_input_tool_by_name(*, input_tools: Iterable[Any], name: str) -> Optional[Any]:
    for tool in input_tools:
        if tool.get("type") == "function" and (tool.get("function") or {}).get("name") == name:
            return tool
    return None


def parse_function_tool_arguments(*, input_tools: Iterable[Any] | NotGiven | None, function: Any) -> Any:
    """A chat tool call's arguments as the tool's model (pydantic tools), as JSON (other strict
    tools), or `None` (the tool is unknown or not strict)."""
    if isinstance(input_tools, NotGiven) or input_tools is None:
        return None
    tool = get_input_tool_by_name(input_tools=input_tools, name=function.name)
    if tool is None:
        return None
    definition = tool.get("function") or {}
    if isinstance(definition, PydanticFunctionTool):
        return parse_json_into(definition.model, function.arguments)
    if not definition.get("strict"):
        return None
    return json.loads(function.arguments)
