"""`models.*` against the Prism mock server (sync and async)."""

from __future__ import annotations

import pytest

import openai
from openai.pagination import AsyncPage, SyncPage
from openai.types import Model, ModelDeleted


def test_retrieve(prism_client: openai.OpenAI) -> None:
    model = prism_client.models.retrieve("gpt-4o-mini")
    assert isinstance(model, Model)
    assert isinstance(model.id, str)


def test_list(prism_client: openai.OpenAI) -> None:
    page = prism_client.models.list()
    assert isinstance(page, SyncPage)
    assert all(isinstance(m, Model) for m in page.data)


def test_delete(prism_client: openai.OpenAI) -> None:
    assert isinstance(prism_client.models.delete("ft:gpt-4o-mini:acme:suffix:abc123"), ModelDeleted)


def test_empty_path_param(prism_client: openai.OpenAI) -> None:
    with pytest.raises(ValueError, match="Expected a non-empty value for `model`"):
        prism_client.models.retrieve("")


@pytest.mark.anyio
async def test_async_retrieve(prism_async_client: openai.AsyncOpenAI) -> None:
    model = await prism_async_client.models.retrieve("gpt-4o-mini")
    assert isinstance(model, Model)


@pytest.mark.anyio
async def test_async_list(prism_async_client: openai.AsyncOpenAI) -> None:
    page = await prism_async_client.models.list()
    assert isinstance(page, AsyncPage)
    items = [m async for m in prism_async_client.models.list()]
    assert [m.id for m in items] == [m.id for m in page.data]


@pytest.mark.anyio
async def test_async_delete(prism_async_client: openai.AsyncOpenAI) -> None:
    assert isinstance(await prism_async_client.models.delete("ft:gpt-4o-mini:acme:suffix:abc123"), ModelDeleted)
