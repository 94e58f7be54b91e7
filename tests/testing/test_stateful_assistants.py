"""The fake's assistants, threads, messages and runs: CRUD, pagination, 404s, runs progressing
over reads, scripted tool calls (`requires_action`), streaming with an event handler, cancel."""

from __future__ import annotations

from typing import Any, List

import pytest

import openai
from openai import AssistantEventHandler, AsyncAssistantEventHandler
from openai.testing import FakeOpenAI
from openai.testing._core import APIErrorReply, Scripted, ToolCall
from tests.utils import run
from tests.utils.requests import collect

pytestmark = [
    pytest.mark.anyio,
    pytest.mark.filterwarnings("ignore:The Assistants API is deprecated:DeprecationWarning"),
]


async def _setup(api: Any, question: str = "What is two plus two") -> Any:
    assistant = await run(api.beta.assistants.create(model="gpt-4o", name="Math", instructions="Be brief."))
    thread = await run(api.beta.threads.create(messages=[{"role": "user", "content": question}]))
    return assistant, thread


async def test_assistants_crud_and_pagination(api: Any) -> None:
    ids = [(await run(api.beta.assistants.create(model="gpt-4o", name=f"a{i}"))).id for i in range(3)]
    assert all(id.startswith("asst_") for id in ids)
    assert [a.id for a in await collect(api.beta.assistants.list(limit=2))] == ids[::-1]
    updated = await run(api.beta.assistants.update(ids[0], name="renamed", metadata={"x": "y"}))
    assert (updated.name, updated.metadata, updated.model) == ("renamed", {"x": "y"}, "gpt-4o")
    assert (await run(api.beta.assistants.delete(ids[0]))).deleted is True
    with pytest.raises(openai.NotFoundError):
        await run(api.beta.assistants.retrieve(ids[0]))


async def test_threads_and_messages(api: Any) -> None:
    _, thread = await _setup(api)
    assert thread.id.startswith("thread_")
    message = await run(
        api.beta.threads.messages.create(thread.id, role="user", content=[{"type": "text", "text": "more"}])
    )
    assert message.content[0].text.value == "more" and message.thread_id == thread.id
    listed = await collect(api.beta.threads.messages.list(thread.id, limit=1, order="asc"))
    assert [m.content[0].text.value for m in listed] == ["What is two plus two", "more"]
    updated = await run(api.beta.threads.messages.update(message.id, thread_id=thread.id, metadata={"k": "v"}))
    assert updated.metadata == {"k": "v"}
    assert (await run(api.beta.threads.messages.delete(message.id, thread_id=thread.id))).deleted is True
    assert (await run(api.beta.threads.update(thread.id, metadata={"t": "1"}))).metadata == {"t": "1"}
    assert (await run(api.beta.threads.delete(thread.id))).deleted is True
    with pytest.raises(openai.NotFoundError):
        await run(api.beta.threads.messages.list(thread.id))


async def test_a_run_progresses_over_reads_and_answers(api: Any) -> None:
    assistant, thread = await _setup(api)
    created = await run(api.beta.threads.runs.create(thread.id, assistant_id=assistant.id))
    assert created.id.startswith("run_") and created.status == "queued"
    statuses = [(await run(api.beta.threads.runs.retrieve(created.id, thread_id=thread.id))).status for _ in range(2)]
    assert statuses == ["in_progress", "completed"]
    messages = await collect(api.beta.threads.messages.list(thread.id))
    assert messages[0].role == "assistant" and messages[0].run_id == created.id
    assert messages[0].content[0].text.value == "Fake reply to: What is two plus two"
    steps = await collect(api.beta.threads.runs.steps.list(created.id, thread_id=thread.id))
    assert [step.type for step in steps] == ["message_creation"]
    step = await run(api.beta.threads.runs.steps.retrieve(steps[0].id, thread_id=thread.id, run_id=created.id))
    assert step.step_details.message_creation.message_id == messages[0].id


async def test_create_and_poll_with_tool_calls_then_outputs(api: Any, fake: FakeOpenAI) -> None:
    assistant, thread = await _setup(api)
    fake.push_script("runs", Scripted(tool_calls=[ToolCall(name="add", arguments='{"a": 2, "b": 2}')]))
    fake.push_script("runs", Scripted(text="It is 4."))
    polled = await run(api.beta.threads.runs.create_and_poll(thread_id=thread.id, assistant_id=assistant.id))
    assert polled.status == "requires_action"
    call = polled.required_action.submit_tool_outputs.tool_calls[0]
    assert (call.function.name, call.function.arguments) == ("add", '{"a": 2, "b": 2}')
    with pytest.raises(openai.BadRequestError):
        await run(api.beta.threads.runs.submit_tool_outputs(polled.id, thread_id=thread.id, tool_outputs=[]))
    done = await run(
        api.beta.threads.runs.submit_tool_outputs_and_poll(
            run_id=polled.id, thread_id=thread.id, tool_outputs=[{"tool_call_id": call.id, "output": "4"}]
        )
    )
    assert done.status == "completed"
    assert (await collect(api.beta.threads.messages.list(thread.id)))[0].content[0].text.value == "It is 4."
    with pytest.raises(openai.BadRequestError):  # a completed run takes no tool outputs
        await run(api.beta.threads.runs.submit_tool_outputs(done.id, thread_id=thread.id, tool_outputs=[]))


async def test_a_scripted_error_fails_the_run(api: Any, fake: FakeOpenAI) -> None:
    fake.run_steps = 0  # type: ignore[attr-defined]
    assistant, thread = await _setup(api)
    fake.push_script("runs", Scripted(error=APIErrorReply(429, "Slow down")))
    failed = await run(api.beta.threads.runs.create(thread.id, assistant_id=assistant.id))
    assert failed.status == "failed" and failed.last_error.code == "rate_limit_exceeded"


async def test_cancel_and_404s(api: Any) -> None:
    assistant, thread = await _setup(api)
    created = await run(api.beta.threads.runs.create(thread.id, assistant_id=assistant.id))
    assert (await run(api.beta.threads.runs.cancel(created.id, thread_id=thread.id))).status == "cancelling"
    assert (await run(api.beta.threads.runs.retrieve(created.id, thread_id=thread.id))).status == "cancelled"
    with pytest.raises(openai.BadRequestError):
        await run(api.beta.threads.runs.cancel(created.id, thread_id=thread.id))
    with pytest.raises(openai.NotFoundError):
        await run(api.beta.threads.runs.retrieve("run_nope", thread_id=thread.id))
    with pytest.raises(openai.NotFoundError):
        await run(api.beta.threads.runs.create("thread_nope", assistant_id=assistant.id))
    assert [r.id for r in await collect(api.beta.threads.runs.list(thread.id))] == [created.id]


def _recorder(api: Any, seen: List[str]) -> Any:
    if isinstance(api, openai.AsyncOpenAI):

        class Async(AsyncAssistantEventHandler):
            async def on_event(self, event: Any) -> None:
                seen.append(event.event)

        return Async()

    class Sync(AssistantEventHandler):
        def on_event(self, event: Any) -> None:
            seen.append(event.event)

    return Sync()


async def _drain(manager: Any) -> Any:
    if hasattr(manager, "__aenter__"):
        async with manager as stream:
            await stream.until_done()
            return stream
    with manager as stream:
        stream.until_done()
        return stream


async def test_streamed_runs_give_the_assistants_event_sequence(api: Any, fake: FakeOpenAI) -> None:
    assistant, thread = await _setup(api)
    seen: List[str] = []
    stream = await _drain(
        api.beta.threads.runs.stream(thread_id=thread.id, assistant_id=assistant.id, event_handler=_recorder(api, seen))
    )
    assert seen[:3] == ["thread.run.created", "thread.run.queued", "thread.run.in_progress"]
    assert seen[-3:] == ["thread.message.completed", "thread.run.step.completed", "thread.run.completed"]
    assert seen.count("thread.message.delta") == len("Fake reply to: What is two plus two".split())
    final = await run(stream.get_final_messages())
    assert final[0].content[0].text.value == "Fake reply to: What is two plus two"


async def test_streamed_tool_calls_then_streamed_outputs(api: Any, fake: FakeOpenAI) -> None:
    assistant, _ = await _setup(api)
    fake.push_script("runs", Scripted(tool_calls=[ToolCall(name="lookup", arguments="{}", id="call_1")]))
    seen: List[str] = []
    stream = await _drain(
        api.beta.threads.create_and_run_stream(
            assistant_id=assistant.id,
            thread={"messages": [{"role": "user", "content": "hi"}]},
            event_handler=_recorder(api, seen),
        )
    )
    assert seen[0] == "thread.created" and seen[-1] == "thread.run.requires_action"
    assert "thread.run.step.delta" in seen
    current = stream.current_run
    assert current.status == "requires_action"
    seen.clear()
    stream = await _drain(
        api.beta.threads.runs.submit_tool_outputs_stream(
            run_id=current.id,
            thread_id=current.thread_id,
            tool_outputs=[{"tool_call_id": "call_1", "output": "found"}],
            event_handler=_recorder(api, seen),
        )
    )
    assert seen[:2] == ["thread.run.step.completed", "thread.run.queued"] and seen[-1] == "thread.run.completed"
    steps = await collect(api.beta.threads.runs.steps.list(current.id, thread_id=current.thread_id, order="asc"))
    assert steps[0].step_details.tool_calls[0].function.output == "found"
