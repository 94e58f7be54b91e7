"""`containers.*` against the Prism mock server, each test on the sync and the async client
(Prism validates the JSON and multipart requests and answers with spec-shaped data)."""

from __future__ import annotations

import pathlib
from typing import Any

import pytest

from openai import HttpxBinaryResponseContent
from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types import ContainerCreateResponse, ContainerListResponse, ContainerRetrieveResponse
from openai.types.containers import FileCreateResponse, FileListResponse, FileRetrieveResponse
from tests.utils import run
from tests.utils.prism import case, prism_test

pytestmark = pytest.mark.anyio

CONTAINER_ID = "cntr_682e0e7318108198aa783fd921ff305e08e78805b9fdbb04"
FILE_ID = "cfile_682e0e8a43c88191a7978f477a09bdf5"
CSV = b"city,temp\nParis,24\n"
CURSOR = (SyncCursorPage, AsyncCursorPage)
CASES = [
    case("create", lambda c: c.containers.create(name="sandbox"), ContainerCreateResponse),
    case(
        "create-all-params",
        lambda c: c.containers.create(
            name="sandbox", expires_after={"anchor": "last_active_at", "minutes": 20}, file_ids=["file-abc123"]
        ),
        ContainerCreateResponse,
    ),
    case("retrieve", lambda c: c.containers.retrieve(CONTAINER_ID), ContainerRetrieveResponse),
    case("list", lambda c: c.containers.list(), CURSOR, ContainerListResponse),
    case(
        "list-all-params",
        lambda c: c.containers.list(after="cntr_0", limit=2, order="desc"),
        CURSOR,
        ContainerListResponse,
    ),
    case(
        "files.create-from-file-id",
        lambda c: c.containers.files.create(CONTAINER_ID, file_id="file-abc123"),
        FileCreateResponse,
    ),
    case(
        "files.create-from-bytes",
        lambda c: c.containers.files.create(CONTAINER_ID, file=("weather.csv", CSV, "text/csv")),
        FileCreateResponse,
    ),
    case(
        "files.retrieve",
        lambda c: c.containers.files.retrieve(FILE_ID, container_id=CONTAINER_ID),
        FileRetrieveResponse,
    ),
    case("files.list", lambda c: c.containers.files.list(CONTAINER_ID), CURSOR, FileListResponse),
    case(
        "files.list-all-params",
        lambda c: c.containers.files.list(CONTAINER_ID, after="cfile_0", limit=2, order="asc"),
        CURSOR,
        FileListResponse,
    ),
]


test_method = prism_test(CASES)


async def test_files_create_from_a_path(prism: Any, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "weather.csv"
    path.write_bytes(CSV)
    assert isinstance(await run(prism.containers.files.create(CONTAINER_ID, file=path)), FileCreateResponse)


async def test_delete(prism: Any) -> None:
    assert await run(prism.containers.delete(CONTAINER_ID)) is None


async def test_files_delete(prism: Any) -> None:
    assert await run(prism.containers.files.delete(FILE_ID, container_id=CONTAINER_ID)) is None


async def test_files_content_retrieve(prism: Any) -> None:
    content = await run(prism.containers.files.content.retrieve(FILE_ID, container_id=CONTAINER_ID))
    assert isinstance(content, HttpxBinaryResponseContent)
    assert content.response.status_code == 200
