"""Scripting the fake: queued replies per endpoint, `on()` functions, the request log, schemas."""

from __future__ import annotations

from typing import Any, Optional

import httpx
import pytest

import openai
from openai.testing import FakeOpenAI, FakeRequest, Reply, Scripted, ToolCall
from openai.testing._schema import instance_for
from tests.utils import run

pytestmark = pytest.mark.anyio
MESSAGES: Any = [{"role": "user", "content": "hi"}]


async def chat(oai: Any) -> Optional[str]:
    completion = await run(oai.chat.completions.create(model="gpt-4o", messages=MESSAGES))
    return completion.choices[0].message.content


async def test_queued_replies_are_used_once_in_order(oai: Any, openai_fake: FakeOpenAI) -> None:
    openai_fake.queue_reply("one")
    openai_fake.queue_reply("two")
    assert [await chat(oai), await chat(oai), await chat(oai)] == ["one", "two", "Fake reply to: hi"]


async def test_an_endpoint_key_keeps_the_reply_for_that_endpoint(oai: Any, openai_fake: FakeOpenAI) -> None:
    openai_fake.queue_reply("for responses", endpoint="responses")
    assert await chat(oai) == "Fake reply to: hi"
    assert (await run(oai.responses.create(model="gpt-4o", input="x"))).output_text == "for responses"


async def test_on_installs_a_function_until_removed(oai: Any, openai_fake: FakeOpenAI) -> None:
    seen = []

    def answer(request: FakeRequest) -> Any:
        seen.append(request.body["model"])
        return "from on()"

    openai_fake.on("chat.completions", answer)
    assert [await chat(oai), await chat(oai)] == ["from on()", "from on()"]
    openai_fake.queue_reply("queued")  # on() answers before the queue is read: the queue stays
    assert await chat(oai) == "from on()"
    openai_fake.on("chat.completions", None)
    assert await chat(oai) == "queued" and seen == ["gpt-4o"] * 3


async def test_on_results_none_reply_dict_and_scripted(oai: Any, openai_fake: FakeOpenAI) -> None:
    results: Any = iter(
        [
            None,
            Reply(json={"error": {"message": "nope", "type": "x", "param": None, "code": None}}, status=422),
            Scripted(tool_calls=[ToolCall(name="f", arguments="{}", id="call_x")]),
        ]
    )
    openai_fake.on("*", lambda request: next(results))
    assert await chat(oai) == "Fake reply to: hi"
    with pytest.raises(openai.UnprocessableEntityError):
        await chat(oai)
    completion = await run(oai.chat.completions.create(model="gpt-4o", messages=MESSAGES))
    assert completion.choices[0].message.tool_calls[0].id == "call_x"


async def test_on_works_for_stateful_endpoints_too(oai: Any, openai_fake: FakeOpenAI) -> None:
    openai_fake.on("models", lambda request: {"object": "list", "data": []})
    assert (await run(oai.models.list())).data == []


async def test_queue_structured_without_an_object_follows_the_schema(oai: Any, openai_fake: FakeOpenAI) -> None:
    schema = {
        "type": "object",
        "properties": {"mood": {"type": "string", "enum": ["happy", "sad"]}, "score": {"type": "number"}},
        "required": ["mood", "score"],
        "additionalProperties": False,
    }
    openai_fake.queue_structured()
    completion = await run(
        oai.chat.completions.create(
            model="gpt-4o",
            messages=MESSAGES,
            response_format={"type": "json_schema", "json_schema": {"name": "m", "schema": schema, "strict": True}},
        )
    )
    assert completion.choices[0].message.content == '{"mood": "happy", "score": 1.5}'


def test_queue_tool_calls_needs_a_call() -> None:
    with pytest.raises(ValueError):
        FakeOpenAI().queue_tool_calls()


def test_request_log_helpers(openai_fake: FakeOpenAI, openai_client: openai.OpenAI) -> None:
    with pytest.raises(LookupError):
        _ = openai_fake.last_request
    openai_client.chat.completions.create(model="gpt-4o", messages=MESSAGES)
    openai_client.models.retrieve("gpt-4o")
    assert openai_fake.last_request.path == "/models/gpt-4o" and openai_fake.last_request.method == "GET"
    (sent,) = openai_fake.requests_to("chat.completions")
    assert sent.body == {"messages": MESSAGES, "model": "gpt-4o"}
    assert sent.headers["authorization"] == "Bearer sk-fake-key"
    assert openai_fake.requests_to("/models/gpt-4o", method="GET") == [openai_fake.last_request]
    assert openai_fake.requests_to("chat.completions", method="GET") == []


def test_plain_httpx_client_reaches_the_fake() -> None:
    fake = FakeOpenAI(require_auth=False)
    with fake.http_client(base_url="http://x/v1") as http:
        assert http.get("/models").json()["object"] == "list"
        assert http.get("/nowhere").status_code == 404
        assert http.put("/models").status_code == 405


def test_schema_instances() -> None:
    schema = {
        "$defs": {
            "Node": {
                "type": "object",
                "properties": {"child": {"anyOf": [{"$ref": "#/$defs/Node"}, {"type": "null"}]}},
                "required": ["child"],
            }
        },
        "type": "object",
        "properties": {
            "tree": {"$ref": "#/$defs/Node"},
            "n": {"type": "integer", "minimum": 3},
            "flag": {"type": "boolean"},
            "nothing": {"type": "null"},
            "when": {"type": "string", "format": "date-time"},
            "code": {"type": "string", "minLength": 12, "maxLength": 12},
            "tags": {"type": "array", "items": {"type": "string"}, "minItems": 2},
            "either": {"type": ["null", "number"]},
            "fixed": {"const": 7},
            "mixed": {
                "allOf": [
                    {"type": "object", "properties": {"a": {"type": "integer"}}},
                    {"properties": {"b": {"type": "boolean"}}},
                ]
            },
        },
    }
    value = instance_for(schema)
    assert value["n"] == 3 and value["flag"] is True and value["nothing"] is None and value["fixed"] == 7
    assert value["when"] == "2024-01-01T00:00:00Z" and len(value["code"]) == 12 and len(value["tags"]) == 2
    assert value["either"] == 1.5 and value["mixed"] == {"a": 1, "b": True}
    depth, node = 0, value["tree"]
    while node is not None:  # a recursive schema ends with its null branch
        node, depth = node["child"], depth + 1
    assert 2 < depth < 20
    with pytest.raises(ValueError):
        instance_for({"$ref": "https://example.com/schema"})


def test_handle_answers_an_httpx_request_directly() -> None:
    fake = FakeOpenAI()
    request = httpx.Request("GET", "http://x/v1/models", headers={"authorization": "Bearer k"})
    assert fake.handle(request, b"").json()["object"] == "list"
