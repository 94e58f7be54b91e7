"""`uploads.*`, `uploads.parts.create` and `upload_file_chunked` against the Prism mock server,
each test on the sync and the async client."""

from __future__ import annotations

import pathlib
from typing import Any

import pytest

from openai.types import Upload
from openai.types.uploads import UploadPart
from tests.utils import run

pytestmark = pytest.mark.anyio

UPLOAD_ID = "upload_abc123"
CONTENT = b'{"prompt": "hi"}\n' * 64


def assert_upload(upload: object) -> None:
    assert isinstance(upload, Upload)
    assert isinstance(upload.id, str)
    assert upload.object == "upload"


async def test_create(prism: Any) -> None:
    upload = await run(
        prism.uploads.create(bytes=len(CONTENT), filename="a.jsonl", mime_type="text/jsonl", purpose="fine-tune")
    )
    assert_upload(upload)


async def test_create_with_all_params(prism: Any) -> None:
    upload = await run(
        prism.uploads.create(
            bytes=len(CONTENT),
            filename="a.jsonl",
            mime_type="text/jsonl",
            purpose="batch",
            expires_after={"anchor": "created_at", "seconds": 3600},
        )
    )
    assert_upload(upload)


async def test_complete(prism: Any) -> None:
    assert_upload(await run(prism.uploads.complete(UPLOAD_ID, part_ids=["part_1", "part_2"], md5="md5")))


async def test_cancel(prism: Any) -> None:
    assert_upload(await run(prism.uploads.cancel(UPLOAD_ID)))


async def test_parts_create(prism: Any) -> None:
    part = await run(prism.uploads.parts.create(UPLOAD_ID, data=CONTENT))
    assert isinstance(part, UploadPart) and isinstance(part.id, str)


async def test_upload_file_chunked(prism: Any, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "train.jsonl"
    path.write_bytes(CONTENT)
    upload = await run(
        prism.uploads.upload_file_chunked(file=path, mime_type="text/jsonl", purpose="fine-tune", part_size=256)
    )
    assert_upload(upload)
