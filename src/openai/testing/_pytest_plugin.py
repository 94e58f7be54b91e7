"""The pytest plugin of `openai.testing` (registered through the `pytest11` entry point).

Fixtures:
    openai_fake          a fresh `FakeOpenAI` per test
    openai_client        an `OpenAI` wired to it (closed after the test)
    async_openai_client  an `AsyncOpenAI` wired to it (closed after the test)

`@pytest.mark.openai_offline` on a test, or `--openai-offline` for the whole run, fails any test
whose code sends a request through httpx to the real API (api.openai.com, *.openai.azure.com).

The plugin loads for every pytest run in an environment that has this package, so it imports
nothing beyond pytest until a fixture or the offline guard is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Generator, Iterator, List

import pytest

if TYPE_CHECKING:
    from openai import AsyncOpenAI, OpenAI
    from openai.testing import FakeOpenAI

_REAL_HOSTS = ("api.openai.com",)
_REAL_HOST_SUFFIXES = (".openai.azure.com",)


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("openai")
    group.addoption(
        "--openai-offline",
        action="store_true",
        default=False,
        help="fail any test that sends a request to the real OpenAI API (api.openai.com, *.openai.azure.com)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "openai_offline: fail the test if it sends a request to the real OpenAI API (see --openai-offline)"
    )


def is_real_api_host(host: str) -> bool:
    """Whether `host` is the real OpenAI (or Azure OpenAI) API."""
    host = host.lower().rstrip(".")
    return host in _REAL_HOSTS or host.endswith(_REAL_HOST_SUFFIXES)


def _refuse(url: Any) -> None:
    pytest.fail(
        f"This test tried to reach the real OpenAI API ({url}) while offline "
        "(the openai_offline marker or --openai-offline); use the openai_client fixture or FakeOpenAI.",
        pytrace=False,
    )


def _install_guard() -> Callable[[], None]:
    """Patch httpx's network transports to refuse the real API hosts; returns the undo."""
    import httpx

    sync_original = httpx.HTTPTransport.handle_request
    async_original = httpx.AsyncHTTPTransport.handle_async_request

    def handle_request(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        if is_real_api_host(request.url.host):
            _refuse(request.url)
        return sync_original(self, request)

    async def handle_async_request(self: httpx.AsyncHTTPTransport, request: httpx.Request) -> httpx.Response:
        if is_real_api_host(request.url.host):
            _refuse(request.url)
        return await async_original(self, request)

    httpx.HTTPTransport.handle_request = handle_request  # type: ignore[method-assign]
    httpx.AsyncHTTPTransport.handle_async_request = handle_async_request  # type: ignore[method-assign]

    def undo() -> None:
        httpx.HTTPTransport.handle_request = sync_original  # type: ignore[method-assign]
        httpx.AsyncHTTPTransport.handle_async_request = async_original  # type: ignore[method-assign]

    return undo


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: Any) -> Generator[None, None, None]:
    # Wraps setup, call and teardown, so fixtures cannot reach the API either.
    offline = item.config.getoption("openai_offline", False) or item.get_closest_marker("openai_offline") is not None
    undo: List[Callable[[], None]] = [_install_guard()] if offline else []
    try:
        yield
    finally:
        for step in undo:
            step()


@pytest.fixture
def openai_fake() -> "FakeOpenAI":
    """A fresh fake OpenAI API (`openai.testing.FakeOpenAI`) for this test."""
    from openai.testing import FakeOpenAI

    return FakeOpenAI()


@pytest.fixture
def openai_client(openai_fake: "FakeOpenAI") -> Iterator["OpenAI"]:
    """An `OpenAI` client whose requests go to `openai_fake`."""
    client = openai_fake.client()
    try:
        yield client
    finally:
        client.close()


@pytest.fixture
def async_openai_client(openai_fake: "FakeOpenAI") -> Iterator["AsyncOpenAI"]:
    """An `AsyncOpenAI` client whose requests go to `openai_fake` (usable from any async test
    runner: the fixture itself is synchronous)."""
    client = openai_fake.async_client()
    try:
        yield client
    finally:
        _close_async(client)


def _close_async(client: "AsyncOpenAI") -> None:
    # The in-process transport holds no sockets; closing only marks the client closed. Without
    # an event loop of our own in this thread, run the close in a short-lived one.
    import asyncio

    if client.is_closed():
        return
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        asyncio.run(client.close())
