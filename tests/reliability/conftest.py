"""Fixtures of the reliability suite: one fault server per module, clients on it, pool stats."""

from __future__ import annotations

import inspect
from typing import Any, AsyncIterator, Callable, Iterator, List

import pytest

import openai
from tests.reliability.fault_server import FaultServer

CANARY = "sk-canary-4f1d9c"


@pytest.fixture(scope="module")
def server() -> Iterator[FaultServer]:
    srv = FaultServer()
    yield srv
    srv.close()


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def make(kind: str) -> AsyncIterator[Callable[..., Any]]:
    """Builds an `OpenAI` or an `AsyncOpenAI` (by `kind`), with no retries unless asked; closed
    after the test."""
    cls = openai.OpenAI if kind == "sync" else openai.AsyncOpenAI
    made: List[Any] = []

    def build(base_url: str, **kwargs: Any) -> Any:
        kwargs.setdefault("api_key", CANARY)
        kwargs.setdefault("max_retries", 0)
        kwargs.setdefault("timeout", 5.0)
        client = cls(base_url=base_url, **kwargs)
        made.append(client)
        return client

    yield build
    for client in made:
        await call(client.close())


async def call(value: Any) -> Any:
    """`await` it when the async client returned an awaitable."""
    return await value if inspect.isawaitable(value) else value


async def drain(stream: Any) -> "list[Any]":
    if hasattr(stream, "__aiter__"):
        return [item async for item in stream]
    return list(stream)


async def close(obj: Any) -> None:
    await call(obj.close())


def pool_of(client: Any) -> Any:
    """The httpcore pool under an openai client's httpx client."""
    return client._client._transport._pool


def checked_out(client: Any) -> int:
    """Requests holding (or waiting for) a connection of the pool: a response not closed."""
    return len(pool_of(client)._requests)
