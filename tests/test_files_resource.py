"""`files.*` on the wire (respx), each test run with the sync and the async client.

Covers the multipart upload of every file form, list filters and cursor pagination, binary
content (also streamed to disk without buffering), the deprecated `retrieve_content`, and
`wait_for_processing` polling with the sleep stubbed and a fake clock.
"""

from __future__ import annotations

import inspect
import io
import json
import pathlib
from typing import Any, Dict, Iterator, List

import httpx
import pytest
import respx

import openai
from openai import HttpxBinaryResponseContent
from openai.resources import files as files_module
from openai.types import FileDeleted, FileObject
from tests.utils import run
from tests.utils.multipart import by_name, parts_of
from tests.utils.servers import CHUNKS, Server

pytestmark = pytest.mark.anyio

BASE_URL = "http://api.test/v1"
JSONL = b'{"custom_id": "1"}\n'


def file_json(file_id: str = "file-1", status: str = "processed") -> Dict[str, Any]:
    return {
        "id": file_id,
        "object": "file",
        "bytes": len(JSONL),
        "created_at": 1,
        "filename": "a.jsonl",
        "purpose": "batch",
        "status": status,
    }


@pytest.fixture
def mock() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        yield router


def last_request(mock: respx.MockRouter) -> httpx.Request:
    return mock.calls.last.request


# ----------------------------------------------------------------------------- create (multipart)


@pytest.fixture
def jsonl_path(tmp_path: pathlib.Path) -> pathlib.Path:
    path = tmp_path / "train data.jsonl"
    path.write_bytes(JSONL)
    return path


# Each accepted `file` form: (build the value from the path, expected filename, expected content type).
FILE_FORMS: Dict[str, Any] = {
    "bytes": (lambda path: JSONL, "upload", "application/octet-stream"),
    "path": (lambda path: path, "train data.jsonl", "application/octet-stream"),
    "file object": (lambda path: open(path, "rb"), "train data.jsonl", "application/octet-stream"),
    "tuple": (lambda path: ("named.jsonl", JSONL), "named.jsonl", "application/octet-stream"),
    "tuple with type": (lambda path: ("named.jsonl", JSONL, "application/jsonl"), "named.jsonl", "application/jsonl"),
}


@pytest.mark.parametrize("form", list(FILE_FORMS))
async def test_create_sends_the_file_as_multipart(
    api: Any, mock: respx.MockRouter, jsonl_path: pathlib.Path, form: str
) -> None:
    mock.post("/files").respond(json=file_json())
    build, filename, content_type = FILE_FORMS[form]
    value = build(jsonl_path)
    try:
        created = await run(api.files.create(file=value, purpose="fine-tune"))
    finally:
        if isinstance(value, io.IOBase):
            value.close()
    assert isinstance(created, FileObject) and created.id == "file-1"
    request = last_request(mock)
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    parts = by_name(parts_of(request))
    assert set(parts) == {"file", "purpose"}
    assert (parts["file"].filename, parts["file"].content_type, parts["file"].content) == (
        filename,
        content_type,
        JSONL,
    )
    assert parts["purpose"].filename is None and parts["purpose"].content == b"fine-tune"


async def test_create_sends_expires_after_as_bracketed_fields(api: Any, mock: respx.MockRouter) -> None:
    mock.post("/files").respond(json=file_json())
    await run(api.files.create(file=JSONL, purpose="batch", expires_after={"anchor": "created_at", "seconds": 3600}))
    parts = by_name(parts_of(last_request(mock)))
    assert parts["expires_after[anchor]"].content == b"created_at"
    assert parts["expires_after[seconds]"].content == b"3600"


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"file": JSONL}, "missing 1 required keyword-only argument: 'purpose'"),
        ({"file": JSONL, "purpose": "batch", "purpse": "x"}, "'purpse'; did you mean `purpose`"),
    ],
)
async def test_create_checks_its_keywords_before_sending(
    api: Any, mock: respx.MockRouter, kwargs: Dict[str, Any], message: str
) -> None:
    route = mock.post("/files").respond(json=file_json())
    with pytest.raises(TypeError, match=message):
        await run(api.files.create(**kwargs))
    assert not route.called


async def test_create_rejects_a_string_file(api: Any, mock: respx.MockRouter) -> None:
    route = mock.post("/files").respond(json=file_json())
    message = (
        "Expected entry at `file` to be bytes, an io.IOBase instance, PathLike or a tuple but received "
        "<class 'str'> instead. See https://github.com/openai/openai-python/tree/main#file-uploads"
    )
    with pytest.raises(RuntimeError) as info:
        await run(api.files.create(file="not a file", purpose="batch"))
    assert str(info.value) == message
    assert not route.called


# ----------------------------------------------------------------------------- retrieve, delete, list


async def test_retrieve(api: Any, mock: respx.MockRouter) -> None:
    route = mock.get("/files/file-1").respond(json=file_json(), headers={"x-request-id": "req_1"})
    file = await run(api.files.retrieve("file-1"))
    assert route.called and isinstance(file, FileObject)
    assert (file.filename, file.status, file._request_id) == ("a.jsonl", "processed", "req_1")


async def test_delete(api: Any, mock: respx.MockRouter) -> None:
    route = mock.delete("/files/file-1").respond(json={"id": "file-1", "object": "file", "deleted": True})
    deleted = await run(api.files.delete("file-1"))
    assert route.called and isinstance(deleted, FileDeleted) and deleted.deleted is True


@pytest.mark.filterwarnings("ignore:The `.content\\(\\)` method:DeprecationWarning")
@pytest.mark.parametrize("method", ["retrieve", "delete", "content", "retrieve_content"])
async def test_empty_file_id_is_rejected(api: Any, mock: respx.MockRouter, method: str) -> None:
    with pytest.raises(ValueError, match="Expected a non-empty value for `file_id`"):
        await run(getattr(api.files, method)(""))
    assert not mock.calls


def list_page(ids: List[str], has_more: bool) -> Dict[str, Any]:
    return {"object": "list", "data": [file_json(i) for i in ids], "has_more": has_more}


async def test_list_sends_its_filters_as_query_params(api: Any, mock: respx.MockRouter) -> None:
    mock.get("/files").respond(json=list_page(["file-1"], False))
    page = await run(api.files.list(purpose="batch", order="asc", limit=2, after="file-0"))
    assert [f.id for f in page.data] == ["file-1"]
    assert dict(last_request(mock).url.params) == {"purpose": "batch", "order": "asc", "limit": "2", "after": "file-0"}


def two_pages(mock: respx.MockRouter) -> respx.Route:
    pages = [list_page(["f1", "f2"], True), list_page(["f3"], False)]
    return mock.get("/files").mock(side_effect=[httpx.Response(200, json=page) for page in pages])


def test_list_iterates_every_page(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    route = two_pages(mock)
    assert [f.id for f in client.files.list(limit=2)] == ["f1", "f2", "f3"]
    assert route.calls[1].request.url.params["after"] == "f2"
    assert route.calls[1].request.url.params["limit"] == "2"


async def test_async_list_iterates_every_page(async_client: openai.AsyncOpenAI, mock: respx.MockRouter) -> None:
    route = two_pages(mock)
    assert [f.id async for f in async_client.files.list(purpose="batch")] == ["f1", "f2", "f3"]
    assert dict(route.calls[1].request.url.params) == {"purpose": "batch", "after": "f2"}


# ----------------------------------------------------------------------------- content


async def test_content_returns_the_bytes(api: Any, mock: respx.MockRouter) -> None:
    mock.get("/files/file-1/content").respond(
        content=b"\x00\x01binary", headers={"content-type": "application/octet-stream"}
    )
    content = await run(api.files.content("file-1"))
    assert isinstance(content, HttpxBinaryResponseContent)
    assert content.content == b"\x00\x01binary"
    assert last_request(mock).headers["accept"] == "application/binary"


async def test_content_accept_header_can_be_overridden(api: Any, mock: respx.MockRouter) -> None:
    mock.get("/files/file-1/content").respond(content=b"x")
    await run(api.files.content("file-1", extra_headers={"Accept": "text/plain"}))
    assert last_request(mock).headers.get_list("accept") == ["text/plain"]


def test_content_streams_to_a_file_without_buffering(
    client: openai.OpenAI, mock: respx.MockRouter, tmp_path: pathlib.Path
) -> None:
    server = Server()
    mock.get("/files/file-1/content").mock(side_effect=server.respond)
    target = tmp_path / "out.bin"
    with client.files.with_streaming_response.content("file-1") as response:
        assert server.pulled == 0  # nothing read before we ask
        response.stream_to_file(target, chunk_size=1024)
        with pytest.raises(httpx.ResponseNotRead):  # the body never sat in memory as a whole
            _ = response.http_response.content
    assert response.is_closed
    assert target.read_bytes() == b"".join(CHUNKS)
    assert server.pulled == len(CHUNKS)


async def test_async_content_streams_to_a_file_without_buffering(
    async_client: openai.AsyncOpenAI, mock: respx.MockRouter, tmp_path: pathlib.Path
) -> None:
    server = Server()
    mock.get("/files/file-1/content").mock(side_effect=server.respond)
    target = tmp_path / "out.bin"
    async with async_client.files.with_streaming_response.content("file-1") as response:
        assert server.pulled == 0
        await response.stream_to_file(target, chunk_size=1024)
        with pytest.raises(httpx.ResponseNotRead):
            _ = response.http_response.content
    assert response.is_closed
    assert target.read_bytes() == b"".join(CHUNKS)


async def test_retrieve_content_warns_and_returns_text(api: Any, mock: respx.MockRouter) -> None:
    mock.get("/files/file-1/content").respond(text="line 1\nline 2\n")
    with pytest.warns(DeprecationWarning, match=r"The `\.content\(\)` method should be used instead") as caught:
        text = await run(api.files.retrieve_content("file-1"))
    assert text == "line 1\nline 2\n"
    # Attributed to the caller (the test, or `run` awaiting for it), not to the library.
    assert caught[0].filename in (__file__, inspect.getfile(run))


async def test_raw_response_parses_to_the_file(api: Any, mock: respx.MockRouter) -> None:
    mock.get("/files/file-1").respond(json=file_json(), headers={"x-request-id": "req_raw"})
    raw = await run(api.files.with_raw_response.retrieve("file-1"))
    assert raw.request_id == "req_raw"
    assert raw.parse().id == "file-1"
    assert json.loads(raw.text)["filename"] == "a.jsonl"


# ----------------------------------------------------------------------------- wait_for_processing


@pytest.fixture
def clock(sleeps: List[float], monkeypatch: pytest.MonkeyPatch) -> List[float]:
    """Stubbed sleeps that advance a fake clock: time passes only when the poller sleeps."""
    monkeypatch.setattr(files_module, "_now", lambda: sum(sleeps))
    return sleeps


def serve_statuses(mock: respx.MockRouter, statuses: List[str]) -> respx.Route:
    responses = [httpx.Response(200, json=file_json(status=s)) for s in statuses]
    return mock.get("/files/file-1").mock(side_effect=responses)


async def test_wait_for_processing_polls_until_processed(api: Any, mock: respx.MockRouter, clock: List[float]) -> None:
    route = serve_statuses(mock, ["uploaded", "uploaded", "processed"])
    file = await run(api.files.wait_for_processing("file-1"))
    assert file.status == "processed"
    assert route.call_count == 3
    assert clock == [5.0, 5.0]


@pytest.mark.parametrize("final", ["error", "deleted"])
async def test_wait_for_processing_stops_at_any_final_status(
    api: Any, mock: respx.MockRouter, clock: List[float], final: str
) -> None:
    route = serve_statuses(mock, ["uploaded", final])
    file = await run(api.files.wait_for_processing("file-1", poll_interval=0.5))
    assert file.status == final
    assert route.call_count == 2 and clock == [0.5]


async def test_wait_for_processing_returns_at_once_when_already_done(
    api: Any, mock: respx.MockRouter, clock: List[float]
) -> None:
    route = serve_statuses(mock, ["processed"])
    assert (await run(api.files.wait_for_processing("file-1"))).status == "processed"
    assert route.call_count == 1 and clock == []


async def test_wait_for_processing_gives_up_after_max_wait(
    api: Any, mock: respx.MockRouter, clock: List[float]
) -> None:
    route = mock.get("/files/file-1").respond(json=file_json(status="uploaded"))
    message = "Giving up on waiting for file file-1 to finish processing after 12 seconds."
    with pytest.raises(RuntimeError) as info:
        await run(api.files.wait_for_processing("file-1", poll_interval=5, max_wait_seconds=12))
    assert str(info.value) == message
    # As the official client: every pause is the full interval, and the deadline is checked
    # after each new look (at 5, 10, then 15 seconds).
    assert clock == [5, 5, 5]
    assert route.call_count == 4


async def test_wait_for_processing_past_the_deadline_fails_even_if_the_last_look_is_done(
    api: Any, mock: respx.MockRouter, clock: List[float]
) -> None:
    route = serve_statuses(mock, ["uploaded", "processed"])
    with pytest.raises(RuntimeError, match="^Giving up on waiting for file file-1 .* after 0 seconds[.]$"):
        await run(api.files.wait_for_processing("file-1", poll_interval=1, max_wait_seconds=0))
    assert route.call_count == 2 and clock == [1]


async def test_wait_for_processing_measures_with_the_wall_clock(
    api: Any, mock: respx.MockRouter, sleeps: List[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests that patch `time.time` (as they do for the official client) see the same timeouts.
    ticks = iter([1000.0, 1000.0 + 31 * 60])
    real_time = files_module.time.time
    serve_statuses(mock, ["uploaded", "uploaded"])
    monkeypatch.setattr(files_module.time, "time", lambda: next(ticks, real_time()))
    with pytest.raises(RuntimeError, match="after 1800 seconds"):
        await run(api.files.wait_for_processing("file-1"))
