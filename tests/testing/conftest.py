"""Fixtures shared by the tests of `openai.testing`: a fresh fake, and the sync then async client."""

from __future__ import annotations

from typing import Any, AsyncIterator

import pytest

import openai
from openai.testing import FakeOpenAI


@pytest.fixture
def fake() -> FakeOpenAI:
    return FakeOpenAI()


@pytest.fixture(params=["sync", "async"])
async def api(request: pytest.FixtureRequest, fake: FakeOpenAI) -> AsyncIterator[Any]:
    """A client of `fake` without retries: the sync one, then the async one."""
    if request.param == "sync":
        with fake.client(max_retries=0) as client:
            yield client
    else:
        async with fake.async_client(max_retries=0) as client:
            yield client


@pytest.fixture(params=["sync", "async"])
def oai(request: pytest.FixtureRequest, openai_client: openai.OpenAI, async_openai_client: openai.AsyncOpenAI) -> Any:
    """The pytest plugin's client of `openai_fake`: the sync one, then the async one."""
    return openai_client if request.param == "sync" else async_openai_client
