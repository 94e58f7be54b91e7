"""The fake's Realtime API: a text conversation over a real WebSocket on 127.0.0.1."""

from __future__ import annotations

from typing import Any, Iterator, List

import pytest

from openai import AsyncOpenAI, OpenAI
from openai.testing import FakeOpenAI
from openai.testing._core import APIErrorReply, Scripted
from openai.testing._realtime import RealtimeServer

USER_ITEM = {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "Name a colour"}]}


@pytest.fixture
def server(fake: FakeOpenAI) -> Iterator[RealtimeServer]:
    with fake.serve_realtime() as running:
        yield running


def _until_done(connection: Any) -> List[Any]:
    events = []
    for event in connection:
        events.append(event)
        if event.type == "response.done":
            return events
    raise AssertionError("the connection ended before response.done")


def test_a_text_exchange_sync(server: RealtimeServer) -> None:
    client = OpenAI(api_key="sk-test", websocket_base_url=server.url)
    with client.beta.realtime.connect(model="gpt-4o-realtime-preview") as connection:
        assert connection.recv().type == "session.created"
        connection.session.update(session={"modalities": ["text"], "instructions": "Be brief."})
        updated = connection.recv()
        assert updated.type == "session.updated"
        assert updated.session.instructions == "Be brief."
        connection.conversation.item.create(item=USER_ITEM)  # type: ignore[arg-type]
        assert connection.recv().type == "conversation.item.created"
        connection.response.create()
        events = _until_done(connection)
    types = [event.type for event in events]
    assert types[:3] == ["response.created", "response.output_item.added", "response.content_part.added"]
    assert types[-4:] == [
        "response.text.done",
        "response.content_part.done",
        "response.output_item.done",
        "response.done",
    ]
    text = "".join(event.delta for event in events if event.type == "response.text.delta")
    assert text == "Fake reply to: Name a colour"
    assert events[-1].response.status == "completed"
    assert events[-1].response.output[0].content[0].text == text


@pytest.mark.anyio
async def test_a_scripted_reply_async(fake: FakeOpenAI, server: RealtimeServer) -> None:
    fake.push_script("realtime", Scripted(text="Blue."))
    client = AsyncOpenAI(api_key="sk-test", websocket_base_url=server.url)
    async with client.beta.realtime.connect(model="gpt-4o-realtime-preview") as connection:
        await connection.response.create()
        async for event in connection:
            if event.type == "response.text.done":
                assert event.text == "Blue."
                break


def test_errors_are_events_and_the_connection_stays_open(fake: FakeOpenAI, server: RealtimeServer) -> None:
    fake.push_script("realtime", Scripted(error=APIErrorReply(400, "Rate limited", code="rate_limit_exceeded")))
    client = OpenAI(api_key="sk-test", websocket_base_url=server.url)
    with client.beta.realtime.connect(model="m") as connection:
        connection.recv()  # session.created
        connection.response.create()
        error = connection.recv()
        assert error.type == "error" and error.error.code == "rate_limit_exceeded"
        connection.send({"type": "no.such.event"})  # type: ignore[arg-type,typeddict-item]
        unknown = connection.recv()
        assert unknown.type == "error" and "no.such.event" in unknown.error.message
        connection.response.create()
        assert _until_done(connection)[-1].type == "response.done"
