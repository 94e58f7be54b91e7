"""`containers.*` over respx, on the sync and the async client: what each method sends and returns,
`files.create` as multipart (an upload: bytes, path, file object, tuple, or only a `file_id`), the
empty-bodied deletes, and the binary `files.content.retrieve` streamed to disk chunk by chunk."""

from __future__ import annotations

import pathlib
from typing import Any, Callable

import pytest
import respx

import openai
from openai import HttpxBinaryResponseContent
from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types import ContainerCreateResponse, ContainerListResponse, ContainerRetrieveResponse
from openai.types.containers import FileCreateResponse, FileListResponse, FileRetrieveResponse
from tests.utils.multipart import parts_of
from tests.utils.requests import assert_follows_cursor, bad_arguments_test, case, page_of, request_test, send
from tests.utils.servers import BODY, CHUNKS, Server, not_buffered

from .utils import run

pytestmark = pytest.mark.anyio

CONTAINER = {
    "id": "cntr_1",
    "object": "container",
    "created_at": 1747857508,
    "name": "sandbox",
    "status": "running",
    "expires_after": {"anchor": "last_active_at", "minutes": 20},
}
FILE = {
    "id": "cfile_1",
    "object": "container.file",
    "container_id": "cntr_1",
    "created_at": 1747857508,
    "bytes": 8,
    "path": "/mnt/data/data.csv",
    "source": "user",
}
CSV = b"a,b\n1,2\n"
FILES_URL = "http://api.test/v1/containers/cntr_1/files"
CONTENT_URL = FILES_URL + "/cfile_1/content"


PAGES = (SyncCursorPage, AsyncCursorPage)
CASES = [
    case(
        "create",
        lambda c: c.containers.create(name="sandbox"),
        "POST /v1/containers",
        {"name": "sandbox"},
        CONTAINER,
        ContainerCreateResponse,
    ),
    case(
        "create-all-params",
        lambda c: c.containers.create(
            name="sandbox", expires_after={"anchor": "last_active_at", "minutes": 20}, file_ids=["file-1"]
        ),
        "POST /v1/containers",
        {"name": "sandbox", "expires_after": {"anchor": "last_active_at", "minutes": 20}, "file_ids": ["file-1"]},
        CONTAINER,
        ContainerCreateResponse,
    ),
    case(
        "retrieve",
        lambda c: c.containers.retrieve("cntr_1"),
        "GET /v1/containers/cntr_1",
        None,
        CONTAINER,
        ContainerRetrieveResponse,
    ),
    case("list", lambda c: c.containers.list(), "GET /v1/containers", None, page_of(CONTAINER), PAGES),
    case(
        "list-all-params",
        lambda c: c.containers.list(after="cntr_0", limit=3, order="asc"),
        "GET /v1/containers?after=cntr_0&limit=3&order=asc",
        None,
        page_of(CONTAINER),
        PAGES,
    ),
    case(
        "files.retrieve",
        lambda c: c.containers.files.retrieve("cfile_1", container_id="cntr_1"),
        "GET /v1/containers/cntr_1/files/cfile_1",
        None,
        FILE,
        FileRetrieveResponse,
    ),
    case(
        "files.list",
        lambda c: c.containers.files.list("cntr_1"),
        "GET /v1/containers/cntr_1/files",
        None,
        page_of(FILE),
        PAGES,
    ),
    case(
        "files.list-all-params",
        lambda c: c.containers.files.list("cntr_1", after="cfile_0", limit=2, order="desc"),
        "GET /v1/containers/cntr_1/files?after=cfile_0&limit=2&order=desc",
        None,
        page_of(FILE),
        PAGES,
    ),
]


test_request_and_result = request_test(CASES)


async def test_listed_containers_are_typed(api: Any, respx_mock: respx.MockRouter) -> None:
    _, containers = await send(api, respx_mock, lambda c: c.containers.list(), page_of(CONTAINER))
    assert isinstance(containers.data[0], ContainerListResponse)
    assert containers.data[0].expires_after.minutes == 20


async def test_listed_files_are_typed(api: Any, respx_mock: respx.MockRouter) -> None:
    _, files = await send(api, respx_mock, lambda c: c.containers.files.list("cntr_1"), page_of(FILE))
    assert isinstance(files.data[0], FileListResponse)
    assert files.data[0].path == "/mnt/data/data.csv"


async def test_files_list_follows_the_cursor(api: Any, respx_mock: respx.MockRouter) -> None:
    second = {**FILE, "id": "cfile_2"}
    files = await assert_follows_cursor(
        api, respx_mock, FILES_URL, lambda c: c.containers.files.list("cntr_1"), [FILE], [second]
    )
    assert all(isinstance(f, FileListResponse) for f in files)


@pytest.mark.parametrize(
    "call, line",
    [
        pytest.param(lambda c: c.containers.delete("cntr_1"), "/v1/containers/cntr_1", id="containers.delete"),
        pytest.param(
            lambda c: c.containers.files.delete("cfile_1", container_id="cntr_1"),
            "/v1/containers/cntr_1/files/cfile_1",
            id="files.delete",
        ),
    ],
)
async def test_delete_accepts_an_empty_answer(api: Any, respx_mock: respx.MockRouter, call: Any, line: str) -> None:
    route = respx_mock.delete(f"http://api.test{line}").respond(200, content=b"")
    assert await run(call(api)) is None
    request = route.calls.last.request
    assert request.headers["accept"] == "*/*"
    assert request.content == b""


# ----------------------------------------------------------------------------- files.create: multipart or JSON


@pytest.fixture
def csv_path(tmp_path: pathlib.Path) -> pathlib.Path:
    path = tmp_path / "data.csv"
    path.write_bytes(CSV)
    return path


def opened(path: pathlib.Path) -> Any:
    return path.open("rb")


@pytest.mark.parametrize(
    "make_file, filename, content_type",
    [
        pytest.param(lambda path: CSV, "upload", "application/octet-stream", id="bytes"),
        pytest.param(lambda path: path, "data.csv", "text/csv", id="path"),
        pytest.param(opened, "data.csv", "text/csv", id="file-object"),
        pytest.param(lambda path: ("renamed.csv", CSV), "renamed.csv", "text/csv", id="tuple"),
        pytest.param(
            lambda path: ("notes.bin", CSV, "application/x-custom"),
            "notes.bin",
            "application/x-custom",
            id="typed-tuple",
        ),
        pytest.param(lambda path: ("data.csv", path), "data.csv", "text/csv", id="tuple-with-path"),
    ],
)
async def test_files_create_uploads_as_multipart(
    api: Any,
    respx_mock: respx.MockRouter,
    csv_path: pathlib.Path,
    make_file: Callable[[pathlib.Path], Any],
    filename: str,
    content_type: str,
) -> None:
    route = respx_mock.post(FILES_URL).respond(200, json=FILE)
    file = make_file(csv_path)
    try:
        created = await run(api.containers.files.create("cntr_1", file=file))
    finally:
        if hasattr(file, "close"):
            file.close()
    assert isinstance(created, FileCreateResponse)
    request = route.calls.last.request
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    [part] = parts_of(request)
    assert (part.name, part.filename, part.content_type, part.content) == ("file", filename, content_type, CSV)


async def test_files_create_from_file_id_is_multipart_too(api: Any, respx_mock: respx.MockRouter) -> None:
    # As the official client sends it: multipart, even with no file among the fields.
    route = respx_mock.post(FILES_URL).respond(200, json=FILE)
    result = await run(api.containers.files.create("cntr_1", file_id="file-1"))
    assert isinstance(result, FileCreateResponse)
    request = route.calls.last.request
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    parts = parts_of(request)
    assert [(p.name, p.filename, p.content) for p in parts] == [("file_id", None, b"file-1")]


# ----------------------------------------------------------------------------- files.content.retrieve (binary)


@pytest.fixture
def server(respx_mock: respx.MockRouter) -> Server:
    server = Server()
    respx_mock.get(CONTENT_URL).mock(side_effect=server.respond)
    return server


async def test_content_retrieve_returns_the_bytes(api: Any, respx_mock: respx.MockRouter, server: Server) -> None:
    content = await run(api.containers.files.content.retrieve("cfile_1", container_id="cntr_1"))
    assert isinstance(content, HttpxBinaryResponseContent)
    assert content.content == BODY
    assert respx_mock.calls.last.request.headers["accept"] == "application/binary"


def test_content_streams_to_a_file(client: openai.OpenAI, server: Server, tmp_path: pathlib.Path) -> None:
    target = tmp_path / "out.bin"
    with client.containers.files.content.with_streaming_response.retrieve("cfile_1", container_id="cntr_1") as response:
        assert server.pulled == 0  # nothing read before asked
        response.stream_to_file(target)
    assert target.read_bytes() == BODY
    assert server.pulled == len(CHUNKS)
    # Written piece by piece: httpx never held the whole body in memory.
    assert not_buffered(response.http_response)
    assert response.is_closed


async def test_async_content_streams_to_a_file(
    async_client: openai.AsyncOpenAI, server: Server, tmp_path: pathlib.Path
) -> None:
    target = tmp_path / "out.bin"
    streaming = async_client.containers.files.content.with_streaming_response
    async with streaming.retrieve("cfile_1", container_id="cntr_1") as response:
        assert server.pulled == 0
        await response.stream_to_file(target)
    assert target.read_bytes() == BODY
    assert server.pulled == len(CHUNKS)
    assert not_buffered(response.http_response)
    assert response.is_closed


# ----------------------------------------------------------------------------- argument checks


BAD_ARGUMENTS = [
    pytest.param(
        lambda c: c.containers.files.create("cntr_1", file="data.csv"),
        RuntimeError,
        "^Expected entry at `file` .* received <class 'str'> instead",
        id="file-as-a-str",
    ),
    pytest.param(lambda c: c.containers.retrieve(""), ValueError, "`container_id`", id="empty-container-id"),
    pytest.param(lambda c: c.containers.delete(""), ValueError, "`container_id`", id="empty-delete"),
    pytest.param(
        lambda c: c.containers.files.retrieve("", container_id="cntr_1"),
        ValueError,
        "Expected a non-empty value for `file_id`",
        id="empty-file-id",
    ),
    pytest.param(
        lambda c: c.containers.files.delete("cfile_1", container_id=""),
        ValueError,
        "`container_id`",
        id="empty-files-container",
    ),
    pytest.param(
        lambda c: c.containers.files.content.retrieve("", container_id="cntr_1"),
        ValueError,
        "Expected a non-empty value for `file_id`",
        id="empty-content-file",
    ),
    pytest.param(lambda c: c.containers.files.list(""), ValueError, "`container_id`", id="empty-list-container"),
    pytest.param(
        lambda c: c.containers.create(),
        TypeError,
        r"missing\ 1\ required\ keyword\-only\ argument:\ 'name'",
        id="missing-name",
    ),
    pytest.param(
        lambda c: c.containers.create(name="x", file_id=["f"]), TypeError, "did you mean `file_ids`", id="misspelt"
    ),
]
test_bad_arguments_fail_before_sending = bad_arguments_test(BAD_ARGUMENTS)
