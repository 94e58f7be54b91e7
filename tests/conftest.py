"""Shared fixtures: respx-mocked clients, Prism-backed clients, and a stubbed retry sleep."""

from __future__ import annotations

import os
from typing import Any, AsyncIterator, Iterator, List

import pytest

import openai
from tests.utils import API_KEY, BASE_URL

PRISM_URL = os.environ.get("TEST_API_BASE_URL")


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests must not pick up a developer's real configuration.
    for name in ("OPENAI_API_KEY", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID", "OPENAI_BASE_URL", "OPENAI_WEBHOOK_SECRET"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> List[float]:
    """Records retry pauses instead of sleeping (sync and async)."""
    recorded: List[float] = []

    def fake_sleep(self: Any, seconds: float) -> None:
        recorded.append(seconds)

    async def fake_async_sleep(self: Any, seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(openai.OpenAI, "_sleep", fake_sleep)
    monkeypatch.setattr(openai.AsyncOpenAI, "_sleep", fake_async_sleep)
    return recorded


@pytest.fixture
def client() -> Iterator[openai.OpenAI]:
    with openai.OpenAI(api_key=API_KEY, base_url=BASE_URL) as c:
        yield c


@pytest.fixture
async def async_client() -> AsyncIterator[openai.AsyncOpenAI]:
    async with openai.AsyncOpenAI(api_key=API_KEY, base_url=BASE_URL) as c:
        yield c


def _require_prism() -> str:
    if not PRISM_URL:
        pytest.skip("no Prism mock server: set TEST_API_BASE_URL or run ./scripts/test (needs ../shared/openapi.yaml)")
    return PRISM_URL


@pytest.fixture
def prism_client() -> Iterator[openai.OpenAI]:
    with openai.OpenAI(api_key=API_KEY, base_url=_require_prism(), max_retries=0) as c:
        yield c


@pytest.fixture
async def prism_async_client() -> AsyncIterator[openai.AsyncOpenAI]:
    async with openai.AsyncOpenAI(api_key=API_KEY, base_url=_require_prism(), max_retries=0) as c:
        yield c


@pytest.fixture(params=["client", "async_client"])
def api(request: pytest.FixtureRequest) -> Any:
    """The sync client, then the async one: tests using it run once with each. A test module's
    `API_OPTIONS` (e.g. `{"max_retries": 0}`) are applied to both with `with_options`."""
    client = request.getfixturevalue(request.param)
    options = getattr(request.module, "API_OPTIONS", None)
    return client.with_options(**options) if options else client


@pytest.fixture(params=["prism_client", "prism_async_client"])
def prism(request: pytest.FixtureRequest) -> Any:
    """The Prism-backed sync client, then the async one."""
    return request.getfixturevalue(request.param)
