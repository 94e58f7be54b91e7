"""`beta.assistants.*` against the Prism mock server, each test on the sync and the async client:
Prism validates every request against the spec, and its spec-shaped answers must fit our models
exactly (the clients validate strictly here)."""

from __future__ import annotations

from typing import Any

import pytest

import openai
from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types.beta import Assistant, AssistantDeleted
from tests.utils import run

pytestmark = pytest.mark.anyio

ASSISTANT_ID = "asst_abc123"
ALL_PARAMS = {
    "description": "Tells the weather",
    "instructions": "Answer with the weather.",
    "metadata": {"team": "demo"},
    "name": "Weather bot",
    "reasoning_effort": "low",
    "response_format": "auto",
    "temperature": 1.0,
    "tool_resources": {"code_interpreter": {"file_ids": ["file_1"]}, "file_search": {"vector_store_ids": ["vs_1"]}},
    "tools": [
        {"type": "code_interpreter"},
        {"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object"}}},
    ],
    "top_p": 1.0,
}


@pytest.fixture
def strict(prism: Any) -> Any:
    """The Prism-backed client (sync, then async), validating responses strictly."""
    prism._strict_response_validation = True
    return prism


def assert_assistant(value: object) -> None:
    assert isinstance(value, Assistant)
    assert value.object == "assistant"


async def test_create(strict: Any) -> None:
    assert_assistant(await run(strict.beta.assistants.create(model="gpt-4o")))


async def test_create_with_all_params(strict: Any) -> None:
    assert_assistant(await run(strict.beta.assistants.create(model="gpt-4o", **ALL_PARAMS)))


async def test_retrieve(strict: Any) -> None:
    assert_assistant(await run(strict.beta.assistants.retrieve(ASSISTANT_ID)))


async def test_update(strict: Any) -> None:
    assert_assistant(await run(strict.beta.assistants.update(ASSISTANT_ID, model="gpt-4o-mini", **ALL_PARAMS)))


async def test_list(strict: Any) -> None:
    page = await run(strict.beta.assistants.list(after="asst_0", before="asst_9", limit=2, order="desc"))
    assert isinstance(page, AsyncCursorPage if isinstance(strict, openai.AsyncOpenAI) else SyncCursorPage)
    assert page.data
    assert_assistant(page.data[0])


async def test_delete(strict: Any) -> None:
    deleted = await run(strict.beta.assistants.delete(ASSISTANT_ID))
    assert isinstance(deleted, AssistantDeleted)
    assert deleted.object == "assistant.deleted"


async def test_empty_id_is_refused(strict: Any) -> None:
    with pytest.raises(ValueError, match="`assistant_id`"):
        await run(strict.beta.assistants.retrieve(""))
