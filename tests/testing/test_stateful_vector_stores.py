"""The fake's vector stores, their files and file batches, and search: progress on reads, the
polling helpers of our clients, pagination, 404s."""

from __future__ import annotations

from typing import Any

import pytest

import openai
from openai.testing import FakeOpenAI
from tests.utils import run
from tests.utils.requests import collect

pytestmark = pytest.mark.anyio


async def _file(api: Any, name: str, text: str) -> Any:
    return await run(api.files.create(file=(name, text.encode()), purpose="assistants"))


async def test_files_are_indexed_on_the_next_read_with_counts_kept_right(api: Any) -> None:
    first, second = await _file(api, "a.md", "alpha"), await _file(api, "b.md", "beta beta")
    store = await run(api.vector_stores.create(name="kb", file_ids=[first.id, second.id], metadata={"k": "v"}))
    assert store.id.startswith("vs_") and store.status == "in_progress"
    assert (store.file_counts.in_progress, store.file_counts.total, store.usage_bytes) == (2, 2, 0)
    store = await run(api.vector_stores.retrieve(store.id))
    assert store.status == "completed"
    assert (store.file_counts.completed, store.file_counts.in_progress) == (2, 0)
    assert store.usage_bytes == first.bytes + second.bytes
    assert store.metadata == {"k": "v"}


async def test_upload_and_poll_and_create_and_poll_finish(api: Any) -> None:
    store = await run(api.vector_stores.create(name="kb"))
    vs_file = await run(api.vector_stores.files.upload_and_poll(vector_store_id=store.id, file=("c.txt", b"gamma")))
    assert vs_file.status == "completed" and vs_file.usage_bytes == 5
    other = await _file(api, "d.txt", "delta")
    polled = await run(api.vector_stores.files.create_and_poll(other.id, vector_store_id=store.id, poll_interval_ms=1))
    assert polled.status == "completed"
    batch = await run(
        api.vector_stores.file_batches.upload_and_poll(
            store.id, files=[("e.txt", b"e"), ("f.txt", b"f")], poll_interval_ms=1
        )
    )
    assert batch.id.startswith("vsfb_") and batch.status == "completed"
    assert (batch.file_counts.completed, batch.file_counts.total) == (2, 2)
    listed = await collect(api.vector_stores.file_batches.list_files(batch.id, vector_store_id=store.id, limit=1))
    assert len(listed) == 2
    assert (await run(api.vector_stores.retrieve(store.id))).file_counts.total == 4


async def test_steps_setting_makes_files_complete_at_once_or_later(api: Any, fake: FakeOpenAI) -> None:
    fake.vector_store_steps = 0  # type: ignore[attr-defined]
    store = await run(api.vector_stores.create(name="kb", file_ids=[(await _file(api, "a", "a")).id]))
    assert store.status == "completed"
    fake.vector_store_steps = 3  # type: ignore[attr-defined]
    vs_file = await run(
        api.vector_stores.files.create(vector_store_id=store.id, file_id=(await _file(api, "b", "b")).id)
    )
    statuses = [
        (await run(api.vector_stores.files.retrieve(vs_file.id, vector_store_id=store.id))).status for _ in range(3)
    ]
    assert statuses == ["in_progress", "in_progress", "completed"]


async def test_search_is_deterministic_and_honours_filters_and_limits(api: Any, fake: FakeOpenAI) -> None:
    fake.vector_store_steps = 0  # type: ignore[attr-defined]
    store = await run(api.vector_stores.create(name="kb"))
    cats = await _file(api, "cats.md", "Intro text.\n\nCats purr and sleep all day.")
    dogs = await _file(api, "dogs.md", "Dogs bark. Cats are not dogs.")
    await run(api.vector_stores.files.create(vector_store_id=store.id, file_id=cats.id, attributes={"year": 2024}))
    await run(api.vector_stores.files.create(vector_store_id=store.id, file_id=dogs.id, attributes={"year": 2020}))
    hits = await collect(api.vector_stores.search(store.id, query="cats purr"))
    assert [(hit.filename, hit.score) for hit in hits] == [("cats.md", 1.0), ("dogs.md", 0.5)]
    assert hits[0].content[0].text == "Cats purr and sleep all day."
    recent = await collect(
        api.vector_stores.search(store.id, query="cats", filters={"type": "gte", "key": "year", "value": 2023})
    )
    assert [hit.file_id for hit in recent] == [cats.id]
    assert len(await collect(api.vector_stores.search(store.id, query="cats", max_num_results=1))) == 1
    assert await collect(api.vector_stores.search(store.id, query="giraffe")) == []


async def test_update_list_delete_and_404s(api: Any) -> None:
    ids = [(await run(api.vector_stores.create(name=f"s{i}"))).id for i in range(3)]
    updated = await run(api.vector_stores.update(ids[0], name="renamed", metadata={"a": "b"}))
    assert (updated.name, updated.metadata) == ("renamed", {"a": "b"})
    assert [store.id for store in await collect(api.vector_stores.list(limit=2))] == ids[::-1]
    gone = await run(api.vector_stores.delete(ids[1]))
    assert (gone.id, gone.deleted, gone.object) == (ids[1], True, "vector_store.deleted")
    with pytest.raises(openai.NotFoundError):
        await run(api.vector_stores.retrieve(ids[1]))
    with pytest.raises(openai.NotFoundError):
        await run(api.vector_stores.files.create(vector_store_id=ids[0], file_id="file-nope"))
    with pytest.raises(openai.NotFoundError):
        await run(api.vector_stores.files.retrieve("file-nope", vector_store_id=ids[0]))


async def test_file_update_content_delete_and_batch_cancel(api: Any) -> None:
    store = await run(api.vector_stores.create(name="kb"))
    doc = await _file(api, "doc.txt", "one\n\ntwo")
    await run(api.vector_stores.files.create(vector_store_id=store.id, file_id=doc.id))
    updated = await run(api.vector_stores.files.update(doc.id, vector_store_id=store.id, attributes={"lang": "en"}))
    assert updated.attributes == {"lang": "en"}
    parts = await collect(api.vector_stores.files.content(doc.id, vector_store_id=store.id))
    assert [part.text for part in parts] == ["one", "two"]
    other = await _file(api, "x.txt", "x")
    batch = await run(api.vector_stores.file_batches.create(store.id, file_ids=[other.id]))
    cancelled = await run(api.vector_stores.file_batches.cancel(batch.id, vector_store_id=store.id))
    assert (cancelled.status, cancelled.file_counts.cancelled) == ("cancelled", 1)
    deleted = await run(api.vector_stores.files.delete(doc.id, vector_store_id=store.id))
    assert deleted.deleted is True
    store = await run(api.vector_stores.retrieve(store.id))
    assert (store.file_counts.total, store.file_counts.cancelled) == (1, 1)
