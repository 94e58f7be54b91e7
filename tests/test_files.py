"""File arguments: accepted forms, clear errors, multipart encoding on the wire, `extract_files`."""

from __future__ import annotations

import io
import pathlib
import threading
from typing import Any, Dict, Iterator, List, Optional

import httpx
import pytest
import respx

import openai
from openai._files import async_to_httpx_files, extract_files, is_file_content, to_httpx_files
from tests.utils.multipart import by_name, parts_of

BASE_URL = "http://api.test/v1"
JSONL = b'{"custom_id": "1"}\n{"custom_id": "2"}\n'
UPLOADED = {
    "id": "file-1",
    "object": "file",
    "bytes": len(JSONL),
    "created_at": 1,
    "filename": "a.jsonl",
    "purpose": "batch",
}


@pytest.fixture
def mock() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        router.post("/files").respond(json=UPLOADED)
        yield router


@pytest.fixture
def jsonl_path(tmp_path: pathlib.Path) -> pathlib.Path:
    path = tmp_path / "batch input.jsonl"
    path.write_bytes(JSONL)
    return path


def upload(client: openai.OpenAI, files: Any, body: Optional[Dict[str, Any]] = None) -> Any:
    return client.post(
        "/files",
        cast_to=object,
        body=body if body is not None else {"purpose": "batch"},
        files=files,
        options={"headers": {"Content-Type": "multipart/form-data"}},
    )


def sent(mock: respx.MockRouter) -> httpx.Request:
    return mock.calls.last.request


# ----------------------------------------------------------------------------- file_from_path and helpers


def test_file_from_path(jsonl_path: pathlib.Path) -> None:
    assert openai.file_from_path(str(jsonl_path)) == ("batch input.jsonl", JSONL)


def test_file_from_path_missing_file(tmp_path: pathlib.Path) -> None:
    with pytest.raises(FileNotFoundError):
        openai.file_from_path(str(tmp_path / "nope.jsonl"))


@pytest.mark.parametrize(
    "value, expected",
    [
        (b"data", True),
        (io.BytesIO(b"x"), True),
        (pathlib.Path("x"), True),
        (("a.txt", b"x"), True),
        ("a string", False),
        (3, False),
        (None, False),
        # The official client's list: bytes only, and only real io.IOBase file objects.
        (bytearray(b"x"), False),
        (memoryview(b"x"), False),
    ],
)
def test_is_file_content(value: object, expected: bool) -> None:
    assert is_file_content(value) is expected


def test_to_httpx_files_reads_paths(jsonl_path: pathlib.Path) -> None:
    converted = to_httpx_files({"file": jsonl_path, "named": ("custom.jsonl", jsonl_path, "application/jsonl")})
    assert converted == [
        ("file", ("batch input.jsonl", JSONL)),
        ("named", ("custom.jsonl", JSONL, "application/jsonl")),
    ]


def test_to_httpx_files_keeps_other_forms() -> None:
    handle = io.BytesIO(b"x")
    headers = {"X-Part": "1"}
    files = [("a", b"raw"), ("b", handle), ("c", ("c.txt", b"c", "text/plain", headers))]
    assert to_httpx_files(files) == [("a", b"raw"), ("b", handle), ("c", ("c.txt", b"c", "text/plain", headers))]
    assert to_httpx_files(None) is None


@pytest.mark.anyio
async def test_async_to_httpx_files_reads_paths_in_a_worker_thread(
    jsonl_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The async path must not block the event loop: anyio reads the file in a worker thread.
    read_bytes = pathlib.Path.read_bytes
    threads: List[threading.Thread] = []

    def recording_read(self: pathlib.Path) -> bytes:
        if self == jsonl_path:
            threads.append(threading.current_thread())
        return read_bytes(self)

    monkeypatch.setattr(pathlib.Path, "read_bytes", recording_read)
    converted = await async_to_httpx_files([("file", jsonl_path), ("other", ("x.bin", b"x"))])
    assert converted == [("file", ("batch input.jsonl", JSONL)), ("other", ("x.bin", b"x"))]
    assert len(threads) == 1 and threads[0] is not threading.current_thread()


# A file argument of a resource method is checked as the official client checks it: a
# RuntimeError naming the field and the received class.
OFFICIAL_ENTRY_ERROR = (
    "Expected entry at `{key}` to be bytes, an io.IOBase instance, PathLike or a tuple but received "
    "{cls} instead. See https://github.com/openai/openai-python/tree/main#file-uploads"
)


@pytest.mark.parametrize("bad", [42, "just a string", 1.5, None, bytearray(b"x"), {"a": 1}])
def test_extract_files_rejects_what_the_official_rejects(bad: object) -> None:
    with pytest.raises(RuntimeError) as info:
        extract_files({"file": bad}, (("file",),))
    assert str(info.value) == OFFICIAL_ENTRY_ERROR.format(key="file", cls=type(bad))


@pytest.mark.anyio
async def test_a_wrong_kind_of_file_is_a_type_error_and_a_runtime_error(
    client: openai.OpenAI, async_client: openai.AsyncOpenAI, mock: respx.MockRouter
) -> None:
    with pytest.raises(TypeError, match="^Expected entry at `file`") as sync_error:
        client.files.create(file=None, purpose="batch")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="^Expected entry at `file`") as async_error:
        await async_client.files.create(file=7, purpose="batch")  # type: ignore[arg-type]
    for error in (sync_error.value, async_error.value):
        assert isinstance(error, RuntimeError)  # what code written for the official catches
        assert type(error).__name__ == "FileArgumentError"
    assert not mock.calls


def test_extract_files_names_list_entries_with_brackets() -> None:
    with pytest.raises(RuntimeError) as info:
        extract_files({"image": [b"ok", 7]}, (("image",),))
    assert str(info.value) == OFFICIAL_ENTRY_ERROR.format(key="image[]", cls=int)
    with pytest.raises(RuntimeError, match=r"^Expected entry at `files\[\]` .*<class 'NoneType'>"):
        extract_files({"files": [None]}, (("files", "<array>"),))
    with pytest.raises(RuntimeError, match=r"^Expected entry at `input\[file\]` .*<class 'str'>"):
        extract_files({"input": {"file": "path/as/str"}}, (("input", "file"),))


def test_a_resource_method_raises_before_sending(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    with pytest.raises(RuntimeError, match="^Expected entry at `file`"):
        client.files.create(file="a.jsonl", purpose="batch")  # type: ignore[arg-type]
    assert not mock.calls


@pytest.mark.anyio
async def test_async_resource_method_raises_before_sending(
    async_client: openai.AsyncOpenAI, mock: respx.MockRouter
) -> None:
    with pytest.raises(RuntimeError, match="^Expected entry at `file`.*<class 'NoneType'>"):
        await async_client.files.create(file=None, purpose="batch")  # type: ignore[arg-type]
    assert not mock.calls


# The low-level methods (`client.post(files=...)`) raise the official TypeError.
@pytest.mark.parametrize("bad", [42, "just a string", ["a", "list"], 1.5, None])
def test_low_level_bad_file_value_raises_the_official_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="^Expected file types input to be a FileContent type or to be a tuple$"):
        to_httpx_files({"file": bad})  # type: ignore[dict-item]


@pytest.mark.anyio
async def test_async_low_level_bad_file_value_raises_the_official_type_error() -> None:
    with pytest.raises(TypeError, match="^Expected file types input"):
        await async_to_httpx_files({"file": 1})  # type: ignore[dict-item]


def test_low_level_bad_file_raises_before_sending(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    with pytest.raises(TypeError, match="^Expected file types input"):
        upload(client, [("file", 123)])
    assert not mock.calls


@pytest.mark.anyio
async def test_async_low_level_bad_file_raises_before_sending(
    async_client: openai.AsyncOpenAI, mock: respx.MockRouter
) -> None:
    with pytest.raises(TypeError, match="^Expected file types input"):
        await async_client.post("/files", cast_to=object, body={"purpose": "batch"}, files={"file": "a.jsonl"})  # type: ignore[dict-item]
    assert not mock.calls


# COMPAT.md `file-tuple-with-path`: inside a `(filename, content, ...)` tuple, a path is read and
# content httpx cannot send is refused before sending (the official client hands both to httpx,
# where they fail as APIConnectionError after every retry).
@pytest.mark.parametrize("bad", [None, 42, 1.5, ["a"]])
def test_bad_content_inside_a_tuple_raises_type_error_before_sending(
    client: openai.OpenAI, mock: respx.MockRouter, bad: object
) -> None:
    with pytest.raises(TypeError) as info:
        client.files.create(file=("a.txt", bad), purpose="batch")  # type: ignore[arg-type]
    assert str(info.value).startswith("Expected the content of the file tuple at `file` to be bytes, str, ")
    assert f"received {type(bad)} instead" in str(info.value)
    assert not mock.calls


@pytest.mark.anyio
async def test_async_bad_content_inside_a_tuple_raises_type_error_before_sending(
    async_client: openai.AsyncOpenAI, mock: respx.MockRouter
) -> None:
    with pytest.raises(TypeError, match="^Expected the content of the file tuple at `file` .*<class 'NoneType'>"):
        await async_client.files.create(file=("a.txt", None), purpose="batch")  # type: ignore[arg-type]
    assert not mock.calls


def test_a_path_inside_a_tuple_is_uploaded(
    client: openai.OpenAI, mock: respx.MockRouter, jsonl_path: pathlib.Path
) -> None:
    client.files.create(file=("renamed.jsonl", jsonl_path), purpose="batch")
    part = by_name(parts_of(sent(mock)))["file"]
    assert (part.filename, part.content) == ("renamed.jsonl", JSONL)


@pytest.mark.anyio
async def test_async_a_path_inside_a_tuple_is_uploaded(
    async_client: openai.AsyncOpenAI, mock: respx.MockRouter, jsonl_path: pathlib.Path
) -> None:
    await async_client.files.create(file=("renamed.jsonl", jsonl_path, "application/jsonl"), purpose="batch")
    part = by_name(parts_of(sent(mock)))["file"]
    assert (part.filename, part.content_type, part.content) == ("renamed.jsonl", "application/jsonl", JSONL)


def test_str_content_inside_a_tuple_is_sent_as_utf8(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    # httpx encodes str content; the official client lets it through, so do we.
    client.files.create(file=("notes.txt", "caf\u00e9"), purpose="batch")  # type: ignore[arg-type]
    part = by_name(parts_of(sent(mock)))["file"]
    assert (part.filename, part.content) == ("notes.txt", "caf\u00e9".encode())


@pytest.mark.parametrize("bad", [("only-a-name",), ("a", b"b", "c", {}, "e")])
def test_a_tuple_of_the_wrong_length_fails_in_httpx_as_in_the_official(
    client: openai.OpenAI, mock: respx.MockRouter, bad: Any
) -> None:
    with pytest.raises(ValueError, match="values to unpack"):
        client.files.create(file=bad, purpose="batch")
    assert not mock.calls


# ----------------------------------------------------------------------------- multipart on the wire


def test_multipart_request_has_boundary_and_parts(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    result = upload(client, [("file", ("a.jsonl", JSONL, "application/jsonl"))])
    assert result == UPLOADED
    request = sent(mock)
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    boundary = content_type.split("boundary=", 1)[1]
    assert boundary and request.read().startswith(b"--" + boundary.encode())
    parts = by_name(parts_of(request))
    assert set(parts) == {"purpose", "file"}
    assert parts["purpose"].filename is None and parts["purpose"].content == b"batch"
    assert parts["file"].filename == "a.jsonl"
    assert parts["file"].content_type == "application/jsonl"
    assert parts["file"].content == JSONL


@pytest.mark.parametrize(
    "make_file, filename",
    [
        pytest.param(lambda path: JSONL, "upload", id="bytes"),
        pytest.param(lambda path: path, "batch input.jsonl", id="path"),
        pytest.param(lambda path: ("named.jsonl", JSONL), "named.jsonl", id="name-bytes"),
        pytest.param(lambda path: ("named.jsonl", path), "named.jsonl", id="name-path"),
        pytest.param(lambda path: ("named.jsonl", io.BytesIO(JSONL)), "named.jsonl", id="name-buffer"),
    ],
)
def test_every_file_form_uploads_its_content(
    client: openai.OpenAI, mock: respx.MockRouter, jsonl_path: pathlib.Path, make_file: Any, filename: str
) -> None:
    upload(client, {"file": make_file(jsonl_path)})
    part = by_name(parts_of(sent(mock)))["file"]
    assert part.content == JSONL
    assert part.filename == filename


def test_open_binary_file_uploads_its_name_and_content(
    client: openai.OpenAI, mock: respx.MockRouter, jsonl_path: pathlib.Path
) -> None:
    with jsonl_path.open("rb") as handle:
        upload(client, {"file": handle})
    part = by_name(parts_of(sent(mock)))["file"]
    assert part.filename == "batch input.jsonl"
    assert part.content == JSONL


def test_part_headers_are_sent(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    upload(client, [("file", ("a.jsonl", JSONL, "application/jsonl", {"X-Part-Tag": "t1"}))])
    part = by_name(parts_of(sent(mock)))["file"]
    assert part.headers.get("X-Part-Tag") == "t1"
    assert part.content == JSONL


def test_several_files_and_nested_form_fields(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    body = {"purpose": "fine-tune", "expires_after": {"anchor": "created_at", "seconds": 3600}, "flag": True}
    upload(client, [("image[]", ("1.png", b"one")), ("image[]", ("2.png", b"two"))], body)
    parts = parts_of(sent(mock))
    images = [p for p in parts if p.name == "image[]"]
    assert [(p.filename, p.content) for p in images] == [("1.png", b"one"), ("2.png", b"two")]
    fields = {p.name: p.content for p in parts if p.filename is None}
    assert fields == {
        "purpose": b"fine-tune",
        "expires_after[anchor]": b"created_at",
        "expires_after[seconds]": b"3600",
        "flag": b"true",
    }


def test_retry_resends_the_whole_file(
    client: openai.OpenAI, mock: respx.MockRouter, jsonl_path: pathlib.Path, sleeps: List[float]
) -> None:
    mock.post("/files").side_effect = [httpx.Response(500), httpx.Response(200, json=UPLOADED)]
    with jsonl_path.open("rb") as handle:
        upload(client, {"file": handle})
    assert len(mock.calls) == 2 and len(sleeps) == 1
    for call in mock.calls:
        assert by_name(parts_of(call.request))["file"].content == JSONL


@pytest.mark.anyio
async def test_async_multipart_upload(
    async_client: openai.AsyncOpenAI, mock: respx.MockRouter, jsonl_path: pathlib.Path
) -> None:
    result = await async_client.post(
        "/files",
        cast_to=object,
        body={"purpose": "batch"},
        files=[("file", jsonl_path), ("extra", ("b.jsonl", b"{}", "application/jsonl"))],
        options={"headers": {"Content-Type": "multipart/form-data"}},
    )
    assert result == UPLOADED
    request = sent(mock)
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    parts = by_name(parts_of(request))
    assert parts["purpose"].content == b"batch"
    assert (parts["file"].filename, parts["file"].content) == ("batch input.jsonl", JSONL)
    assert (parts["extra"].filename, parts["extra"].content_type) == ("b.jsonl", "application/jsonl")


# ----------------------------------------------------------------------------- extract_files


def test_extract_files_pops_top_level_file() -> None:
    body: Dict[str, Any] = {"file": b"data", "purpose": "batch"}
    assert extract_files(body, (("file",),)) == [("file", b"data")]
    assert body == {"purpose": "batch"}


def test_extract_files_list_becomes_array_field() -> None:
    body: Dict[str, Any] = {"image": [b"1", ("2.png", b"2")], "prompt": "p"}
    assert extract_files(body, (("image",),)) == [("image[]", b"1"), ("image[]", ("2.png", b"2"))]
    assert body == {"prompt": "p"}


def test_extract_files_array_path() -> None:
    body: Dict[str, Any] = {"files": [b"a", b"b"]}
    assert extract_files(body, (("files", "<array>"),)) == [("files[]", b"a"), ("files[]", b"b")]
    assert body["files"] == []


def test_extract_files_nested_path() -> None:
    body: Dict[str, Any] = {"input": {"file": b"x", "kind": "k"}, "items": [{"data": b"1"}, {"data": b"2"}]}
    found = extract_files(body, (("input", "file"), ("items", "<array>", "data")))
    assert found == [("input[file]", b"x"), ("items[][data]", b"1"), ("items[][data]", b"2")]
    assert body == {"input": {"kind": "k"}, "items": [{}, {}]}


def test_extract_files_ignores_absent_paths() -> None:
    body: Dict[str, Any] = {"purpose": "batch"}
    assert extract_files(body, (("file",), ("input", "file"), ("files", "<array>"))) == []
    assert body == {"purpose": "batch"}
