"""`beta.threads.*` (with `messages`, `runs` and `runs.steps`) against the Prism mock server, each
test on the sync and the async client: Prism validates every request against the spec, and its
spec-shaped answers must fit our models exactly (the clients validate strictly here). Each call
emits the Assistants API `DeprecationWarning`, as in 1.102.0.

- Streams: Prism answers a `stream: true` request with a plain JSON run, so the streaming tests
  only prove that Prism accepts the request and that the stream releases its response (the event
  parsing is covered over respx in tests/test_runs.py).
- Polling: Prism's run is always `queued`, so the polling tests stop at the first wait: by then
  Prism has accepted the create/submit request and the poll's GET, and the run was not settled."""

from __future__ import annotations

from typing import Any, Callable

import pytest

import openai
from openai import AsyncStream, Stream
from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types.beta import Thread, ThreadDeleted
from openai.types.beta.threads import Message, MessageDeleted, Run
from openai.types.beta.threads.runs import RunStep
from tests.utils import run
from tests.utils.assistants import (
    ALL_CREATE_AND_RUN_PARAMS,
    ALL_CREATE_BODY,
    INCLUDE,
    THREAD_MESSAGE,
    TOOL_OUTPUTS,
    TOOL_RESOURCES,
    deprecated_times,
)

pytestmark = pytest.mark.anyio

THREAD_ID = "thread_abc123"
MESSAGE_ID = "msg_abc123"
RUN_ID = "run_abc123"
STEP_ID = "step_abc123"


class StopPolling(Exception):
    """Raised by the stubbed sleep: the helper asked to wait before polling again."""


@pytest.fixture
def strict(prism: Any) -> Any:
    """The Prism-backed client (sync, then async), validating responses strictly."""
    prism._strict_response_validation = True
    return prism


@pytest.fixture
def stop_at_first_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    def stop(self: Any, seconds: float) -> None:
        raise StopPolling

    async def async_stop(self: Any, seconds: float) -> None:
        raise StopPolling

    monkeypatch.setattr(openai.OpenAI, "_sleep", stop)
    monkeypatch.setattr(openai.AsyncOpenAI, "_sleep", async_stop)


async def warned(call: Callable[[], Any], count: int = 1) -> Any:
    """Make a deprecated call (sync or async); it must warn once, or `count` times (1.102.0 marks a
    few methods twice, and a helper warns for each deprecated method it calls)."""
    with deprecated_times(count):
        return await run(call())


def twice_if_async(client: Any) -> int:
    """How often `runs.create` warns: 1.102.0 marks the async one deprecated twice."""
    return 2 if isinstance(client, openai.AsyncOpenAI) else 1


def page_class(client: Any) -> type:
    return AsyncCursorPage if isinstance(client, openai.AsyncOpenAI) else SyncCursorPage


def stream_class(client: Any) -> type:
    return AsyncStream if isinstance(client, openai.AsyncOpenAI) else Stream


async def assert_stream_accepted(client: Any, stream: Any) -> None:
    assert isinstance(stream, stream_class(client))
    await run(stream.close())
    assert stream.response.is_closed


# ---- threads ---------------------------------------------------------------------------------------


async def test_create(strict: Any) -> None:
    assert isinstance(await warned(lambda: strict.beta.threads.create()), Thread)


async def test_create_with_all_params(strict: Any) -> None:
    thread = await warned(
        lambda: strict.beta.threads.create(
            messages=[THREAD_MESSAGE], metadata={"k": "v"}, tool_resources=TOOL_RESOURCES
        )
    )
    assert isinstance(thread, Thread)


async def test_retrieve(strict: Any) -> None:
    thread = await warned(lambda: strict.beta.threads.retrieve(THREAD_ID))
    assert isinstance(thread, Thread) and thread.object == "thread"


async def test_update(strict: Any) -> None:
    thread = await warned(lambda: strict.beta.threads.update(THREAD_ID, metadata={"k": "v"}, tool_resources={}))
    assert isinstance(thread, Thread)


async def test_delete(strict: Any) -> None:
    deleted = await warned(lambda: strict.beta.threads.delete(THREAD_ID))
    assert isinstance(deleted, ThreadDeleted) and deleted.object == "thread.deleted"


async def test_create_and_run(strict: Any) -> None:
    created = await warned(lambda: strict.beta.threads.create_and_run(assistant_id="asst_1"), 2)
    assert isinstance(created, Run)


async def test_create_and_run_with_all_params(strict: Any) -> None:
    created = await warned(lambda: strict.beta.threads.create_and_run(**ALL_CREATE_AND_RUN_PARAMS, stream=False), 2)
    assert isinstance(created, Run)


async def test_create_and_run_stream_is_accepted(strict: Any) -> None:
    stream = await warned(lambda: strict.beta.threads.create_and_run(assistant_id="asst_1", stream=True), 2)
    await assert_stream_accepted(strict, stream)


async def test_create_and_run_poll(strict: Any, stop_at_first_wait: None) -> None:
    with pytest.raises(StopPolling):
        # `create_and_run` (twice), `poll`, its first `retrieve`
        await warned(lambda: strict.beta.threads.create_and_run_poll(assistant_id="asst_1", thread={"messages": []}), 4)


# ---- messages --------------------------------------------------------------------------------------


async def test_messages_create(strict: Any) -> None:
    message = await warned(lambda: strict.beta.threads.messages.create(THREAD_ID, role="user", content="Hi"))
    assert isinstance(message, Message) and message.object == "thread.message"


async def test_messages_create_with_all_params(strict: Any) -> None:
    parts = [{"type": "text", "text": "What is this?"}, {"type": "image_file", "image_file": {"file_id": "file_1"}}]
    attachments = [{"file_id": "file_2", "tools": [{"type": "file_search"}]}]
    message = await warned(
        lambda: strict.beta.threads.messages.create(
            THREAD_ID, role="user", content=parts, attachments=attachments, metadata={"k": "v"}
        )
    )
    assert isinstance(message, Message)


async def test_messages_retrieve(strict: Any) -> None:
    message = await warned(lambda: strict.beta.threads.messages.retrieve(MESSAGE_ID, thread_id=THREAD_ID))
    assert isinstance(message, Message)


async def test_messages_update(strict: Any) -> None:
    message = await warned(
        lambda: strict.beta.threads.messages.update(MESSAGE_ID, thread_id=THREAD_ID, metadata={"k": "v"})
    )
    assert isinstance(message, Message)


async def test_messages_list(strict: Any) -> None:
    page = await warned(
        lambda: strict.beta.threads.messages.list(THREAD_ID, after="a", before="b", limit=2, order="asc", run_id="r")
    )
    assert isinstance(page, page_class(strict))
    assert all(isinstance(m, Message) for m in page.data)


async def test_messages_delete(strict: Any) -> None:
    deleted = await warned(lambda: strict.beta.threads.messages.delete(MESSAGE_ID, thread_id=THREAD_ID))
    assert isinstance(deleted, MessageDeleted) and deleted.object == "thread.message.deleted"


# ---- runs ------------------------------------------------------------------------------------------


async def test_runs_create(strict: Any) -> None:
    created = await warned(
        lambda: strict.beta.threads.runs.create(THREAD_ID, assistant_id="asst_1"), twice_if_async(strict)
    )
    assert isinstance(created, Run)


async def test_runs_create_with_all_params(strict: Any) -> None:
    created = await warned(
        lambda: strict.beta.threads.runs.create(THREAD_ID, include=INCLUDE, stream=False, **ALL_CREATE_BODY),
        twice_if_async(strict),
    )
    assert isinstance(created, Run)


async def test_runs_create_stream_is_accepted(strict: Any) -> None:
    stream = await warned(
        lambda: strict.beta.threads.runs.create(THREAD_ID, assistant_id="asst_1", stream=True), twice_if_async(strict)
    )
    await assert_stream_accepted(strict, stream)


async def test_runs_retrieve(strict: Any) -> None:
    found = await warned(lambda: strict.beta.threads.runs.retrieve(RUN_ID, thread_id=THREAD_ID))
    assert isinstance(found, Run) and found.object == "thread.run"


async def test_runs_update(strict: Any) -> None:
    updated = await warned(lambda: strict.beta.threads.runs.update(RUN_ID, thread_id=THREAD_ID, metadata={"k": "v"}))
    assert isinstance(updated, Run)


async def test_runs_list(strict: Any) -> None:
    page = await warned(lambda: strict.beta.threads.runs.list(THREAD_ID, after="a", before="b", limit=2, order="desc"))
    assert isinstance(page, page_class(strict))
    assert all(isinstance(r, Run) for r in page.data)


async def test_runs_cancel(strict: Any) -> None:
    assert isinstance(await warned(lambda: strict.beta.threads.runs.cancel(RUN_ID, thread_id=THREAD_ID)), Run)


async def test_runs_submit_tool_outputs(strict: Any) -> None:
    submitted = await warned(
        lambda: strict.beta.threads.runs.submit_tool_outputs(RUN_ID, thread_id=THREAD_ID, tool_outputs=TOOL_OUTPUTS),
        2,
    )
    assert isinstance(submitted, Run)


async def test_runs_submit_tool_outputs_stream_is_accepted(strict: Any) -> None:
    stream = await warned(
        lambda: strict.beta.threads.runs.submit_tool_outputs(
            RUN_ID, thread_id=THREAD_ID, tool_outputs=TOOL_OUTPUTS, stream=True
        ),
        2,
    )
    await assert_stream_accepted(strict, stream)


async def test_runs_poll(strict: Any, stop_at_first_wait: None) -> None:
    with pytest.raises(StopPolling):
        await warned(lambda: strict.beta.threads.runs.poll(RUN_ID, THREAD_ID, poll_interval_ms=10), 2)


async def test_runs_create_and_poll(strict: Any, stop_at_first_wait: None) -> None:
    with pytest.raises(StopPolling):
        await warned(
            lambda: strict.beta.threads.runs.create_and_poll(
                thread_id=THREAD_ID, assistant_id="asst_1", include=INCLUDE
            ),
            2 + twice_if_async(strict) + 1,  # itself, `create`, `poll`, its first `retrieve`
        )


async def test_runs_submit_tool_outputs_and_poll(strict: Any, stop_at_first_wait: None) -> None:
    with pytest.raises(StopPolling):
        await warned(
            lambda: strict.beta.threads.runs.submit_tool_outputs_and_poll(
                run_id=RUN_ID, thread_id=THREAD_ID, tool_outputs=TOOL_OUTPUTS
            ),
            5,  # itself, `submit_tool_outputs` (twice), `poll`, its first `retrieve`
        )


# ---- run steps -------------------------------------------------------------------------------------


async def test_steps_retrieve(strict: Any) -> None:
    step = await warned(
        lambda: strict.beta.threads.runs.steps.retrieve(STEP_ID, thread_id=THREAD_ID, run_id=RUN_ID, include=INCLUDE)
    )
    assert isinstance(step, RunStep) and step.object == "thread.run.step"


async def test_steps_list(strict: Any) -> None:
    page = await warned(
        lambda: strict.beta.threads.runs.steps.list(
            RUN_ID, thread_id=THREAD_ID, after="a", before="b", include=INCLUDE, limit=2, order="asc"
        )
    )
    assert isinstance(page, page_class(strict))
    assert all(isinstance(s, RunStep) for s in page.data)
