"""The async client, pagination (sync and async) and the views of paginated endpoints."""

from __future__ import annotations

from typing import Awaitable, List, Optional, Union

from typing_extensions import assert_type

from openai import AsyncOpenAI, AsyncStream, OpenAI
from openai._legacy_response import LegacyAPIResponse
from openai._response import AsyncAPIResponse, AsyncResponseContextManager
from openai.pagination import AsyncCursorPage, AsyncPage, SyncCursorPage, SyncPage
from openai.types import FileObject, Model
from openai.types.chat import ChatCompletion, ChatCompletionChunk, ChatCompletionMessageParam
from openai.types.fine_tuning import FineTuningJob, FineTuningJobEvent

MESSAGES: List[ChatCompletionMessageParam] = [{"role": "user", "content": "Hello"}]


def sync_pages(client: OpenAI) -> None:
    models = client.models.list()
    assert_type(models, SyncPage[Model])
    for model in models:
        assert_type(model, Model)
    assert_type(models.data, List[Model])

    files = client.files.list(purpose="assistants", limit=20)
    assert_type(files, SyncCursorPage[FileObject])
    for file in files:
        assert_type(file, FileObject)
    if files.has_next_page():
        assert_type(files.get_next_page(), SyncCursorPage[FileObject])
    for page in files.iter_pages():
        assert_type(page, SyncCursorPage[FileObject])

    jobs = client.fine_tuning.jobs.list(after=None or "ftjob-1")
    assert_type(jobs, SyncCursorPage[FineTuningJob])
    events = client.fine_tuning.jobs.list_events("ftjob-1")
    assert_type(events, SyncCursorPage[FineTuningJobEvent])


async def async_client(client: AsyncOpenAI, stream: bool) -> None:
    completion = await client.chat.completions.create(model="gpt-4o", messages=MESSAGES)
    assert_type(completion, ChatCompletion)
    chunks = await client.chat.completions.create(model="gpt-4o", messages=MESSAGES, stream=True)
    assert_type(chunks, AsyncStream[ChatCompletionChunk])
    async for chunk in chunks:
        assert_type(chunk, ChatCompletionChunk)
    either = await client.chat.completions.create(model="gpt-4o", messages=MESSAGES, stream=stream)
    assert_type(either, Union[ChatCompletion, AsyncStream[ChatCompletionChunk]])


async def async_pages(client: AsyncOpenAI) -> None:
    # `list()` returns an `AsyncPaginator` (official path: `openai._base_client`): awaited, a page;
    # iterated with `async for`, every item of every page.
    first = await client.models.list()
    assert_type(first, AsyncPage[Model])
    async for model in client.models.list():
        assert_type(model, Model)

    page = await client.files.list()
    assert_type(page, AsyncCursorPage[FileObject])
    if page.has_next_page():
        assert_type(await page.get_next_page(), AsyncCursorPage[FileObject])
    async for file in client.files.list():
        assert_type(file, FileObject)


async def async_views(client: AsyncOpenAI) -> None:
    raw = await client.chat.completions.with_raw_response.create(model="gpt-4o", messages=MESSAGES)
    assert_type(raw, LegacyAPIResponse[ChatCompletion])
    assert_type(raw.parse(), ChatCompletion)
    raw_models = client.models.with_raw_response.list()
    assert_type(raw_models, Awaitable[LegacyAPIResponse[AsyncPage[Model]]])
    assert_type(await raw_models, LegacyAPIResponse[AsyncPage[Model]])

    streamed = client.chat.completions.with_streaming_response.create(model="gpt-4o", messages=MESSAGES)
    assert_type(streamed, AsyncResponseContextManager[AsyncAPIResponse[ChatCompletion]])
    async with streamed as response:
        assert_type(response, AsyncAPIResponse[ChatCompletion])
        assert_type(await response.parse(), ChatCompletion)
        async for line in response.iter_lines():
            assert_type(line, str)
    async with client.files.with_streaming_response.list() as listed:
        assert_type(listed, AsyncAPIResponse[AsyncCursorPage[FileObject]])
    retrieved = await client.files.with_raw_response.retrieve("file-1")
    assert_type(retrieved, LegacyAPIResponse[FileObject])
    assert_type(retrieved.status_code, int)
    assert_type(retrieved.request_id, Optional[str])
