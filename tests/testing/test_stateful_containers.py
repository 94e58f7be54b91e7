"""The fake's /containers and their files."""

from __future__ import annotations

from typing import Any

import pytest

import openai
from openai.testing import FakeOpenAI
from tests.utils import run
from tests.utils.requests import collect

pytestmark = pytest.mark.anyio


async def test_containers_and_files(api: Any) -> None:
    source = await run(api.files.create(file=("data.csv", b"a,b\n1,2\n"), purpose="user_data"))
    container = await run(api.containers.create(name="box", file_ids=[source.id]))
    assert container.id.startswith("cntr_") and container.status == "running"
    files = await collect(api.containers.files.list(container.id, limit=1))
    assert [(f.path, f.bytes) for f in files] == [("/mnt/data/data.csv", 8)]
    uploaded = await run(api.containers.files.create(container.id, file=("x.txt", b"xyz")))
    assert uploaded.id.startswith("cfile_") and uploaded.container_id == container.id
    assert (await run(api.containers.files.content.retrieve(uploaded.id, container_id=container.id))).content == b"xyz"
    assert (await run(api.containers.files.retrieve(uploaded.id, container_id=container.id))).path == "/mnt/data/x.txt"
    await run(api.containers.files.delete(uploaded.id, container_id=container.id))
    with pytest.raises(openai.NotFoundError):
        await run(api.containers.files.retrieve(uploaded.id, container_id=container.id))
    assert [c.id for c in await collect(api.containers.list())] == [container.id]
    await run(api.containers.delete(container.id))
    with pytest.raises(openai.NotFoundError):
        await run(api.containers.retrieve(container.id))


async def test_container_file_needs_a_file(api: Any, fake: FakeOpenAI) -> None:
    container = await run(api.containers.create(name="box"))
    reply = fake.call("POST", f"/containers/{container.id}/files", {})
    assert reply.status == 400
    with pytest.raises(openai.NotFoundError):
        await run(api.containers.files.create(container.id, file_id="file-nope"))
