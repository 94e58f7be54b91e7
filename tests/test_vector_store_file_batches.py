"""`vector_stores.file_batches.*` over respx, on the sync and the async client: what each method
sends and returns, `create_and_poll`, and `upload_and_poll`: the uploads run concurrently but never
more than `max_concurrency` at a time (measured at the upload endpoint), the batch lists the given
`file_ids` then the uploaded ids in the order of `files`, a failed upload creates no batch, and
arguments that cannot work fail before anything is sent. (Polling itself: test_vector_store_files.)"""

from __future__ import annotations

import threading
import time
from typing import Any, List, Optional

import anyio
import httpx
import pytest
import respx

import openai
from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types.vector_stores import VectorStoreFile, VectorStoreFileBatch
from tests.utils import BASE_URL
from tests.utils.multipart import by_name, parts_of
from tests.utils.payloads import STATIC, batch, vs_file
from tests.utils.requests import assert_follows_cursor, bad_arguments_test, case, on_the_wire, page_of, request_test
from tests.utils.servers import replies

from .utils import run

pytestmark = pytest.mark.anyio

BATCHES_URL = BASE_URL + "/vector_stores/vs_1/file_batches"
BATCH_URL = BATCHES_URL + "/vsfb_1"
UPLOAD_URL = BASE_URL + "/files"
CURSOR = (SyncCursorPage, AsyncCursorPage)
CREATE_ALL = {"file_ids": ["file-1", "file-2"], "attributes": {"lang": "en"}, "chunking_strategy": STATIC}

CASES = [
    case(
        "create",
        lambda c: c.vector_stores.file_batches.create("vs_1", file_ids=["file-1"]),
        "POST /v1/vector_stores/vs_1/file_batches",
        {"file_ids": ["file-1"]},
        batch("in_progress"),
        VectorStoreFileBatch,
    ),
    case(
        "create-all-params",
        lambda c: c.vector_stores.file_batches.create("vs_1", **CREATE_ALL),
        "POST /v1/vector_stores/vs_1/file_batches",
        CREATE_ALL,
        batch("in_progress"),
        VectorStoreFileBatch,
    ),
    case(
        "retrieve",
        lambda c: c.vector_stores.file_batches.retrieve("vsfb_1", vector_store_id="vs_1"),
        "GET /v1/vector_stores/vs_1/file_batches/vsfb_1",
        None,
        batch(),
        VectorStoreFileBatch,
    ),
    case(
        "cancel",
        lambda c: c.vector_stores.file_batches.cancel("vsfb_1", vector_store_id="vs_1"),
        "POST /v1/vector_stores/vs_1/file_batches/vsfb_1/cancel",
        None,
        batch("cancelled"),
        VectorStoreFileBatch,
    ),
    case(
        "list_files",
        lambda c: c.vector_stores.file_batches.list_files("vsfb_1", vector_store_id="vs_1"),
        "GET /v1/vector_stores/vs_1/file_batches/vsfb_1/files",
        None,
        page_of(vs_file()),
        CURSOR,
    ),
    case(
        "list_files-all-params",
        lambda c: c.vector_stores.file_batches.list_files(
            "vsfb_1", vector_store_id="vs_1", after="file-0", before="file-9", filter="completed", limit=4, order="asc"
        ),
        "GET /v1/vector_stores/vs_1/file_batches/vsfb_1/files?after=file-0&before=file-9&filter=completed&limit=4&order=asc",
        None,
        page_of(vs_file()),
        CURSOR,
    ),
]

test_request_and_result = request_test(CASES)


async def test_batches_are_typed(api: Any, respx_mock: respx.MockRouter) -> None:
    respx_mock.get(BATCH_URL).respond(200, json=batch("completed"))
    found = await run(api.vector_stores.file_batches.retrieve("vsfb_1", vector_store_id="vs_1"))
    assert (found.status, found.file_counts.completed, found.file_counts.total) == ("completed", 2, 2)


async def test_list_files_follows_the_cursor(api: Any, respx_mock: respx.MockRouter) -> None:
    files = await assert_follows_cursor(
        api,
        respx_mock,
        BATCH_URL + "/files",
        lambda c: c.vector_stores.file_batches.list_files("vsfb_1", vector_store_id="vs_1"),
        [vs_file()],
        [vs_file(id="file-2")],
    )
    assert all(isinstance(f, VectorStoreFile) for f in files)


async def test_create_and_poll_creates_then_polls_the_new_batch(
    api: Any, respx_mock: respx.MockRouter, sleeps: List[float]
) -> None:
    created = respx_mock.post(BATCHES_URL).respond(200, json=batch("in_progress"))
    polled = respx_mock.get(BATCH_URL)
    polled.side_effect = replies(
        batch("in_progress"), batch("completed"), headers=[{"openai-poll-after-ms": "700"}, {}]
    )
    result = await run(
        api.vector_stores.file_batches.create_and_poll("vs_1", file_ids=["file-1", "file-2"], chunking_strategy=STATIC)
    )
    assert isinstance(result, VectorStoreFileBatch) and result.status == "completed"
    assert on_the_wire(created.calls.last.request) == (
        "POST /v1/vector_stores/vs_1/file_batches",
        {"file_ids": ["file-1", "file-2"], "chunking_strategy": STATIC},
    )
    assert polled.call_count == 2
    assert sleeps == [0.7]


# ----------------------------------------------------------------------------- upload_and_poll


UPLOADED = {"object": "file", "bytes": 1, "created_at": 1699061776, "purpose": "assistants"}


class UploadServer:
    """The `/files` endpoint: answers `file-<filename>`, and records how many uploads were in flight
    at once. Sync clients upload in threads, async ones in tasks.

    Each upload is held until `expected_peak` uploads have been in flight together (at most 2 s), so
    a correct bound is always reached however slowly the workers start; then it still lasts `pause`,
    so uploads beyond the bound would overlap and show in `peak`."""

    def __init__(self, is_async: bool, pause: float = 0.05) -> None:
        self.is_async = is_async
        self.pause = pause
        self.expected_peak = 1
        self.in_flight = 0
        self.peak = 0
        self.purposes: List[str] = []
        self._lock = threading.Lock()

    def _enter(self, request: httpx.Request) -> httpx.Response:
        parts = by_name(parts_of(request))
        with self._lock:
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
            self.purposes.append(parts["purpose"].content.decode())
        name = parts["file"].filename
        return httpx.Response(200, json={**UPLOADED, "id": f"file-{name}", "filename": name})

    def _leave(self) -> None:
        with self._lock:
            self.in_flight -= 1

    def _held(self, since: float) -> bool:
        return self.peak < self.expected_peak and time.monotonic() - since < 2

    def __call__(self, request: httpx.Request) -> Any:
        if self.is_async:
            return self._async_handle(request)
        answer, since = self._enter(request), time.monotonic()
        while self._held(since):
            time.sleep(0.002)
        time.sleep(self.pause_for(request))
        self._leave()
        return answer

    async def _async_handle(self, request: httpx.Request) -> httpx.Response:
        answer, since = self._enter(request), time.monotonic()
        while self._held(since):
            await anyio.sleep(0.002)
        await anyio.sleep(self.pause_for(request))
        self._leave()
        return answer

    def pause_for(self, request: httpx.Request) -> float:
        # Files named `slow-...` take longer, so uploads finish out of order.
        return self.pause * (3 if b'filename="slow-' in request.content else 1)


def named(*names: str) -> List[Any]:
    return [(name, name.encode()) for name in names]


@pytest.fixture
def uploads(api: Any, respx_mock: respx.MockRouter) -> UploadServer:
    server = UploadServer(is_async=isinstance(api, openai.AsyncOpenAI))
    respx_mock.post(UPLOAD_URL).mock(side_effect=server)
    return server


@pytest.fixture
def batch_route(respx_mock: respx.MockRouter) -> respx.Route:
    respx_mock.get(BATCH_URL).respond(200, json=batch("completed"))
    return respx_mock.post(BATCHES_URL).respond(200, json=batch("in_progress"))


@pytest.mark.parametrize(
    "count, max_concurrency, peak",
    [
        pytest.param(7, 3, 3, id="7-files-3-at-a-time"),
        pytest.param(8, None, 5, id="8-files-default-5-at-a-time"),
        pytest.param(4, 1, 1, id="one-at-a-time"),
        pytest.param(2, 6, 2, id="fewer-files-than-the-limit"),
    ],
)
async def test_upload_and_poll_bounds_the_concurrent_uploads(
    api: Any,
    uploads: UploadServer,
    batch_route: respx.Route,
    count: int,
    max_concurrency: Optional[int],
    peak: int,
) -> None:
    uploads.expected_peak = peak
    files = named(*(f"f{i}.txt" for i in range(count)))
    limit = {} if max_concurrency is None else {"max_concurrency": max_concurrency}
    await run(api.vector_stores.file_batches.upload_and_poll("vs_1", files=files, **limit))
    assert uploads.peak == peak
    assert uploads.purposes == ["assistants"] * count
    assert len(on_the_wire(batch_route.calls.last.request)[1]["file_ids"]) == count


async def test_upload_and_poll_batches_given_ids_then_uploads_in_order(
    api: Any, uploads: UploadServer, batch_route: respx.Route, sleeps: List[float]
) -> None:
    files = named("slow-a.txt", "b.txt", "slow-c.txt", "d.txt")
    uploads.expected_peak = 4  # all four in flight together: the slow ones still finish last
    result = await run(
        api.vector_stores.file_batches.upload_and_poll(
            "vs_1", files=files, file_ids=["file-old"], max_concurrency=4, chunking_strategy=STATIC, poll_interval_ms=5
        )
    )
    assert isinstance(result, VectorStoreFileBatch) and result.status == "completed"
    assert on_the_wire(batch_route.calls.last.request) == (
        "POST /v1/vector_stores/vs_1/file_batches",
        {
            "file_ids": ["file-old", "file-slow-a.txt", "file-b.txt", "file-slow-c.txt", "file-d.txt"],
            "chunking_strategy": STATIC,
        },
    )


async def test_upload_and_poll_takes_any_iterable_of_files(
    api: Any, uploads: UploadServer, batch_route: respx.Route
) -> None:
    files = (file for file in named("a.txt", "b.txt"))
    await run(api.vector_stores.file_batches.upload_and_poll("vs_1", files=files))
    assert on_the_wire(batch_route.calls.last.request)[1] == {"file_ids": ["file-a.txt", "file-b.txt"]}


async def test_a_failed_upload_creates_no_batch(
    api: Any, respx_mock: respx.MockRouter, batch_route: respx.Route
) -> None:
    def upload(request: httpx.Request) -> httpx.Response:
        if b'filename="bad.txt"' in request.content:
            return httpx.Response(400, json={"error": {"message": "unsupported file", "type": "invalid_request_error"}})
        return httpx.Response(200, json={**UPLOADED, "id": "file-ok", "filename": "ok.txt"})

    respx_mock.post(UPLOAD_URL).mock(side_effect=upload)
    with pytest.raises(openai.BadRequestError, match="unsupported file"):
        await run(api.vector_stores.file_batches.upload_and_poll("vs_1", files=named("ok.txt", "bad.txt", "ok2.txt")))
    assert not batch_route.called


async def test_upload_and_poll_without_files_batches_the_given_ids(
    api: Any, respx_mock: respx.MockRouter, batch_route: respx.Route
) -> None:
    # As the official client: nothing to upload, the batch is made of `file_ids` alone.
    upload = respx_mock.post(UPLOAD_URL)
    result = await run(api.vector_stores.file_batches.upload_and_poll("vs_1", files=[], file_ids=["file-1", "file-2"]))
    assert isinstance(result, VectorStoreFileBatch)
    assert not upload.called
    assert on_the_wire(batch_route.calls.last.request)[1] == {"file_ids": ["file-1", "file-2"]}


@pytest.mark.parametrize("files", [[], [("a.txt", b"a")]], ids=["no-files", "one-file"])
@pytest.mark.parametrize("max_concurrency", [0, -1])
def test_sync_upload_and_poll_refuses_a_bad_concurrency_as_the_official_does(
    client: openai.OpenAI, respx_mock: respx.MockRouter, files: List[Any], max_concurrency: int
) -> None:
    # The thread pool's own error, even when there is nothing to upload.
    with pytest.raises(ValueError, match="^max_workers must be greater than 0$"):
        client.vector_stores.file_batches.upload_and_poll("vs_1", files=files, max_concurrency=max_concurrency)
    assert not respx_mock.calls


@pytest.mark.parametrize("files", [[], [("a.txt", b"a")]], ids=["no-files", "one-file"])
async def test_async_upload_and_poll_refuses_a_negative_concurrency_as_the_official_does(
    async_client: openai.AsyncOpenAI, respx_mock: respx.MockRouter, files: List[Any]
) -> None:
    with pytest.raises(ValueError, match="^Semaphore initial value must be >= 0$"):
        await async_client.vector_stores.file_batches.upload_and_poll("vs_1", files=files, max_concurrency=-1)
    assert not respx_mock.calls


async def test_async_upload_and_poll_refuses_to_upload_with_no_concurrency(
    async_client: openai.AsyncOpenAI, respx_mock: respx.MockRouter
) -> None:
    # The official client would wait forever on a semaphore of no places.
    with pytest.raises(ValueError, match="`max_concurrency` must be at least 1 to upload files, got 0"):
        await async_client.vector_stores.file_batches.upload_and_poll("vs_1", files=[b"a"], max_concurrency=0)
    assert not respx_mock.calls


async def test_async_upload_and_poll_with_no_concurrency_and_no_files_batches_the_ids(
    async_client: openai.AsyncOpenAI, batch_route: respx.Route
) -> None:
    await async_client.vector_stores.file_batches.upload_and_poll("vs_1", files=[], file_ids=["f"], max_concurrency=0)
    assert on_the_wire(batch_route.calls.last.request)[1] == {"file_ids": ["f"]}


test_bad_arguments = bad_arguments_test(
    [
        pytest.param(
            lambda c: c.vector_stores.file_batches.create("vs_1"),
            TypeError,
            r"missing\ 1\ required\ keyword\-only\ argument:\ 'file_ids'",
            id="create-without-ids",
        ),
        pytest.param(
            lambda c: c.vector_stores.file_batches.cancel("vsfb_1", vector_store_id=""),
            ValueError,
            "`vector_store_id`",
            id="empty-store-id",
        ),
        pytest.param(
            lambda c: c.vector_stores.file_batches.list_files("", vector_store_id="vs_1"),
            ValueError,
            "`batch_id`",
            id="empty-batch-id",
        ),
    ]
)
