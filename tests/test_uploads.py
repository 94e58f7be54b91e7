"""`uploads.*` and `uploads.parts.create` on the wire (respx), sync and async, and the
`upload_file_chunked` helper checked part by part."""

from __future__ import annotations

import json
import logging
import pathlib
from typing import Any, Dict, Iterator, List

import httpx
import pytest
import respx

import openai
from openai.resources.uploads.uploads import DEFAULT_PART_SIZE
from openai.types import Upload
from openai.types.uploads import UploadPart
from tests.utils import run
from tests.utils.multipart import by_name, parts_of

pytestmark = pytest.mark.anyio

BASE_URL = "http://api.test/v1"
CONTENT = bytes(range(256)) * 40 + b"tail"  # 10244 bytes: 3 parts of 4096 with part_size=4096


def upload_json(status: str = "pending", **extra: Any) -> Dict[str, Any]:
    return {
        "id": "upload_1",
        "object": "upload",
        "bytes": len(CONTENT),
        "created_at": 1,
        "expires_at": 3601,
        "filename": "data.jsonl",
        "purpose": "fine-tune",
        "status": status,
        **extra,
    }


class UploadServer:
    """Answers the three upload endpoints; each part gets the id `part_<n>` in arrival order."""

    def __init__(self, router: respx.MockRouter) -> None:
        self.parts: List[httpx.Request] = []
        self.create = router.post("/uploads").respond(json=upload_json())
        self.part = router.post("/uploads/upload_1/parts").mock(side_effect=self.add_part)
        self.complete = router.post("/uploads/upload_1/complete").respond(json=upload_json("completed"))
        self.cancel = router.post("/uploads/upload_1/cancel").respond(json=upload_json("cancelled"))

    def add_part(self, request: httpx.Request) -> httpx.Response:
        self.parts.append(request)
        part_id = f"part_{len(self.parts)}"
        return httpx.Response(
            200, json={"id": part_id, "object": "upload.part", "created_at": 1, "upload_id": "upload_1"}
        )

    def part_contents(self) -> List[bytes]:
        return [by_name(parts_of(request))["data"].content for request in self.parts]

    def created_with(self) -> Any:
        return json.loads(self.create.calls.last.request.content)

    def completed_with(self) -> Any:
        return json.loads(self.complete.calls.last.request.content)


@pytest.fixture
def server() -> Iterator[UploadServer]:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        yield UploadServer(router)


@pytest.fixture
def data_path(tmp_path: pathlib.Path) -> pathlib.Path:
    path = tmp_path / "data.jsonl"
    path.write_bytes(CONTENT)
    return path


# ----------------------------------------------------------------------------- plain endpoints


async def test_create(api: Any, server: UploadServer) -> None:
    upload = await run(
        api.uploads.create(
            bytes=10,
            filename="a.jsonl",
            mime_type="text/jsonl",
            purpose="batch",
            expires_after={"anchor": "created_at", "seconds": 3600},
        )
    )
    assert isinstance(upload, Upload) and upload.status == "pending"
    assert server.created_with() == {
        "bytes": 10,
        "filename": "a.jsonl",
        "mime_type": "text/jsonl",
        "purpose": "batch",
        "expires_after": {"anchor": "created_at", "seconds": 3600},
    }


async def test_create_requires_its_keywords(api: Any, server: UploadServer) -> None:
    with pytest.raises(TypeError, match=r"missing\ 2\ required\ keyword\-only\ arguments:\ 'bytes'\ and\ 'mime_type'"):
        await run(api.uploads.create(filename="a.jsonl", purpose="batch"))
    assert not server.create.called


async def test_complete_sends_part_ids_and_md5(api: Any, server: UploadServer) -> None:
    upload = await run(api.uploads.complete("upload_1", part_ids=["part_2", "part_1"], md5="abc"))
    assert upload.status == "completed"
    assert server.completed_with() == {"part_ids": ["part_2", "part_1"], "md5": "abc"}


async def test_cancel(api: Any, server: UploadServer) -> None:
    upload = await run(api.uploads.cancel("upload_1"))
    assert upload.status == "cancelled"
    assert server.cancel.calls.last.request.content == b""


async def test_parts_create_sends_data_as_multipart(api: Any, server: UploadServer, data_path: pathlib.Path) -> None:
    part = await run(api.uploads.parts.create("upload_1", data=data_path))
    assert isinstance(part, UploadPart) and (part.id, part.upload_id) == ("part_1", "upload_1")
    (field,) = parts_of(server.parts[0])
    assert (field.name, field.filename, field.content_type, field.content) == (
        "data",
        "data.jsonl",
        "application/octet-stream",
        CONTENT,
    )


@pytest.mark.parametrize("method", ["complete", "cancel"])
async def test_empty_upload_id_is_rejected(api: Any, server: UploadServer, method: str) -> None:
    kwargs = {"part_ids": []} if method == "complete" else {}
    with pytest.raises(ValueError, match="`upload_id`"):
        await run(getattr(api.uploads, method)("", **kwargs))
    with pytest.raises(ValueError, match="`upload_id`"):
        await run(api.uploads.parts.create("", data=b"x"))


# ----------------------------------------------------------------------------- upload_file_chunked


async def test_chunked_upload_from_a_path_sends_the_parts_in_order(
    api: Any, server: UploadServer, data_path: pathlib.Path
) -> None:
    upload = await run(
        api.uploads.upload_file_chunked(file=data_path, mime_type="text/jsonl", purpose="fine-tune", part_size=4096)
    )
    assert upload.status == "completed"
    assert server.created_with() == {
        "bytes": len(CONTENT),
        "filename": "data.jsonl",
        "mime_type": "text/jsonl",
        "purpose": "fine-tune",
    }
    assert server.part_contents() == [CONTENT[:4096], CONTENT[4096:8192], CONTENT[8192:]]
    assert [len(p) for p in server.part_contents()] == [4096, 4096, 2052]
    assert server.completed_with() == {"part_ids": ["part_1", "part_2", "part_3"]}


async def test_chunked_upload_from_bytes(api: Any, server: UploadServer) -> None:
    await run(
        api.uploads.upload_file_chunked(
            file=CONTENT,
            filename="mem.jsonl",
            bytes=len(CONTENT),
            mime_type="text/jsonl",
            purpose="batch",
            part_size=5000,
            md5="d41d",
        )
    )
    assert server.created_with()["filename"] == "mem.jsonl"
    assert server.part_contents() == [CONTENT[:5000], CONTENT[5000:10000], CONTENT[10000:]]
    assert server.completed_with() == {"part_ids": ["part_1", "part_2", "part_3"], "md5": "d41d"}


async def test_chunked_upload_takes_a_str_path_and_explicit_names(
    api: Any, server: UploadServer, data_path: pathlib.Path
) -> None:
    await run(
        api.uploads.upload_file_chunked(
            file=str(data_path), filename="renamed.jsonl", bytes=99, mime_type="text/jsonl", purpose="batch"
        )
    )
    assert (server.created_with()["filename"], server.created_with()["bytes"]) == ("renamed.jsonl", 99)
    assert server.part_contents() == [CONTENT]  # smaller than the default part size: one part


async def test_chunked_upload_of_bytes_sends_the_size_as_given(api: Any, server: UploadServer) -> None:
    # As the official client: a wrong `bytes` is not checked here; the API judges it.
    await run(
        api.uploads.upload_file_chunked(file=b"abc", filename="a.txt", bytes=4, mime_type="text/plain", purpose="batch")
    )
    assert server.created_with()["bytes"] == 4
    assert server.part_contents() == [b"abc"]


async def test_chunked_upload_logs_each_part_as_the_official_does(
    api: Any, server: UploadServer, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="openai.resources.uploads.uploads"):
        await run(
            api.uploads.upload_file_chunked(
                file=b"abcdef", filename="a.txt", bytes=6, mime_type="text/plain", purpose="batch", part_size=4
            )
        )
    messages = [r.getMessage() for r in caplog.records if r.name == "openai.resources.uploads.uploads"]
    assert messages == ["Uploaded part part_1 for upload upload_1", "Uploaded part part_2 for upload upload_1"]


async def test_chunked_upload_stops_when_a_part_fails(api: Any, server: UploadServer, data_path: pathlib.Path) -> None:
    server.part.mock(return_value=httpx.Response(400, json={"error": {"message": "bad part"}}))
    with pytest.raises(openai.BadRequestError, match="bad part"):
        await run(
            api.uploads.upload_file_chunked(file=data_path, mime_type="text/jsonl", purpose="batch", part_size=4096)
        )
    assert server.part.call_count == 1 and not server.complete.called


@pytest.mark.parametrize(
    "kwargs, error, message",
    [
        ({"file": b"abc"}, TypeError, "^The `filename` argument must be given for in-memory files$"),
        ({"file": b"abc", "bytes": 3}, TypeError, "^The `filename` argument must be given for in-memory files$"),
        ({"file": b"abc", "filename": "a"}, TypeError, "^The `bytes` argument must be given for in-memory files$"),
        # pathlib's own error, as in the official client (which also makes a path of anything not bytes)
        ({"file": 42, "filename": "a"}, TypeError, "os.PathLike object.*not '?int'?$"),
        ({"file": bytearray(b"abc"), "filename": "a", "bytes": 3}, TypeError, "os.PathLike object.*not '?bytearray'?$"),
        # COMPAT.md `upload-part-size`: checked before an upload is created.
        ({"file": b"abc", "filename": "a", "bytes": 3, "part_size": 0}, ValueError, "`part_size` must be a positive"),
        ({"file": b"abc", "filename": "a", "bytes": 3, "part_size": -1}, ValueError, "`part_size` must be a positive"),
    ],
)
async def test_chunked_upload_checks_its_arguments_before_sending(
    api: Any, server: UploadServer, kwargs: Dict[str, Any], error: type, message: str
) -> None:
    with pytest.raises(error, match=message):
        await run(api.uploads.upload_file_chunked(mime_type="text/plain", purpose="batch", **kwargs))
    assert not server.create.called


def test_default_part_size_is_64_mib() -> None:
    assert DEFAULT_PART_SIZE == 64 * 1024 * 1024
