"""Assistants (event-handler subclasses, stream managers, polling) and the upload/polling helpers
of vector stores and uploads, batches, containers, conversations, evals."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

from typing_extensions import assert_type, override

from openai import AssistantEventHandler, AsyncAssistantEventHandler, AsyncOpenAI, OpenAI, Stream
from openai.lib.streaming import AssistantStreamManager, AsyncAssistantStreamManager
from openai.pagination import SyncCursorPage, SyncPage
from openai.types import Batch, Upload, VectorStore
from openai.types.beta import Assistant, AssistantStreamEvent
from openai.types.beta.threads import Message, Run, Text, TextDelta
from openai.types.conversations import Conversation
from openai.types.responses import ResponseItem
from openai.types.vector_store_search_response import VectorStoreSearchResponse
from openai.types.vector_stores import VectorStoreFile, VectorStoreFileBatch


class Printer(AssistantEventHandler):
    """What users write: override the callbacks they need."""

    def __init__(self) -> None:
        super().__init__()
        self.pieces: List[str] = []

    @override
    def on_text_delta(self, delta: TextDelta, snapshot: Text) -> None:
        self.pieces.append(delta.value or "")

    @override
    def on_message_done(self, message: Message) -> None:
        self.pieces.append(message.id)


class AsyncPrinter(AsyncAssistantEventHandler):
    @override
    async def on_event(self, event: AssistantStreamEvent) -> None:
        if event.event == "thread.run.completed":
            assert_type(event.data, Run)


def assistants(client: OpenAI) -> None:
    assistant = client.beta.assistants.create(model="gpt-4o", instructions=None, tools=[{"type": "code_interpreter"}])
    assert_type(assistant, Assistant)
    run = client.beta.threads.create_and_run_poll(assistant_id=assistant.id, thread={"messages": []})
    assert_type(run, Run)
    polled = client.beta.threads.runs.create_and_poll(  # pyright: ignore[reportDeprecated]
        thread_id="thread_1", assistant_id=assistant.id
    )
    assert_type(polled, Run)

    plain = client.beta.threads.create_and_run_stream(assistant_id=assistant.id)
    assert_type(plain, AssistantStreamManager[AssistantEventHandler])
    with plain as stream:
        assert_type(stream, AssistantEventHandler)
        for event in stream:
            assert_type(event, AssistantStreamEvent)
        stream.until_done()

    custom = client.beta.threads.create_and_run_stream(assistant_id=assistant.id, event_handler=Printer())
    assert_type(custom, AssistantStreamManager[Printer])
    with custom as printer:
        assert_type(printer, Printer)
        printer.until_done()
        assert_type(printer.pieces, List[str])
        assert_type(printer.current_run, Optional[Run])

    # The Assistants endpoints are deprecated: strict pyright says so, as with the official package.
    streamed = client.beta.threads.runs.create("thread_1", assistant_id="asst_1", stream=True)  # pyright: ignore[reportDeprecated]
    assert_type(streamed, Stream[AssistantStreamEvent])
    listed = client.beta.threads.messages.list("thread_1")  # pyright: ignore[reportDeprecated]
    assert_type(listed, SyncCursorPage[Message])
    with client.beta.threads.runs.stream(  # pyright: ignore[reportDeprecated]
        thread_id="thread_1", assistant_id="asst_1", event_handler=Printer()
    ) as run_printer:
        assert_type(run_printer, Printer)


async def async_assistants(client: AsyncOpenAI) -> None:
    manager = client.beta.threads.create_and_run_stream(assistant_id="asst_1", event_handler=AsyncPrinter())
    assert_type(manager, AsyncAssistantStreamManager[AsyncPrinter])
    async with manager as handler:
        assert_type(handler, AsyncPrinter)
        await handler.until_done()
    async with client.beta.threads.create_and_run_stream(assistant_id="asst_1") as default:
        assert_type(default, AsyncAssistantEventHandler)
        async for event in default:
            assert_type(event, AssistantStreamEvent)


def vector_stores_and_uploads(client: OpenAI, paths: List[Path]) -> None:
    store = client.vector_stores.create(name="docs", expires_after={"anchor": "last_active_at", "days": 7})
    assert_type(store, VectorStore)
    batch = client.vector_stores.file_batches.upload_and_poll(store.id, files=[p.open("rb") for p in paths])
    assert_type(batch, VectorStoreFileBatch)
    file = client.vector_stores.files.upload_and_poll(vector_store_id=store.id, file=paths[0])
    assert_type(file, VectorStoreFile)
    created = client.vector_stores.files.create_and_poll("file-1", vector_store_id=store.id, poll_interval_ms=500)
    assert_type(created, VectorStoreFile)
    results = client.vector_stores.search(store.id, query="refund policy", max_num_results=5)
    assert_type(results, SyncPage[VectorStoreSearchResponse])

    upload = client.uploads.upload_file_chunked(file=paths[0], mime_type="text/plain", purpose="assistants")
    assert_type(upload, Upload)
    in_memory = client.uploads.upload_file_chunked(
        file=b"data", filename="a.txt", bytes=4, mime_type="text/plain", purpose="assistants"
    )
    assert_type(in_memory, Upload)


def other_resources(client: OpenAI) -> None:
    batch = client.batches.create(
        completion_window="24h", endpoint="/v1/chat/completions", input_file_id="file-1", metadata=None
    )
    assert_type(batch, Batch)
    conversation = client.conversations.create(items=[{"role": "user", "content": "hi"}])
    assert_type(conversation, Conversation)
    items = client.responses.input_items.list("resp_1", order="asc")
    assert_type(items, SyncCursorPage[ResponseItem])
