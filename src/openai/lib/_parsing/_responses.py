"""Responses API side of structured outputs: `text_format` to `text.format`, tools made
parseable, and a `Response` turned into a `ParsedResponse`."""

from __future__ import annotations

import json
from typing import Any, Dict, Iterable, List, Optional

from typing_extensions import TypeVar

from ...types.responses.parsed_response import (
    ParsedResponse,
    ParsedResponseFunctionToolCall,
    ParsedResponseOutputMessage,
    ParsedResponseOutputText,
)
from ...types.responses.response_format_text_json_schema_config_param import ResponseFormatTextJSONSchemaConfigParam
from .._pydantic import to_strict_json_schema
from .._tools import PydanticFunctionTool, ResponsesPydanticFunctionTool
from ._shared import check_parseable_type, is_given, parse_json_into, rebuild, schema_name

__all__ = [
    "TextFormatT",
    "type_to_text_format_param",
    "text_with_format",
    "make_tools",
    "parse_text",
    "parse_response",
    "get_input_tool_by_name",
    "parse_function_tool_arguments",
]

TextFormatT = TypeVar("TextFormatT", default=None)  # None: no `text_format`, nothing parsed


def type_to_text_format_param(text_format: Any) -> ResponseFormatTextJSONSchemaConfigParam:
    """The `text.format` that makes the model answer with JSON matching `text_format`."""
    check_parseable_type(text_format)
    schema = to_strict_json_schema(text_format)
    # Keys in the official order (the body is compared byte for byte by recording tools).
    return {"type": "json_schema", "strict": True, "name": schema_name(text_format), "schema": schema}


def text_with_format(text: Any, text_format: Any) -> Any:
    """The `text` param to send: the caller's, with the format of `text_format` added.

    A copy: the caller's dict is left as it was (the official helper fills it in, so passing
    the same dict twice fails there the second time)."""
    if not is_given(text_format):
        return text
    merged: Dict[str, Any] = dict(text) if text else {}
    if "format" in merged:
        raise TypeError("Cannot mix and match text.format with text_format")
    merged["format"] = type_to_text_format_param(text_format)
    return merged


def make_tools(tools: Any) -> Any:
    """Tools in the Responses shape: a chat-shaped function tool made by `pydantic_function_tool`
    (`{"type": "function", "function": {...}}`) is flattened, keeping its model."""
    if not is_given(tools) or tools is None:
        return tools
    converted: List[Any] = []
    for tool in tools:
        if tool["type"] != "function" or "function" not in tool:
            converted.append(tool)  # a Responses tool already
            continue
        function = tool["function"]
        if not isinstance(function, PydanticFunctionTool):
            # The official class and wording: only the helper's tools are converted.
            raise Exception(
                "Expected Chat Completions function tool shape to be created using `openai.pydantic_function_tool()`"
            )
        flat: Dict[str, Any] = {
            "type": "function",
            "name": function["name"],
            "description": function.get("description"),
            "parameters": function["parameters"],
            "strict": function.get("strict") or False,
        }
        converted.append(ResponsesPydanticFunctionTool(flat, function.model))  # type: ignore[arg-type]
    return converted


def parse_text(text: str, text_format: Any) -> Any:
    """`text` as an instance of `text_format`; None when there is no `text_format`."""
    if not is_given(text_format) or text_format is None:
        return None
    return parse_json_into(text_format, text)


def get_input_tool_by_name(*, input_tools: Iterable[Any], name: str) -> Optional[Any]:
    for tool in input_tools:
        if tool.get("type") == "function" and tool.get("name") == name:
            return tool
    return None


def parse_function_tool_arguments(*, input_tools: Any, function_call: Any) -> Any:
    """A function call's arguments as the tool's model (pydantic tools), as JSON (other tools
    marked `strict`), or None (an unknown tool, or one not marked strict)."""
    if not is_given(input_tools) or input_tools is None:
        return None
    tool = get_input_tool_by_name(input_tools=input_tools, name=function_call.name)
    if tool is None:
        return None
    if isinstance(tool, ResponsesPydanticFunctionTool):
        return parse_json_into(tool.model, function_call.arguments)
    if not tool.get("strict"):
        return None
    return json.loads(function_call.arguments)


def parse_response(*, text_format: Any, input_tools: Any, response: Any) -> ParsedResponse[Any]:
    """`response` as a `ParsedResponse`: output texts parsed as `text_format`, function calls of
    known tools with `parsed_arguments`. Nothing is validated twice; other items stay as they are."""
    content_type = text_format if is_given(text_format) and text_format is not None else type(None)
    output: List[Any] = []
    for item in getattr(response, "output", None) or ():
        kind = getattr(item, "type", None)
        if kind == "message":
            content = [_parse_content(part, text_format, content_type) for part in getattr(item, "content", None) or ()]
            item = rebuild(item, ParsedResponseOutputMessage[content_type], content=content)  # type: ignore[valid-type]
        elif kind == "function_call":
            parsed = parse_function_tool_arguments(input_tools=input_tools, function_call=item)
            item = rebuild(item, ParsedResponseFunctionToolCall, local={"parsed_arguments": parsed})
        output.append(item)
    return rebuild(response, ParsedResponse[content_type], output=output)  # type: ignore[valid-type]


def _parse_content(part: Any, text_format: Any, content_type: Any) -> Any:
    if getattr(part, "type", None) != "output_text":
        return part
    parsed = parse_text(part.text, text_format)
    return rebuild(part, ParsedResponseOutputText[content_type], local={"parsed": parsed})  # type: ignore[valid-type]
