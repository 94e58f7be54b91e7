"""Chat Completions as user code writes it: every `assert_type` states what the official
package infers, under mypy and pyright (strict). Type-checked only (scripts/lint), never run."""

from __future__ import annotations

from typing import Iterable, List, Optional, Union

from pydantic import BaseModel
from typing_extensions import assert_type

import openai
from openai import NOT_GIVEN, NotGiven, OpenAI, Stream
from openai._legacy_response import LegacyAPIResponse
from openai._response import APIResponse, ResponseContextManager
from openai.lib.streaming.chat import (
    ChatCompletionStream,
    ChatCompletionStreamEvent,
    ChatCompletionStreamManager,
    ContentDeltaEvent,
    ContentDoneEvent,
)
from openai.pagination import SyncCursorPage
from openai.types.chat import (
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionDeleted,
    ChatCompletionMessage,
    ChatCompletionMessageParam,
    ChatCompletionStoreMessage,
    ChatCompletionSystemMessageParam,
    ChatCompletionToolParam,
    ChatCompletionUserMessageParam,
    ParsedChatCompletion,
)

client = OpenAI(api_key="sk-test")

MESSAGES: List[ChatCompletionMessageParam] = [
    ChatCompletionSystemMessageParam(role="system", content="Be brief."),
    {"role": "user", "content": "Hello"},
]


def plain_create() -> None:
    completion = client.chat.completions.create(model="gpt-4o", messages=MESSAGES)
    assert_type(completion, ChatCompletion)
    assert_type(completion.choices[0].message, ChatCompletionMessage)
    assert_type(completion.choices[0].message.content, Optional[str])
    assert_type(completion._request_id, Optional[str])  # pyright: ignore[reportPrivateUsage]


def streamed_create() -> None:
    stream = client.chat.completions.create(model="gpt-4o", messages=MESSAGES, stream=True)
    assert_type(stream, Stream[ChatCompletionChunk])
    for chunk in stream:
        assert_type(chunk, ChatCompletionChunk)
        assert_type(chunk.choices[0].delta.content, Optional[str])
    with client.chat.completions.create(model="gpt-4o", messages=MESSAGES, stream=True) as again:
        assert_type(again, Stream[ChatCompletionChunk])


def stream_flag_from_a_variable(stream: bool) -> None:
    result = client.chat.completions.create(model="gpt-4o", messages=MESSAGES, stream=stream)
    assert_type(result, Union[ChatCompletion, Stream[ChatCompletionChunk]])
    explicit_false = client.chat.completions.create(model="gpt-4o", messages=MESSAGES, stream=False)
    assert_type(explicit_false, ChatCompletion)


def not_given_and_optional_values(
    temperature: Union[float, NotGiven],
    max_tokens: Optional[int],
    user: Optional[str],
    seed: Union[int, None, NotGiven] = NOT_GIVEN,
) -> ChatCompletion:
    """Wrappers forward what they were given, `NOT_GIVEN` included."""
    return client.chat.completions.create(
        model="gpt-4o",
        messages=MESSAGES,
        temperature=temperature,
        max_tokens=max_tokens,
        max_completion_tokens=NOT_GIVEN,
        user=user or NOT_GIVEN,
        seed=seed,
        stop=None,
        timeout=NOT_GIVEN,
        extra_headers={"X-Trace": "1"},
        extra_query=None,
        extra_body={"custom": True},
    )


def message_params_and_tools(history: Iterable[ChatCompletionMessageParam]) -> None:
    tool: ChatCompletionToolParam = {
        "type": "function",
        "function": {"name": "get_weather", "parameters": {"type": "object", "properties": {}}},
    }
    user_message = ChatCompletionUserMessageParam(role="user", content=[{"type": "text", "text": "Weather?"}])
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[*history, user_message],
        tools=[tool],
        tool_choice="auto",
        response_format={"type": "json_object"},
    )
    calls = completion.choices[0].message.tool_calls or []
    for call in calls:
        if call.type == "function":
            assert_type(call.function.arguments, str)


class Weather(BaseModel):
    city: str
    degrees: float


def parse_generics() -> None:
    parsed = client.chat.completions.parse(model="gpt-4o", messages=MESSAGES, response_format=Weather)
    assert_type(parsed, ParsedChatCompletion[Weather])
    assert_type(parsed.choices[0].message.parsed, Optional[Weather])
    tools = [openai.pydantic_function_tool(Weather)]
    with_tools = client.chat.completions.parse(model="gpt-4o", messages=MESSAGES, tools=tools)
    assert_type(with_tools, ParsedChatCompletion[None])
    via_beta = client.beta.chat.completions.parse(model="gpt-4o", messages=MESSAGES, response_format=Weather)
    assert_type(via_beta, ParsedChatCompletion[Weather])


def stream_helper() -> None:
    manager = client.chat.completions.stream(model="gpt-4o", messages=MESSAGES, response_format=Weather)
    assert_type(manager, ChatCompletionStreamManager[Weather])
    with manager as stream:
        assert_type(stream, ChatCompletionStream[Weather])
        for event in stream:
            assert_type(event, ChatCompletionStreamEvent[Weather])
            if event.type == "content.delta":
                assert_type(event, ContentDeltaEvent)
                assert_type(event.parsed, Optional[object])
            elif event.type == "content.done":
                assert_type(event, ContentDoneEvent[Weather])
                assert_type(event.parsed, Optional[Weather])
        final = stream.get_final_completion()
        assert_type(final, ParsedChatCompletion[Weather])
    with client.chat.completions.stream(model="gpt-4o", messages=MESSAGES) as plain:
        assert_type(plain, ChatCompletionStream[None])


def raw_and_streaming_views() -> None:
    raw = client.chat.completions.with_raw_response.create(model="gpt-4o", messages=MESSAGES)
    assert_type(raw, LegacyAPIResponse[ChatCompletion])
    assert_type(raw.parse(), ChatCompletion)
    assert_type(raw.status_code, int)
    assert_type(raw.http_response.status_code, int)
    raw_list = client.chat.completions.with_raw_response.list()
    assert_type(raw_list, LegacyAPIResponse[SyncCursorPage[ChatCompletion]])

    streamed = client.chat.completions.with_streaming_response.create(model="gpt-4o", messages=MESSAGES)
    assert_type(streamed, ResponseContextManager[APIResponse[ChatCompletion]])
    with streamed as response:
        assert_type(response, APIResponse[ChatCompletion])
        assert_type(response.parse(), ChatCompletion)
        for line in response.iter_lines():
            assert_type(line, str)

    raw_parsed = client.chat.completions.with_raw_response.parse(
        model="gpt-4o", messages=MESSAGES, response_format=Weather
    )
    assert_type(raw_parsed, LegacyAPIResponse[ParsedChatCompletion[Weather]])
    assert_type(raw_parsed.parse().choices[0].message.parsed, Optional[Weather])

    deleted = client.chat.completions.with_raw_response.delete("chatcmpl-1")
    assert_type(deleted, LegacyAPIResponse[ChatCompletionDeleted])
    messages = client.chat.completions.messages.with_raw_response.list("chatcmpl-1")
    assert_type(messages, LegacyAPIResponse[SyncCursorPage[ChatCompletionStoreMessage]])
    with client.chat.completions.messages.with_streaming_response.list("chatcmpl-1") as listed:
        assert_type(listed, APIResponse[SyncCursorPage[ChatCompletionStoreMessage]])
