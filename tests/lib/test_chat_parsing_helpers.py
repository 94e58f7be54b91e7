"""The Chat Completions half of `openai.lib._parsing`, which `chat.completions.parse` builds on:
`response_format` from a type, strict-tool checks, tool-call arguments parsed into models."""

from __future__ import annotations

import re
from typing import Any, List

import pytest
from pydantic import BaseModel

from openai._types import NOT_GIVEN
from openai.lib import pydantic_function_tool
from openai.lib._parsing import (
    has_parseable_input,
    parse_function_tool_arguments,
    solve_response_format_t,
    type_to_response_format_param,
    validate_input_tools,
)
from openai.lib._pydantic import to_strict_json_schema
from openai.types.chat.chat_completion_message_function_tool_call import Function


class CalendarEvent(BaseModel):
    name: str
    participants: List[str]


class Lookup(BaseModel):
    order_id: str


STRICT_DICT_TOOL = {"type": "function", "function": {"name": "ping", "parameters": {"type": "object"}, "strict": True}}
LOOSE_DICT_TOOL = {"type": "function", "function": {"name": "ping", "parameters": {"type": "object"}}}


def test_a_model_becomes_a_strict_json_schema_response_format() -> None:
    param = type_to_response_format_param(CalendarEvent)
    assert param == {
        "type": "json_schema",
        "json_schema": {"name": "CalendarEvent", "schema": to_strict_json_schema(CalendarEvent), "strict": True},
    }
    assert list(param["json_schema"]) == ["schema", "name", "strict"]  # the official order, sent as it is
    assert solve_response_format_t(CalendarEvent) is CalendarEvent


@pytest.mark.parametrize("value", [NOT_GIVEN, {"type": "json_object"}])
def test_format_dicts_and_absent_values_go_through_unchanged(value: Any) -> None:
    assert type_to_response_format_param(value) is value
    assert solve_response_format_t(value) is type(None)


@pytest.mark.parametrize("value", [str, None, "json_object"])
def test_a_value_that_is_not_a_parseable_type_is_refused_as_upstream(value: Any) -> None:
    with pytest.raises(TypeError, match=f"^Unsupported response_format type - {re.escape(str(value))}$"):
        type_to_response_format_param(value)


def test_only_strict_function_tools_pass_validation() -> None:
    validate_input_tools([pydantic_function_tool(Lookup), STRICT_DICT_TOOL])
    validate_input_tools(NOT_GIVEN)
    with pytest.raises(ValueError, match=r"^`ping` is not strict\. Only `strict` function tools can be auto-parsed$"):
        validate_input_tools([LOOSE_DICT_TOOL])
    with pytest.raises(
        ValueError, match="^Currently only `function` tool types support auto-parsing; Received `custom`$"
    ):
        validate_input_tools([{"type": "custom", "custom": {"name": "grammar"}}])


def test_tool_call_arguments_are_parsed_by_the_tool_they_name() -> None:
    tools = [pydantic_function_tool(Lookup), STRICT_DICT_TOOL, {**LOOSE_DICT_TOOL, "function": {"name": "loose"}}]
    parse = lambda name, arguments: parse_function_tool_arguments(  # noqa: E731
        input_tools=tools, function=Function(name=name, arguments=arguments)
    )
    assert parse("Lookup", '{"order_id": "A1"}') == Lookup(order_id="A1")
    assert parse("ping", '{"n": 1}') == {"n": 1}
    assert parse("loose", '{"n": 1}') is None
    assert parse("unknown", "{}") is None


def test_parseable_input_means_a_type_or_a_pydantic_tool() -> None:
    assert has_parseable_input(response_format=CalendarEvent)
    assert has_parseable_input(response_format=NOT_GIVEN, input_tools=[pydantic_function_tool(Lookup)])
    assert not has_parseable_input(response_format={"type": "json_object"}, input_tools=[STRICT_DICT_TOOL])
