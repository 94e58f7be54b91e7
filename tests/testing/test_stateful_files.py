"""The fake's /files and /uploads, through our sync and async clients."""

from __future__ import annotations

from typing import Any

import pytest

import openai
from tests.utils import run
from tests.utils.requests import collect

pytestmark = pytest.mark.anyio


async def test_a_file_keeps_its_bytes_and_metadata(api: Any) -> None:
    created = await run(api.files.create(file=("notes.txt", b"hello\nworld"), purpose="assistants"))
    assert created.id.startswith("file-")
    assert (created.filename, created.bytes, created.purpose, created.status) == (
        "notes.txt",
        11,
        "assistants",
        "processed",
    )
    assert (await run(api.files.retrieve(created.id))) == created
    content = await run(api.files.content(created.id))
    assert content.content == b"hello\nworld"


async def test_list_filters_by_purpose_and_pages_newest_first(api: Any) -> None:
    ids = [(await run(api.files.create(file=(f"{i}.jsonl", b"{}"), purpose="batch"))).id for i in range(5)]
    await run(api.files.create(file=("other.txt", b"x"), purpose="assistants"))
    listed = await collect(api.files.list(purpose="batch", limit=2))
    assert [file.id for file in listed] == ids[::-1]
    ascending = await collect(api.files.list(purpose="batch", limit=2, order="asc"))
    assert [file.id for file in ascending] == ids
    assert len(await collect(api.files.list())) == 6


async def test_delete_removes_the_file_and_its_content(api: Any) -> None:
    created = await run(api.files.create(file=("a.txt", b"a"), purpose="user_data"))
    result = await run(api.files.delete(created.id))
    assert (result.id, result.deleted) == (created.id, True)
    with pytest.raises(openai.NotFoundError):
        await run(api.files.retrieve(created.id))
    with pytest.raises(openai.NotFoundError):
        await run(api.files.content(created.id))


async def test_unknown_ids_and_bad_purposes_answer_like_the_api(api: Any) -> None:
    with pytest.raises(openai.NotFoundError) as missing:
        await run(api.files.retrieve("file-nope"))
    assert "file-nope" in missing.value.message
    with pytest.raises(openai.BadRequestError) as bad:
        await run(api.files.create(file=("a.txt", b"a"), purpose="nonsense"))  # type: ignore[arg-type]
    assert bad.value.param == "purpose"


async def test_an_upload_assembles_its_parts_in_the_order_given(api: Any) -> None:
    upload = await run(api.uploads.create(bytes=6, filename="p.txt", mime_type="text/plain", purpose="assistants"))
    assert (upload.id[:7], upload.status) == ("upload_", "pending")
    first = await run(api.uploads.parts.create(upload.id, data=b"abc"))
    second = await run(api.uploads.parts.create(upload.id, data=b"def"))
    assert first.id.startswith("part_") and first.upload_id == upload.id
    done = await run(api.uploads.complete(upload.id, part_ids=[second.id, first.id]))
    assert done.status == "completed" and done.file is not None
    assert (await run(api.files.content(done.file.id))).content == b"defabc"
    with pytest.raises(openai.BadRequestError):  # a completed upload takes no more parts
        await run(api.uploads.parts.create(upload.id, data=b"x"))


async def test_an_upload_whose_parts_miss_bytes_cannot_complete(api: Any) -> None:
    upload = await run(api.uploads.create(bytes=10, filename="p.txt", mime_type="text/plain", purpose="assistants"))
    part = await run(api.uploads.parts.create(upload.id, data=b"abc"))
    with pytest.raises(openai.BadRequestError) as error:
        await run(api.uploads.complete(upload.id, part_ids=[part.id]))
    assert "10 bytes" in error.value.message


async def test_a_cancelled_upload_stays_cancelled(api: Any) -> None:
    upload = await run(api.uploads.create(bytes=1, filename="p.txt", mime_type="text/plain", purpose="batch"))
    assert (await run(api.uploads.cancel(upload.id))).status == "cancelled"
    with pytest.raises(openai.BadRequestError):
        await run(api.uploads.complete(upload.id, part_ids=[]))
    with pytest.raises(openai.NotFoundError):
        await run(api.uploads.cancel("upload_nope"))


async def test_upload_file_chunked_round_trips(api: Any) -> None:
    data = bytes(range(256)) * 10
    upload = await run(
        api.uploads.upload_file_chunked(
            file=data,
            filename="blob.bin",
            bytes=len(data),
            mime_type="application/octet-stream",
            purpose="batch",
            part_size=700,
        )
    )
    assert upload.status == "completed"
    assert (await run(api.files.content(upload.file.id))).content == data
