"""`vector_stores.*` (with `files` and `file_batches`) against the Prism mock server, each test on
the sync and the async client: Prism checks every request against the spec and answers with
spec-shaped data our models must parse. Prism's files and batches stay `in_progress` forever, so
the polling helpers are followed up to their first wait: every request they send before it must be
accepted."""

from __future__ import annotations

from typing import Any, List

import pytest

import openai
from openai.pagination import AsyncCursorPage, AsyncPage, SyncCursorPage, SyncPage
from openai.types import VectorStore, VectorStoreDeleted, VectorStoreSearchResponse
from openai.types.vector_stores import (
    FileContentResponse,
    VectorStoreFile,
    VectorStoreFileBatch,
    VectorStoreFileDeleted,
)
from tests.utils import run
from tests.utils.prism import case, prism_test

pytestmark = pytest.mark.anyio

STORE_ID = "vs_abc123"
FILE_ID = "file-abc123"
BATCH_ID = "vsfb_abc123"
STATIC = {"type": "static", "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400}}
CURSOR = (SyncCursorPage, AsyncCursorPage)
PLAIN = (SyncPage, AsyncPage)
CASES = [
    case("create", lambda c: c.vector_stores.create(), VectorStore),
    case(
        "create-all-params",
        lambda c: c.vector_stores.create(
            name="Support FAQ",
            file_ids=[FILE_ID],
            chunking_strategy=STATIC,
            expires_after={"anchor": "last_active_at", "days": 7},
            metadata={"team": "support"},
        ),
        VectorStore,
    ),
    case("retrieve", lambda c: c.vector_stores.retrieve(STORE_ID), VectorStore),
    case(
        "update",
        lambda c: c.vector_stores.update(
            STORE_ID, name="FAQ", metadata={"team": "sales"}, expires_after={"anchor": "last_active_at", "days": 2}
        ),
        VectorStore,
    ),
    case("list", lambda c: c.vector_stores.list(), CURSOR, VectorStore),
    case(
        "list-all-params",
        lambda c: c.vector_stores.list(after="vs_0", before="vs_9", limit=2, order="desc"),
        CURSOR,
        VectorStore,
    ),
    case("search", lambda c: c.vector_stores.search(STORE_ID, query="refund delay"), PLAIN, VectorStoreSearchResponse),
    case(
        "search-all-params",
        lambda c: c.vector_stores.search(
            STORE_ID,
            query=["refund", "delay"],
            # (a compound filter is left out: Prism cannot resolve the spec's `$recursiveRef` in it)
            filters={"type": "eq", "key": "lang", "value": "en"},
            max_num_results=5,
            ranking_options={"ranker": "auto", "score_threshold": 0.5},
            rewrite_query=True,
        ),
        PLAIN,
        VectorStoreSearchResponse,
    ),
    case("files.create", lambda c: c.vector_stores.files.create(STORE_ID, file_id=FILE_ID), VectorStoreFile),
    case(
        "files.create-all-params",
        lambda c: c.vector_stores.files.create(
            STORE_ID, file_id=FILE_ID, attributes={"lang": "en", "year": 2024}, chunking_strategy={"type": "auto"}
        ),
        VectorStoreFile,
    ),
    case(
        "files.retrieve", lambda c: c.vector_stores.files.retrieve(FILE_ID, vector_store_id=STORE_ID), VectorStoreFile
    ),
    case(
        "files.update",
        lambda c: c.vector_stores.files.update(FILE_ID, vector_store_id=STORE_ID, attributes={"lang": "fr"}),
        VectorStoreFile,
    ),
    case("files.list", lambda c: c.vector_stores.files.list(STORE_ID), CURSOR, VectorStoreFile),
    case(
        "files.list-all-params",
        lambda c: c.vector_stores.files.list(
            STORE_ID, after="file-0", before="file-9", filter="completed", limit=3, order="asc"
        ),
        CURSOR,
        VectorStoreFile,
    ),
    case(
        "files.content",
        lambda c: c.vector_stores.files.content(FILE_ID, vector_store_id=STORE_ID),
        PLAIN,
        FileContentResponse,
    ),
    case(
        "files.upload",
        lambda c: c.vector_stores.files.upload(vector_store_id=STORE_ID, file=("faq.md", b"# FAQ\n")),
        VectorStoreFile,
    ),
    case(
        "file_batches.create",
        lambda c: c.vector_stores.file_batches.create(STORE_ID, file_ids=[FILE_ID]),
        VectorStoreFileBatch,
    ),
    case(
        "file_batches.create-all-params",
        lambda c: c.vector_stores.file_batches.create(
            STORE_ID, file_ids=[FILE_ID, "file-def456"], attributes={"lang": "en"}, chunking_strategy=STATIC
        ),
        VectorStoreFileBatch,
    ),
    case(
        "file_batches.retrieve",
        lambda c: c.vector_stores.file_batches.retrieve(BATCH_ID, vector_store_id=STORE_ID),
        VectorStoreFileBatch,
    ),
    case(
        "file_batches.cancel",
        lambda c: c.vector_stores.file_batches.cancel(BATCH_ID, vector_store_id=STORE_ID),
        VectorStoreFileBatch,
    ),
    case(
        "file_batches.list_files",
        lambda c: c.vector_stores.file_batches.list_files(BATCH_ID, vector_store_id=STORE_ID),
        CURSOR,
        VectorStoreFile,
    ),
    case(
        "file_batches.list_files-all-params",
        lambda c: c.vector_stores.file_batches.list_files(
            BATCH_ID, vector_store_id=STORE_ID, after="file-0", before="file-9", filter="failed", limit=5, order="desc"
        ),
        CURSOR,
        VectorStoreFile,
    ),
]

test_method = prism_test(CASES)


async def test_delete(prism: Any) -> None:
    deleted = await run(prism.vector_stores.delete(STORE_ID))
    assert isinstance(deleted, VectorStoreDeleted) and isinstance(deleted.deleted, bool)


async def test_files_delete(prism: Any) -> None:
    deleted = await run(prism.vector_stores.files.delete(FILE_ID, vector_store_id=STORE_ID))
    assert isinstance(deleted, VectorStoreFileDeleted) and isinstance(deleted.deleted, bool)


# ----------------------------------------------------------------------------- polling helpers


class Waited(Exception):
    """Raised instead of the first pause of a poll, to end it."""


@pytest.fixture
def first_wait(monkeypatch: pytest.MonkeyPatch) -> List[float]:
    """The pause a poll asks for before its second request; the poll ends there."""
    waits: List[float] = []

    def wait(self: Any, seconds: float) -> None:
        waits.append(seconds)
        raise Waited

    async def async_wait(self: Any, seconds: float) -> None:
        wait(self, seconds)

    monkeypatch.setattr(openai.OpenAI, "_sleep", wait)
    monkeypatch.setattr(openai.AsyncOpenAI, "_sleep", async_wait)
    return waits


FILES = [("a.md", b"# A\n"), ("b.md", b"# B\n"), ("c.md", b"# C\n")]
HELPERS = [
    pytest.param(lambda c: c.vector_stores.files.poll(FILE_ID, vector_store_id=STORE_ID), id="files.poll"),
    pytest.param(
        lambda c: c.vector_stores.files.create_and_poll(
            FILE_ID, vector_store_id=STORE_ID, attributes={"lang": "en"}, chunking_strategy={"type": "auto"}
        ),
        id="files.create_and_poll",
    ),
    pytest.param(
        lambda c: c.vector_stores.files.upload_and_poll(vector_store_id=STORE_ID, file=FILES[0], attributes={"a": 1}),
        id="files.upload_and_poll",
    ),
    pytest.param(
        lambda c: c.vector_stores.file_batches.poll(BATCH_ID, vector_store_id=STORE_ID), id="file_batches.poll"
    ),
    pytest.param(
        lambda c: c.vector_stores.file_batches.create_and_poll(STORE_ID, file_ids=[FILE_ID], chunking_strategy=STATIC),
        id="file_batches.create_and_poll",
    ),
    pytest.param(
        lambda c: c.vector_stores.file_batches.upload_and_poll(
            STORE_ID, files=FILES, file_ids=[FILE_ID], max_concurrency=2
        ),
        id="file_batches.upload_and_poll",
    ),
]


@pytest.mark.parametrize("call", HELPERS)
async def test_polling_helper_is_accepted_up_to_its_first_wait(prism: Any, first_wait: List[float], call: Any) -> None:
    try:
        result = await run(call(prism))
    except Waited:
        assert first_wait == [1.0]  # still in progress, and Prism gives no advice
    else:
        # A batch poll stops once no file is in progress (as the official's does); Prism's
        # example batch may already say so. A file poll always sees `in_progress` here.
        assert result.object == "vector_store.files_batch"
        assert result.file_counts.in_progress == 0
