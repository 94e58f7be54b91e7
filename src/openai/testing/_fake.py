"""`FakeOpenAI`: the fake API with its clients (built on `FakeCore`)."""

from __future__ import annotations

from typing import Any, List

import httpx

from . import _routes  # noqa: F401  (registers every endpoint module's handlers)
from ._core import FakeCore, FakeRequest
from ._transport import AsyncFakeTransport, FakeTransport, parse_request, reply_to_response

__all__ = ["FakeOpenAI"]

FAKE_API_KEY = "sk-fake-key"
FAKE_BASE_URL = "http://fake.openai.test/v1"


class FakeOpenAI(FakeCore):
    """An in-process, stateful fake of the OpenAI REST API."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.requests: List[FakeRequest] = []

    def handle(self, request: httpx.Request, content: bytes) -> httpx.Response:
        parsed = parse_request(request, content)
        with self._lock:
            self.requests.append(parsed)
        return reply_to_response(self.dispatch(parsed), request)

    def http_client(self, **kwargs: Any) -> httpx.Client:
        return httpx.Client(transport=FakeTransport(self), **kwargs)

    def async_http_client(self, **kwargs: Any) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=AsyncFakeTransport(self), **kwargs)

    def client(self, **kwargs: Any) -> Any:
        from .. import OpenAI

        kwargs.setdefault("api_key", FAKE_API_KEY)
        kwargs.setdefault("base_url", FAKE_BASE_URL)
        kwargs.setdefault("http_client", self.http_client())
        return OpenAI(**kwargs)

    def async_client(self, **kwargs: Any) -> Any:
        from .. import AsyncOpenAI

        kwargs.setdefault("api_key", FAKE_API_KEY)
        kwargs.setdefault("base_url", FAKE_BASE_URL)
        kwargs.setdefault("http_client", self.async_http_client())
        return AsyncOpenAI(**kwargs)
