"""A fake OpenAI API for tests and offline examples.

`FakeOpenAI` answers every request of our client in-process (`fake.client()`) or over a socket
(`fake.serve()`, `python -m openai.testing`); the pytest plugin gives it as the `openai_fake`,
`openai_client` and `async_openai_client` fixtures.

The names load on first access: the pytest plugin lives in this package and is imported by
every pytest run, which must not pay for the fake unless a test uses it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._core import SSE, APIErrorReply, FakeRequest, FakeUpload, Reply, Scripted, ToolCall
    from ._fake import FakeOpenAI
    from ._server import FakeServer

__all__ = [
    "FakeOpenAI",
    "FakeServer",
    "FakeRequest",
    "FakeUpload",
    "Reply",
    "SSE",
    "APIErrorReply",
    "ToolCall",
    "Scripted",
]

_HOMES = {"FakeOpenAI": "._fake", "FakeServer": "._server"}


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(_HOMES.get(name, "._core"), __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list:
    return sorted(set(globals()) | set(__all__))
