"""`vector_stores.files.*` over respx, on the sync and the async client: what each method sends and
returns, `content` as a page, the `upload` / `create_and_poll` / `upload_and_poll` helpers (the
requests they chain), and polling -- for `files.poll` and `file_batches.poll` alike: terminal
states, the interval (the caller's, else the server's `openai-poll-after-ms`, else 1 s), the poll
headers, errors, and cancelling an async poll."""

from __future__ import annotations

from typing import Any, Callable, List, Optional

import anyio
import httpx
import pytest
import respx

import openai
from openai.pagination import AsyncCursorPage, AsyncPage, SyncCursorPage, SyncPage
from openai.types.vector_stores import (
    FileContentResponse,
    VectorStoreFile,
    VectorStoreFileBatch,
    VectorStoreFileDeleted,
)
from tests.utils import BASE_URL
from tests.utils.multipart import by_name, parts_of
from tests.utils.payloads import STATIC, batch, vs_file
from tests.utils.requests import (
    assert_follows_cursor,
    bad_arguments_test,
    case,
    collect,
    on_the_wire,
    page_of,
    request_test,
    send,
)
from tests.utils.servers import replies

from .utils import run

pytestmark = pytest.mark.anyio

FILES_URL = BASE_URL + "/vector_stores/vs_1/files"
FILE_URL = FILES_URL + "/file-1"
BATCH_URL = BASE_URL + "/vector_stores/vs_1/file_batches/vsfb_1"
UPLOADED = {
    "id": "file-up",
    "object": "file",
    "bytes": 3,
    "created_at": 1699061776,
    "filename": "notes.txt",
    "purpose": "assistants",
}
CONTENT_PAGE = {
    "object": "vector_store.file_content.page",
    "data": [{"type": "text", "text": "Refunds take"}, {"type": "text", "text": " 5 days."}],
    "has_more": False,
    "next_page": None,
}


def wire(respx_mock: respx.MockRouter) -> List[Any]:
    """Every request sent, in order, as `("VERB /path", JSON body or None)` (multipart: the form)."""
    out = []
    for call in respx_mock.calls:
        request = call.request
        if request.headers.get("content-type", "").startswith("multipart/form-data"):
            form = {p.name: p.filename or p.content.decode() for p in parts_of(request)}
            out.append((f"{request.method} {request.url.path}", form))
        else:
            out.append(on_the_wire(request))
    return out


CURSOR = (SyncCursorPage, AsyncCursorPage)
CREATE_ALL = {"file_id": "file-1", "attributes": {"lang": "en", "year": 2024}, "chunking_strategy": STATIC}
CASES = [
    case(
        "create",
        lambda c: c.vector_stores.files.create("vs_1", file_id="file-1"),
        "POST /v1/vector_stores/vs_1/files",
        {"file_id": "file-1"},
        vs_file(),
        VectorStoreFile,
    ),
    case(
        "create-all-params",
        lambda c: c.vector_stores.files.create("vs_1", **CREATE_ALL),
        "POST /v1/vector_stores/vs_1/files",
        CREATE_ALL,
        vs_file(),
        VectorStoreFile,
    ),
    case(
        "retrieve",
        lambda c: c.vector_stores.files.retrieve("file-1", vector_store_id="vs_1"),
        "GET /v1/vector_stores/vs_1/files/file-1",
        None,
        vs_file(),
        VectorStoreFile,
    ),
    case(
        "update",
        lambda c: c.vector_stores.files.update("file-1", vector_store_id="vs_1", attributes={"lang": "fr"}),
        "POST /v1/vector_stores/vs_1/files/file-1",
        {"attributes": {"lang": "fr"}},
        vs_file(),
        VectorStoreFile,
    ),
    case(
        "update-clears-the-attributes",
        lambda c: c.vector_stores.files.update("file-1", vector_store_id="vs_1", attributes=None),
        "POST /v1/vector_stores/vs_1/files/file-1",
        {"attributes": None},
        vs_file(),
        VectorStoreFile,
    ),
    case(
        "list",
        lambda c: c.vector_stores.files.list("vs_1"),
        "GET /v1/vector_stores/vs_1/files",
        None,
        page_of(vs_file()),
        CURSOR,
    ),
    case(
        "list-all-params",
        lambda c: c.vector_stores.files.list(
            "vs_1", after="file-0", before="file-9", filter="failed", limit=3, order="desc"
        ),
        "GET /v1/vector_stores/vs_1/files?after=file-0&before=file-9&filter=failed&limit=3&order=desc",
        None,
        page_of(vs_file()),
        CURSOR,
    ),
    case(
        "delete",
        lambda c: c.vector_stores.files.delete("file-1", vector_store_id="vs_1"),
        "DELETE /v1/vector_stores/vs_1/files/file-1",
        None,
        {"id": "file-1", "object": "vector_store.file.deleted", "deleted": True},
        VectorStoreFileDeleted,
    ),
    case(
        "content",
        lambda c: c.vector_stores.files.content("file-1", vector_store_id="vs_1"),
        "GET /v1/vector_stores/vs_1/files/file-1/content",
        None,
        CONTENT_PAGE,
        (SyncPage, AsyncPage),
    ),
]

test_request_and_result = request_test(CASES)


async def test_content_is_the_parsed_text_in_parts(api: Any, respx_mock: respx.MockRouter) -> None:
    respx_mock.get(FILE_URL + "/content").respond(200, json=CONTENT_PAGE)
    parts = await collect(api.vector_stores.files.content("file-1", vector_store_id="vs_1"))
    assert all(isinstance(p, FileContentResponse) for p in parts)
    assert "".join(p.text for p in parts) == "Refunds take 5 days."


async def test_files_are_typed(api: Any, respx_mock: respx.MockRouter) -> None:
    _, file = await send(
        api, respx_mock, lambda c: c.vector_stores.files.retrieve("file-1", vector_store_id="vs_1"), vs_file("failed")
    )
    assert (file.status, file.attributes, file.chunking_strategy.static.max_chunk_size_tokens) == (
        "failed",
        {"lang": "en"},
        800,
    )


async def test_list_follows_the_cursor(api: Any, respx_mock: respx.MockRouter) -> None:
    files = await assert_follows_cursor(
        api, respx_mock, FILES_URL, lambda c: c.vector_stores.files.list("vs_1"), [vs_file()], [vs_file(id="file-2")]
    )
    assert all(isinstance(f, VectorStoreFile) for f in files)


test_bad_arguments = bad_arguments_test(
    [
        pytest.param(
            lambda c: c.vector_stores.files.retrieve("file-1", vector_store_id=""),
            ValueError,
            "`vector_store_id`",
            id="empty-store-id",
        ),
        pytest.param(
            lambda c: c.vector_stores.files.delete("", vector_store_id="vs_1"),
            ValueError,
            "Expected a non-empty value for `file_id`",
            id="empty-file-id",
        ),
        pytest.param(
            lambda c: c.vector_stores.files.create("vs_1"),
            TypeError,
            r"missing\ 1\ required\ keyword\-only\ argument:\ 'file_id'",
            id="create-without-file-id",
        ),
        pytest.param(
            lambda c: c.vector_stores.files.update("file-1", vector_store_id="vs_1"),
            TypeError,
            r"missing\ 1\ required\ keyword\-only\ argument:\ 'attributes'",
            id="update-without-attributes",
        ),
        pytest.param(
            lambda c: c.vector_stores.files.list("vs_1", filters="failed"),
            TypeError,
            r"got\ an\ unexpected\ keyword\ argument\ 'filters';\ did\ you\ mean\ `filter`\?",
            id="list-misspelt-keyword",
        ),
    ]
)


# ----------------------------------------------------------------------------- helpers built on create + poll


async def test_create_and_poll_creates_then_polls_until_done(
    api: Any, respx_mock: respx.MockRouter, sleeps: List[float]
) -> None:
    respx_mock.post(FILES_URL).respond(200, json=vs_file("in_progress"))
    respx_mock.get(FILE_URL).side_effect = replies(vs_file("in_progress"), vs_file("completed"))
    file = await run(
        api.vector_stores.files.create_and_poll(
            "file-1", vector_store_id="vs_1", attributes={"lang": "en"}, chunking_strategy=STATIC, poll_interval_ms=10
        )
    )
    assert isinstance(file, VectorStoreFile) and file.status == "completed"
    assert wire(respx_mock) == [
        (
            "POST /v1/vector_stores/vs_1/files",
            {"file_id": "file-1", "attributes": {"lang": "en"}, "chunking_strategy": STATIC},
        ),
        ("GET /v1/vector_stores/vs_1/files/file-1", None),
        ("GET /v1/vector_stores/vs_1/files/file-1", None),
    ]
    assert sleeps == [0.01]


async def test_upload_sends_the_file_then_adds_it(api: Any, respx_mock: respx.MockRouter) -> None:
    respx_mock.post(BASE_URL + "/files").respond(200, json=UPLOADED)
    respx_mock.post(FILES_URL).respond(200, json=vs_file("in_progress", id="file-up"))
    file = await run(
        api.vector_stores.files.upload(vector_store_id="vs_1", file=("notes.txt", b"hi!"), chunking_strategy=STATIC)
    )
    assert (file.id, file.status) == ("file-up", "in_progress")  # returned as created: no polling
    assert wire(respx_mock) == [
        ("POST /v1/files", {"purpose": "assistants", "file": "notes.txt"}),
        ("POST /v1/vector_stores/vs_1/files", {"file_id": "file-up", "chunking_strategy": STATIC}),
    ]
    assert by_name(parts_of(respx_mock.calls[0].request))["file"].content == b"hi!"


async def test_upload_and_poll_uploads_adds_and_waits(
    api: Any, respx_mock: respx.MockRouter, sleeps: List[float]
) -> None:
    respx_mock.post(BASE_URL + "/files").respond(200, json=UPLOADED)
    respx_mock.post(FILES_URL).respond(200, json=vs_file("in_progress", id="file-up"))
    respx_mock.get(FILES_URL + "/file-up").side_effect = replies(
        vs_file("in_progress", id="file-up"), vs_file("failed", id="file-up")
    )
    file = await run(
        api.vector_stores.files.upload_and_poll(vector_store_id="vs_1", file=b"hi!", attributes={"lang": "en"})
    )
    assert (file.id, file.status) == ("file-up", "failed")
    assert wire(respx_mock) == [
        ("POST /v1/files", {"purpose": "assistants", "file": "upload"}),
        ("POST /v1/vector_stores/vs_1/files", {"file_id": "file-up", "attributes": {"lang": "en"}}),
        ("GET /v1/vector_stores/vs_1/files/file-up", None),
        ("GET /v1/vector_stores/vs_1/files/file-up", None),
    ]
    assert sleeps == [1.0]


async def test_a_failed_upload_adds_nothing(api: Any, respx_mock: respx.MockRouter) -> None:
    respx_mock.post(BASE_URL + "/files").respond(
        400, json={"error": {"message": "bad file", "type": "invalid_request_error"}}
    )
    added = respx_mock.post(FILES_URL)
    with pytest.raises(openai.BadRequestError, match="bad file"):
        await run(api.vector_stores.files.upload_and_poll(vector_store_id="vs_1", file=b"x"))
    assert not added.called


# ----------------------------------------------------------------------------- polling (files and batches)


Poll = Callable[..., Any]
POLLERS = [
    pytest.param(
        lambda c, **kw: c.vector_stores.files.poll("file-1", vector_store_id="vs_1", **kw),
        FILE_URL,
        vs_file,
        id="files",
    ),
    pytest.param(
        lambda c, **kw: c.vector_stores.file_batches.poll("vsfb_1", vector_store_id="vs_1", **kw),
        BATCH_URL,
        batch,
        id="file_batches",
    ),
]
polls = pytest.mark.parametrize("poll, url, make", POLLERS)


@polls
@pytest.mark.parametrize("terminal", ["completed", "failed", "cancelled"])
async def test_poll_stops_at_a_terminal_state(
    api: Any, respx_mock: respx.MockRouter, sleeps: List[float], poll: Poll, url: str, make: Any, terminal: str
) -> None:
    route = respx_mock.get(url)
    route.side_effect = replies(make("in_progress"), make("in_progress"), make(terminal), make("in_progress"))
    result = await run(poll(api))
    assert isinstance(result, (VectorStoreFile, VectorStoreFileBatch))
    assert result.status == terminal
    assert route.call_count == 3
    assert sleeps == [1.0, 1.0]  # no interval given, no advice from the server: one second


@polls
async def test_poll_of_a_settled_object_asks_once(
    api: Any, respx_mock: respx.MockRouter, sleeps: List[float], poll: Poll, url: str, make: Any
) -> None:
    route = respx_mock.get(url).respond(200, json=make("completed"))
    assert (await run(poll(api))).status == "completed"
    assert (route.call_count, sleeps) == (1, [])


@polls
async def test_poll_keeps_the_servers_first_advice(
    api: Any, respx_mock: respx.MockRouter, sleeps: List[float], poll: Poll, url: str, make: Any
) -> None:
    # As the official client: the interval is chosen at the first pause and then kept.
    advice = [{"openai-poll-after-ms": "1500"}, {"openai-poll-after-ms": "250"}, {}, {}]
    respx_mock.get(url).side_effect = replies(
        make("in_progress"), make("in_progress"), make("in_progress"), make("completed"), headers=advice
    )
    await run(poll(api))
    assert sleeps == [1.5, 1.5, 1.5]


@pytest.mark.parametrize("status", ["queued", "processing", ""])
async def test_file_poll_stops_at_any_status_but_in_progress(
    api: Any, respx_mock: respx.MockRouter, sleeps: List[float], status: str
) -> None:
    # A status this client does not know ends the wait, as in the official client.
    route = respx_mock.get(FILE_URL)
    route.side_effect = replies(vs_file("in_progress"), vs_file(status), vs_file("completed"))
    result = await run(api.vector_stores.files.poll("file-1", vector_store_id="vs_1"))
    assert result.status == status
    assert route.call_count == 2 and sleeps == [1.0]


async def test_batch_poll_follows_the_file_counts_not_the_status(
    api: Any, respx_mock: respx.MockRouter, sleeps: List[float]
) -> None:
    # As the official client: a batch is polled while a file of it is in progress, whatever its status.
    route = respx_mock.get(BATCH_URL)
    route.side_effect = replies(
        batch("completed", in_progress=2),
        batch("cancelled", in_progress=1),
        batch("in_progress", in_progress=0),
        batch("completed"),
    )
    result = await run(api.vector_stores.file_batches.poll("vsfb_1", vector_store_id="vs_1"))
    assert (result.status, result.file_counts.in_progress) == ("in_progress", 0)
    assert route.call_count == 3 and sleeps == [1.0, 1.0]


@polls
async def test_poll_interval_given_overrides_the_server(
    api: Any, respx_mock: respx.MockRouter, sleeps: List[float], poll: Poll, url: str, make: Any
) -> None:
    advice = [{"openai-poll-after-ms": "5000"}] * 3
    respx_mock.get(url).side_effect = replies(
        make("in_progress"), make("in_progress"), make("completed"), headers=advice
    )
    await run(poll(api, poll_interval_ms=200))
    assert sleeps == [0.2, 0.2]


@polls
async def test_poll_ignores_malformed_advice(
    api: Any, respx_mock: respx.MockRouter, sleeps: List[float], poll: Poll, url: str, make: Any
) -> None:
    advice = [{"openai-poll-after-ms": "soon"}, {}]
    respx_mock.get(url).side_effect = replies(make("in_progress"), make("completed"), headers=advice)
    await run(poll(api))
    assert sleeps == [1.0]


@polls
@pytest.mark.parametrize("interval, custom_header", [(None, None), (300, "300")])
async def test_poll_requests_say_they_poll(
    api: Any,
    respx_mock: respx.MockRouter,
    sleeps: List[float],
    poll: Poll,
    url: str,
    make: Any,
    interval: Optional[int],
    custom_header: Optional[str],
) -> None:
    route = respx_mock.get(url)
    route.side_effect = replies(make("in_progress"), make("completed"))
    await run(poll(api) if interval is None else poll(api, poll_interval_ms=interval))
    for sent in route.calls:
        headers = sent.request.headers
        assert headers["X-Stainless-Poll-Helper"] == "true"
        assert headers.get("X-Stainless-Custom-Poll-Interval") == custom_header
        assert headers["OpenAI-Beta"] == "assistants=v2"
    assert route.call_count == 2


@polls
async def test_poll_raises_an_api_error(
    api: Any, respx_mock: respx.MockRouter, sleeps: List[float], poll: Poll, url: str, make: Any
) -> None:
    missing = httpx.Response(404, json={"error": {"message": "No such file", "type": "invalid_request_error"}})
    respx_mock.get(url).side_effect = [httpx.Response(200, json=make("in_progress")), missing]
    with pytest.raises(openai.NotFoundError, match="No such file"):
        await run(poll(api))


@polls
async def test_async_poll_stops_when_cancelled(
    async_client: openai.AsyncOpenAI, respx_mock: respx.MockRouter, poll: Poll, url: str, make: Any
) -> None:
    route = respx_mock.get(url).respond(200, json=make("in_progress"))
    with anyio.move_on_after(0.25) as scope:
        await poll(async_client, poll_interval_ms=50)
    assert scope.cancelled_caught
    asked = route.call_count
    assert asked >= 2  # it was polling...
    await anyio.sleep(0.2)
    assert route.call_count == asked  # ...and nothing goes on in the background
