"""`client.beta.chat.completions`: kept as 1.102.0 keeps it, the same resource as
`client.chat.completions` -- the helpers (`parse`, `stream`) and the plain endpoints
(`create`, stored completions, `messages.list`) all reachable there, sync and async."""

from __future__ import annotations

import json
from typing import Any, List

import pytest
import respx
from pydantic import BaseModel

import openai
from openai.resources.chat.completions.completions import AsyncCompletions, Completions
from openai.types.chat import ChatCompletion, ChatCompletionStoreMessage, ParsedChatCompletion
from tests.utils.chat import choice, completion, serve, text_chunks
from tests.utils.servers import opened, read

from .utils import run

pytestmark = pytest.mark.anyio

BASE = "http://api.test/v1"
MESSAGES = [{"role": "user", "content": "hi"}]


class Greeting(BaseModel):
    text: str


def test_beta_chat_completions_is_the_chat_completions_resource(client: openai.OpenAI) -> None:
    assert type(client.beta.chat.completions) is Completions
    assert type(client.beta.chat.completions.parse) is type(client.chat.completions.parse)
    assert client.beta.chat.completions.parse.__func__ is client.chat.completions.parse.__func__  # type: ignore[attr-defined]


async def test_async_beta_chat_completions_is_the_async_chat_completions_resource(
    async_client: openai.AsyncOpenAI,
) -> None:
    assert type(async_client.beta.chat.completions) is AsyncCompletions
    assert async_client.beta.chat.completions.stream.__func__ is async_client.chat.completions.stream.__func__  # type: ignore[attr-defined]


async def test_beta_parse_parses(api: Any, respx_mock: respx.MockRouter) -> None:
    route = respx_mock.post(f"{BASE}/chat/completions").respond(200, json=completion(choice('{"text": "Hello"}')))
    result = await run(api.beta.chat.completions.parse(model="gpt-4o", messages=MESSAGES, response_format=Greeting))
    assert isinstance(result, ParsedChatCompletion) and result.choices[0].message.parsed == Greeting(text="Hello")
    assert json.loads(route.calls.last.request.content)["response_format"]["json_schema"]["name"] == "Greeting"


async def test_beta_stream_streams_events(api: Any, respx_mock: respx.MockRouter) -> None:
    serve(respx_mock, text_chunks('{"text": ', '"Hi"}'))
    async with opened(
        api.beta.chat.completions.stream(model="gpt-4o", messages=MESSAGES, response_format=Greeting)
    ) as stream:
        events = await read(stream)
        final = await run(stream.get_final_completion())
    assert [e.type for e in events if e.type.startswith("content.")][-1] == "content.done"
    assert final.choices[0].message.parsed == Greeting(text="Hi")


async def test_beta_create_and_stored_completions(api: Any, respx_mock: respx.MockRouter) -> None:
    stored = completion(choice("Hi"))
    create = respx_mock.post(f"{BASE}/chat/completions").respond(200, json=stored)
    retrieve = respx_mock.get(f"{BASE}/chat/completions/chatcmpl-1").respond(200, json=stored)
    page = {"object": "list", "data": [stored], "has_more": False, "first_id": "chatcmpl-1", "last_id": "chatcmpl-1"}
    listing = respx_mock.get(f"{BASE}/chat/completions").respond(200, json=page)
    completions = api.beta.chat.completions
    created = await run(completions.create(model="gpt-4o", messages=MESSAGES))
    fetched = await run(completions.retrieve("chatcmpl-1"))
    listed = (
        [c async for c in completions.list(limit=1)]
        if isinstance(api, openai.AsyncOpenAI)
        else list(completions.list(limit=1))
    )
    assert all(isinstance(c, ChatCompletion) for c in [created, fetched, *listed])
    assert (create.call_count, retrieve.call_count, listing.calls.last.request.url.params["limit"]) == (1, 1, "1")


async def test_beta_messages_list(api: Any, respx_mock: respx.MockRouter) -> None:
    message = {"id": "msg_1", "role": "user", "content": "hi"}
    page = {"object": "list", "data": [message], "has_more": False, "first_id": "msg_1", "last_id": "msg_1"}
    route = respx_mock.get(f"{BASE}/chat/completions/chatcmpl-1/messages").respond(200, json=page)
    result = await run(api.beta.chat.completions.messages.list("chatcmpl-1", order="asc"))
    messages: List[Any] = result.data
    assert [type(m) for m in messages] == [ChatCompletionStoreMessage] and messages[0].content == "hi"
    assert route.calls.last.request.url.params["order"] == "asc"
