"""The `Response` model: `output_text`, and parsing of output items (typed, or loosely when unknown).

The payload builders live in tests/utils/responses.py.
"""

from __future__ import annotations

from typing import Any, Dict

import httpx
import pytest
import respx

import openai
from openai.types.responses import (
    Response,
    ResponseFunctionToolCall,
    ResponseOutputMessage,
    ResponseOutputRefusal,
    ResponseOutputText,
    ResponseReasoningItem,
)
from tests.utils.responses import function_call, message, reasoning, refusal_part, response_json, text_part

BASE_URL = "http://api.test/v1"


def retrieve(client: openai.OpenAI, data: Dict[str, Any]) -> Response:
    """`data` as `responses.retrieve` parses it: the client's tolerant path, not strict validation."""
    with respx.mock(base_url=BASE_URL) as mock:
        mock.get("/responses/resp_1").mock(return_value=httpx.Response(200, json=data))
        return client.responses.retrieve("resp_1")


# ----------------------------------------------------------------------------- output_text


def test_output_text_joins_every_text_part_of_every_message() -> None:
    response = Response.model_validate(
        response_json(
            reasoning("thinking about greetings"),
            message(text_part("Hello"), text_part(", "), id="msg_1"),
            function_call(),
            message(text_part("world!"), id="msg_2"),
        )
    )
    assert response.output_text == "Hello, world!"


def test_output_text_skips_refusals() -> None:
    response = Response.model_validate(
        response_json(message(text_part("Sure: "), refusal_part("I can't help with that."), text_part("no.")))
    )
    assert response.output_text == "Sure: no."


@pytest.mark.parametrize(
    "output",
    [
        pytest.param([], id="no-output"),
        pytest.param([function_call()], id="only-a-function-call"),
        pytest.param([message(refusal_part("No."))], id="only-a-refusal"),
        pytest.param([message()], id="empty-message"),
    ],
)
def test_output_text_is_empty_without_text_parts(output: list) -> None:
    assert Response.model_validate(response_json(*output)).output_text == ""


def test_output_text_of_a_retrieved_response(client: openai.OpenAI) -> None:
    response = retrieve(client, response_json(message(text_part("The answer is "), text_part("42."))))
    assert isinstance(response, Response)
    assert response.output_text == "The answer is 42."


def test_output_text_ignores_items_of_unknown_types(client: openai.OpenAI) -> None:
    unknown = {"type": "hologram", "id": "hg_1", "content": [text_part("not a message")]}
    response = retrieve(client, response_json(unknown, message(text_part("real text"))))
    assert response.output_text == "real text"


def test_output_text_of_a_response_without_output(client: openai.OpenAI) -> None:
    data = response_json()
    del data["output"]
    assert retrieve(client, data).output_text == ""


# ----------------------------------------------------------------------------- output items


def test_output_items_resolve_by_type() -> None:
    response = Response.model_validate(
        response_json(reasoning("plan"), function_call(), message(text_part("hi"), refusal_part("no")))
    )
    first, second, third = response.output
    assert isinstance(first, ResponseReasoningItem) and first.summary[0].text == "plan"
    assert isinstance(second, ResponseFunctionToolCall) and second.arguments == '{"city":"Paris"}'
    assert isinstance(third, ResponseOutputMessage)
    assert [type(part) for part in third.content] == [ResponseOutputText, ResponseOutputRefusal]


def test_unknown_output_item_keeps_its_fields(client: openai.OpenAI) -> None:
    unknown = {"type": "hologram", "id": "hg_1", "depth": 3}
    response = retrieve(client, response_json(unknown, message(text_part("hi"))))
    item: Any = response.output[0]
    assert (item.type, item.id, item.depth) == ("hologram", "hg_1", 3)
    assert isinstance(response.output[1], ResponseOutputMessage)
    dumped: Any = response.to_dict(warnings=False)
    assert dumped["output"][0] == unknown
