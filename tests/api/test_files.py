"""`files.*` against the Prism mock server, each test on the sync and the async client (Prism
checks the multipart body against the spec and answers with spec-shaped files)."""

from __future__ import annotations

import pathlib
from typing import Any

import pytest

import openai
from openai import HttpxBinaryResponseContent
from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types import FileDeleted, FileObject
from tests.utils import run

pytestmark = pytest.mark.anyio

FILE_ID = "file-abc123"
JSONL = b'{"prompt": "hi", "completion": "there"}\n'
# `content()` sends `Accept: application/binary`, as the official client does; the spec documents
# only a JSON body for this path, so Prism answers 406 unless the caller accepts anything.
ANY_BODY = {"Accept": "*/*"}


def assert_file(file: object) -> None:
    assert isinstance(file, FileObject)
    assert isinstance(file.id, str) and isinstance(file.bytes, int)
    assert file.object == "file"


async def test_create_with_bytes(prism: Any) -> None:
    assert_file(await run(prism.files.create(file=JSONL, purpose="fine-tune")))


async def test_create_with_a_path_and_all_params(prism: Any, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "train.jsonl"
    path.write_bytes(JSONL)
    expires_after = {"anchor": "created_at", "seconds": 3600}
    assert_file(await run(prism.files.create(file=path, purpose="batch", expires_after=expires_after)))


async def test_create_with_a_tuple(prism: Any) -> None:
    assert_file(await run(prism.files.create(file=("train.jsonl", JSONL, "application/jsonl"), purpose="user_data")))


async def test_retrieve(prism: Any) -> None:
    assert_file(await run(prism.files.retrieve(FILE_ID)))


def test_list(prism_client: openai.OpenAI) -> None:
    page = prism_client.files.list(purpose="batch", order="desc", limit=10, after="file-0")
    assert isinstance(page, SyncCursorPage)
    for file in page.data:
        assert_file(file)


async def test_async_list(prism_async_client: openai.AsyncOpenAI) -> None:
    page = await prism_async_client.files.list(purpose="batch", order="asc", limit=10)
    assert isinstance(page, AsyncCursorPage)
    for file in page.data:
        assert_file(file)


async def test_delete(prism: Any) -> None:
    deleted = await run(prism.files.delete(FILE_ID))
    assert isinstance(deleted, FileDeleted) and isinstance(deleted.deleted, bool)


async def test_content(prism: Any) -> None:
    content = await run(prism.files.content(FILE_ID, extra_headers=ANY_BODY))
    assert isinstance(content, HttpxBinaryResponseContent)
    assert content.content  # Prism answers with an example string body


def test_content_streams_to_a_file(prism_client: openai.OpenAI, tmp_path: pathlib.Path) -> None:
    target = tmp_path / "content.bin"
    with prism_client.files.with_streaming_response.content(FILE_ID, extra_headers=ANY_BODY) as response:
        response.stream_to_file(target)
    assert target.read_bytes() and response.is_closed


async def test_async_content_streams_to_a_file(prism_async_client: openai.AsyncOpenAI, tmp_path: pathlib.Path) -> None:
    target = tmp_path / "content.bin"
    async with prism_async_client.files.with_streaming_response.content(FILE_ID, extra_headers=ANY_BODY) as response:
        await response.stream_to_file(target)
    assert target.read_bytes() and response.is_closed


async def test_retrieve_content(prism: Any) -> None:
    with pytest.warns(DeprecationWarning, match="content"):
        text = await run(prism.files.retrieve_content(FILE_ID))
    assert isinstance(text, str) and text
