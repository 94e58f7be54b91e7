"""The Responses API as user code writes it (see check_chat.py)."""

from __future__ import annotations

from typing import List, Optional, Union

from pydantic import BaseModel
from typing_extensions import assert_type

from openai import NOT_GIVEN, NotGiven, OpenAI, Stream
from openai._legacy_response import LegacyAPIResponse
from openai._response import APIResponse
from openai.lib.streaming.responses import (
    ResponseStream,
    ResponseStreamManager,
    ResponseTextDeltaEvent,
    ResponseTextDoneEvent,
)
from openai.lib.streaming.responses._events import ResponseCompletedEvent
from openai.pagination import SyncCursorPage
from openai.types.responses import (
    ParsedResponse,
    Response,
    ResponseInputParam,
    ResponseItem,
    ResponseStreamEvent,
    ToolParam,
)

client = OpenAI(api_key="sk-test")


def create_variants(stream: bool, instructions: Optional[str], temperature: Union[float, NotGiven]) -> None:
    response = client.responses.create(model="gpt-4o", input="Hi", instructions=instructions, temperature=temperature)
    assert_type(response, Response)
    assert_type(response.output_text, str)
    events = client.responses.create(model="gpt-4o", input="Hi", stream=True)
    assert_type(events, Stream[ResponseStreamEvent])
    for event in events:
        if event.type == "response.output_text.delta":
            assert_type(event.delta, str)
    either = client.responses.create(model="gpt-4o", input="Hi", stream=stream)
    assert_type(either, Union[Response, Stream[ResponseStreamEvent]])
    again = client.responses.retrieve("resp_1", stream=True, starting_after=3)
    assert_type(again, Stream[ResponseStreamEvent])
    assert_type(client.responses.retrieve("resp_1"), Response)
    assert_type(client.responses.delete("resp_1"), None)


def input_items_and_tools(history: ResponseInputParam) -> None:
    tools: List[ToolParam] = [{"type": "web_search_preview"}]
    response = client.responses.create(
        model="gpt-4o",
        input=[*history, {"role": "user", "content": "And now?"}],
        tools=tools,
        previous_response_id=None,
        max_output_tokens=NOT_GIVEN,
    )
    assert_type(response.id, str)
    items = client.responses.input_items.list("resp_1", limit=10)
    assert_type(items, SyncCursorPage[ResponseItem])


class Answer(BaseModel):
    text: str


def parse_and_stream_helpers() -> None:
    parsed = client.responses.parse(model="gpt-4o", input="Hi", text_format=Answer)
    assert_type(parsed, ParsedResponse[Answer])
    assert_type(parsed.output_parsed, Optional[Answer])
    plain = client.responses.parse(model="gpt-4o", input="Hi")
    assert_type(plain, ParsedResponse[None])

    manager = client.responses.stream(model="gpt-4o", input="Hi")
    assert_type(manager, ResponseStreamManager[None])
    with manager as stream:
        assert_type(stream, ResponseStream[None])
        for event in stream:
            if event.type == "response.output_text.delta":
                assert_type(event, ResponseTextDeltaEvent)
                assert_type(event.snapshot, str)
            elif event.type == "response.output_text.done":
                assert_type(event, ResponseTextDoneEvent[None])
            elif event.type == "response.completed":
                assert_type(event, ResponseCompletedEvent[None])
        assert_type(stream.get_final_response(), ParsedResponse[None])

    with client.responses.stream(model="gpt-4o", input="Hi", text_format=Answer) as typed:
        for typed_event in typed:
            if typed_event.type == "response.output_text.done":
                assert_type(typed_event, Union[ResponseTextDoneEvent[Answer], ResponseTextDoneEvent[None]])
                assert_type(typed_event.parsed, Optional[Answer])
        assert_type(typed.get_final_response().output_parsed, Optional[Answer])

    with client.responses.stream(response_id="resp_1", starting_after=2) as resumed:
        assert_type(resumed, ResponseStream[None])


def views() -> None:
    raw = client.responses.with_raw_response.create(model="gpt-4o", input="Hi")
    assert_type(raw, LegacyAPIResponse[Response])
    assert_type(raw.parse(), Response)
    raw_parsed = client.responses.with_raw_response.parse(model="gpt-4o", input="Hi", text_format=Answer)
    assert_type(raw_parsed, LegacyAPIResponse[ParsedResponse[Answer]])
    with client.responses.with_streaming_response.retrieve("resp_1") as response:
        assert_type(response, APIResponse[Response])
    with client.responses.input_items.with_streaming_response.list("resp_1") as listed:
        assert_type(listed, APIResponse[SyncCursorPage[ResponseItem]])
