"""`/vector_stores/{vector_store_id}/file_batches`: add many uploaded files to a vector store at
once, follow and cancel the batch, list its files; and the helpers that upload the files
concurrently and/or wait until the batch is done."""

from __future__ import annotations

from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from typing import TYPE_CHECKING, Any, Iterable, List, Optional, Sequence, Union, cast

import anyio
from typing_extensions import Unpack

from ..._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from ..._typed_views import (
    RawView,
    StreamingView,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..._types import NOT_GIVEN, FileTypes, NotGiven
from ...lib._polling import async_poll_retrieve, poll_retrieve
from ...pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from ...types.file_chunking_strategy_param import FileChunkingStrategyParam
from ...types.file_object import FileObject
from ...types.vector_stores.file_batch_create_params import FileBatchCreateKwargs
from ...types.vector_stores.file_batch_list_files_params import FileBatchListFilesKwargs
from ...types.vector_stores.vector_store_file import VectorStoreFile
from ...types.vector_stores.vector_store_file_batch import VectorStoreFileBatch
from .vector_stores import BETA

if TYPE_CHECKING:
    from ..._client import AsyncOpenAI, OpenAI

__all__ = [
    "FileBatches",
    "AsyncFileBatches",
    "FileBatchesWithRawResponse",
    "FileBatchesWithStreamingResponse",
    "AsyncFileBatchesWithRawResponse",
    "AsyncFileBatchesWithStreamingResponse",
]

_BATCHES = "/vector_stores/{vector_store_id}/file_batches"
_BATCH = _BATCHES + "/{batch_id}"
_BATCH_FILES = _BATCH + "/files"
CREATE = Endpoint("post", _BATCHES, cast_to=VectorStoreFileBatch, params=FileBatchCreateKwargs, headers=BETA)
RETRIEVE = Endpoint("get", _BATCH, cast_to=VectorStoreFileBatch, headers=BETA)
CANCEL = Endpoint("post", _BATCH + "/cancel", cast_to=VectorStoreFileBatch, headers=BETA)
LIST_FILES = Endpoint(
    "get",
    _BATCH_FILES,
    cast_to=VectorStoreFile,
    params=FileBatchListFilesKwargs,
    query=True,
    page=SyncCursorPage,
    headers=BETA,
)
ASYNC_LIST_FILES = Endpoint(
    "get",
    _BATCH_FILES,
    cast_to=VectorStoreFile,
    params=FileBatchListFilesKwargs,
    query=True,
    page=AsyncCursorPage,
    headers=BETA,
)


class FileBatchCreateArgs(FileBatchCreateKwargs, RequestExtras, total=False):
    """The keywords of `vector_stores.file_batches.create` besides the vector store id."""


class FileBatchListFilesArgs(FileBatchListFilesKwargs, RequestExtras, total=False):
    """The keywords of `vector_stores.file_batches.list_files` besides the two ids."""


def _processed(batch: VectorStoreFileBatch) -> bool:
    """Whether polling can stop: no file of the batch is in progress any more (the official
    client's test, which looks at the file counts, not at the batch status)."""
    return batch.file_counts.in_progress <= 0


def _check_async_concurrency(max_concurrency: int, files: List[FileTypes]) -> None:
    """The async uploads share a semaphore of `max_concurrency` places."""
    if max_concurrency < 0:
        raise ValueError("Semaphore initial value must be >= 0")  # the official client's (asyncio's) error
    if max_concurrency == 0 and files:
        # The official client waits forever here; refusing is the only useful answer.
        raise ValueError("`max_concurrency` must be at least 1 to upload files, got 0")


def _batch_ids(file_ids: Sequence[str], uploaded: Sequence[FileObject]) -> List[str]:
    """The given ids first, then the new uploads in the order of `files`."""
    return [*file_ids, *(file.id for file in uploaded)]


class FileBatches(SyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> FileBatchesWithRawResponse: ...
        @property
        def with_streaming_response(self) -> FileBatchesWithStreamingResponse: ...

    def create(self, vector_store_id: str, **kw: Unpack[FileBatchCreateArgs]) -> VectorStoreFileBatch:
        """Add uploaded files (`file_ids`) to a vector store in one batch; indexing runs in the background."""
        return self._call(CREATE, dict(kw), "create", vector_store_id=vector_store_id)

    def retrieve(self, batch_id: str, *, vector_store_id: str, **kw: Unpack[RequestExtras]) -> VectorStoreFileBatch:
        """One batch, with its status and file counts."""
        return self._call(RETRIEVE, dict(kw), "retrieve", vector_store_id=vector_store_id, batch_id=batch_id)

    def cancel(self, batch_id: str, *, vector_store_id: str, **kw: Unpack[RequestExtras]) -> VectorStoreFileBatch:
        """Stop indexing the batch's files that are not done yet."""
        return self._call(CANCEL, dict(kw), "cancel", vector_store_id=vector_store_id, batch_id=batch_id)

    def list_files(
        self, batch_id: str, *, vector_store_id: str, **kw: Unpack[FileBatchListFilesArgs]
    ) -> SyncCursorPage[VectorStoreFile]:
        """The files of a batch, page by page (`filter` by status)."""
        return self._call(LIST_FILES, dict(kw), "list_files", vector_store_id=vector_store_id, batch_id=batch_id)

    def create_and_poll(
        self,
        vector_store_id: str,
        *,
        file_ids: List[str],
        poll_interval_ms: Union[int, NotGiven] = NOT_GIVEN,
        chunking_strategy: Union[FileChunkingStrategyParam, NotGiven] = NOT_GIVEN,
    ) -> VectorStoreFileBatch:
        """`create`, then `poll` until none of the batch's files is in progress."""
        body = {"file_ids": file_ids, "chunking_strategy": chunking_strategy}
        batch = self._call(CREATE, body, "create_and_poll", vector_store_id=vector_store_id)
        return self.poll(batch.id, vector_store_id=vector_store_id, poll_interval_ms=poll_interval_ms)

    def poll(
        self, batch_id: str, *, vector_store_id: str, poll_interval_ms: Union[int, NotGiven] = NOT_GIVEN
    ) -> VectorStoreFileBatch:
        """Ask for the batch until none of its files is in progress, every `poll_interval_ms`
        (default: as often as the server's `openai-poll-after-ms` header says, else every second)."""
        return poll_retrieve(
            self, batch_id, vector_store_id=vector_store_id, done=_processed, poll_interval_ms=poll_interval_ms
        )

    def upload_and_poll(
        self,
        vector_store_id: str,
        *,
        files: Iterable[FileTypes],
        max_concurrency: int = 5,
        file_ids: List[str] = [],
        poll_interval_ms: Union[int, NotGiven] = NOT_GIVEN,
        chunking_strategy: Union[FileChunkingStrategyParam, NotGiven] = NOT_GIVEN,
    ) -> VectorStoreFileBatch:
        """Upload `files` to `/files` (purpose `assistants`, at most `max_concurrency` at a time, in
        threads), add them and any already uploaded `file_ids` to the vector store in one batch, and
        wait until none of its files is in progress. The first failed upload is raised (the
        uploads not started yet are dropped) and no batch is created. With no `files`, the batch
        is made of `file_ids` alone."""
        uploaded = self._upload_all(list(files), max_concurrency)
        return self.create_and_poll(
            vector_store_id,
            file_ids=_batch_ids(file_ids, uploaded),
            poll_interval_ms=poll_interval_ms,
            chunking_strategy=chunking_strategy,
        )

    def _upload_all(self, files: List[FileTypes], max_concurrency: int) -> List[FileObject]:
        create = cast("OpenAI", self._client).files.create
        # Made even for no files: a bad `max_concurrency` fails with the executor's own
        # ValueError, as in the official client.
        with ThreadPoolExecutor(max_workers=max_concurrency, thread_name_prefix="openai-upload") as pool:
            futures = [pool.submit(create, file=file, purpose="assistants") for file in files]
            _, pending = wait(futures, return_when=FIRST_EXCEPTION)
            for future in pending:
                future.cancel()
        for future in futures:
            error = None if future.cancelled() else future.exception()
            if error is not None:
                raise error
        return [future.result() for future in futures]


class AsyncFileBatches(AsyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncFileBatchesWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncFileBatchesWithStreamingResponse: ...

    async def create(self, vector_store_id: str, **kw: Unpack[FileBatchCreateArgs]) -> VectorStoreFileBatch:
        """Add uploaded files (`file_ids`) to a vector store in one batch; indexing runs in the background."""
        return await self._call(CREATE, dict(kw), "create", vector_store_id=vector_store_id)

    async def retrieve(
        self, batch_id: str, *, vector_store_id: str, **kw: Unpack[RequestExtras]
    ) -> VectorStoreFileBatch:
        """One batch, with its status and file counts."""
        return await self._call(RETRIEVE, dict(kw), "retrieve", vector_store_id=vector_store_id, batch_id=batch_id)

    async def cancel(self, batch_id: str, *, vector_store_id: str, **kw: Unpack[RequestExtras]) -> VectorStoreFileBatch:
        """Stop indexing the batch's files that are not done yet."""
        return await self._call(CANCEL, dict(kw), "cancel", vector_store_id=vector_store_id, batch_id=batch_id)

    def list_files(
        self, batch_id: str, *, vector_store_id: str, **kw: Unpack[FileBatchListFilesArgs]
    ) -> AsyncPaginator[VectorStoreFile, AsyncCursorPage[VectorStoreFile]]:
        """The files of a batch: await for the first page, or `async for` every file."""
        return self._list(ASYNC_LIST_FILES, dict(kw), "list_files", vector_store_id=vector_store_id, batch_id=batch_id)

    async def create_and_poll(
        self,
        vector_store_id: str,
        *,
        file_ids: List[str],
        poll_interval_ms: Union[int, NotGiven] = NOT_GIVEN,
        chunking_strategy: Union[FileChunkingStrategyParam, NotGiven] = NOT_GIVEN,
    ) -> VectorStoreFileBatch:
        """`create`, then `poll` until none of the batch's files is in progress."""
        body = {"file_ids": file_ids, "chunking_strategy": chunking_strategy}
        batch = await self._call(CREATE, body, "create_and_poll", vector_store_id=vector_store_id)
        return await self.poll(batch.id, vector_store_id=vector_store_id, poll_interval_ms=poll_interval_ms)

    async def poll(
        self, batch_id: str, *, vector_store_id: str, poll_interval_ms: Union[int, NotGiven] = NOT_GIVEN
    ) -> VectorStoreFileBatch:
        """Ask for the batch until none of its files is in progress, every `poll_interval_ms`
        (default: as often as the server's `openai-poll-after-ms` header says, else every second)."""
        return await async_poll_retrieve(
            self, batch_id, vector_store_id=vector_store_id, done=_processed, poll_interval_ms=poll_interval_ms
        )

    async def upload_and_poll(
        self,
        vector_store_id: str,
        *,
        files: Iterable[FileTypes],
        max_concurrency: int = 5,
        file_ids: List[str] = [],
        poll_interval_ms: Union[int, NotGiven] = NOT_GIVEN,
        chunking_strategy: Union[FileChunkingStrategyParam, NotGiven] = NOT_GIVEN,
    ) -> VectorStoreFileBatch:
        """Upload `files` to `/files` (purpose `assistants`, at most `max_concurrency` at a time, as
        tasks), add them and any already uploaded `file_ids` to the vector store in one batch, and
        wait until none of its files is in progress. The first failed upload is raised (the other
        uploads are cancelled) and no batch is created. With no `files`, the batch is made of
        `file_ids` alone."""
        files = list(files)
        _check_async_concurrency(max_concurrency, files)
        uploaded = await self._upload_all(files, max_concurrency)
        return await self.create_and_poll(
            vector_store_id,
            file_ids=_batch_ids(file_ids, uploaded),
            poll_interval_ms=poll_interval_ms,
            chunking_strategy=chunking_strategy,
        )

    async def _upload_all(self, files: List[FileTypes], max_concurrency: int) -> List[FileObject]:
        if not files:
            return []
        create = cast("AsyncOpenAI", self._client).files.create
        limit = anyio.Semaphore(max_concurrency)
        results: List[Optional[FileObject]] = [None] * len(files)
        errors: List[BaseException] = []

        async def upload(index: int, file: Any) -> None:
            async with limit:
                try:
                    results[index] = await create(file=file, purpose="assistants")
                except Exception as exc:  # raised as itself below, not wrapped in an exception group
                    errors.append(exc)
                    group.cancel_scope.cancel()

        async with anyio.create_task_group() as group:
            for index, file in enumerate(files):
                group.start_soon(upload, index, file)
        if errors:
            raise errors[0]
        return [result for result in results if result is not None]


class FileBatchesWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, file_batches: FileBatches) -> None:
            self.cancel = to_raw_response_wrapper(file_batches.cancel)
            self.create = to_raw_response_wrapper(file_batches.create)
            self.list_files = to_raw_response_wrapper(file_batches.list_files)
            self.retrieve = to_raw_response_wrapper(file_batches.retrieve)


class AsyncFileBatchesWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, file_batches: AsyncFileBatches) -> None:
            self.cancel = async_to_raw_response_wrapper(file_batches.cancel)
            self.create = async_to_raw_response_wrapper(file_batches.create)
            self.list_files = async_to_raw_response_wrapper(file_batches.list_files)
            self.retrieve = async_to_raw_response_wrapper(file_batches.retrieve)


class FileBatchesWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, file_batches: FileBatches) -> None:
            self.cancel = to_streamed_response_wrapper(file_batches.cancel)
            self.create = to_streamed_response_wrapper(file_batches.create)
            self.list_files = to_streamed_response_wrapper(file_batches.list_files)
            self.retrieve = to_streamed_response_wrapper(file_batches.retrieve)


class AsyncFileBatchesWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, file_batches: AsyncFileBatches) -> None:
            self.cancel = async_to_streamed_response_wrapper(file_batches.cancel)
            self.create = async_to_streamed_response_wrapper(file_batches.create)
            self.list_files = async_to_streamed_response_wrapper(file_batches.list_files)
            self.retrieve = async_to_streamed_response_wrapper(file_batches.retrieve)
