"""Structured outputs: types to JSON-schema formats, and API results parsed back into them.

`_shared` holds what both APIs need; `_completions` and `_responses` the per-API pieces.
"""

from ._chat_completion import maybe_parse_content, parse_chat_completion
from ._completions import (
    ResponseFormatT,
    get_input_tool_by_name,
    has_parseable_input,
    has_rich_response_format,
    parse_function_tool_arguments,
    solve_response_format_t,
    type_to_response_format_param,
    validate_input_tools,
)
from ._shared import parse_json_into, rebuild

__all__ = [
    "ResponseFormatT",
    "get_input_tool_by_name",
    "has_parseable_input",
    "has_rich_response_format",
    "maybe_parse_content",
    "parse_chat_completion",
    "parse_function_tool_arguments",
    "parse_json_into",
    "rebuild",
    "solve_response_format_t",
    "type_to_response_format_param",
    "validate_input_tools",
]
