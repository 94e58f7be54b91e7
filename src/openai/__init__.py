"""The OpenAI API client library (a hand-written drop-in for the official `openai` package).

Importing `openai` loads only the client machinery and `BaseModel`; the types, the resources,
pagination and the helpers are imported the first time they are used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._base_client import DefaultAioHttpClient, DefaultAsyncHttpxClient, DefaultHttpxClient
from ._client import AsyncClient, AsyncOpenAI, Client, OpenAI
from ._constants import DEFAULT_CONNECTION_LIMITS, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ContentFilterFinishReasonError,
    InternalServerError,
    InvalidWebhookSignatureError,
    LengthFinishReasonError,
    NotFoundError,
    OpenAIError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._files import file_from_path
from ._models import BaseModel
from ._response import APIResponse, AsyncAPIResponse, HttpxBinaryResponseContent
from ._streaming import AsyncStream, Stream
from ._types import NOT_GIVEN, NoneType, NotGiven, Omit, ProxiesTypes, RequestOptions, Timeout, Transport
from ._version import __title__, __version__

if TYPE_CHECKING:
    from . import types as types
    from .lib._tools import pydantic_function_tool as pydantic_function_tool

VERSION: str = __version__

__all__ = [
    "types",
    "__version__",
    "__title__",
    "NoneType",
    "Transport",
    "ProxiesTypes",
    "NotGiven",
    "NOT_GIVEN",
    "Omit",
    "OpenAIError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "APIConnectionError",
    "APIResponseValidationError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "LengthFinishReasonError",
    "ContentFilterFinishReasonError",
    "InvalidWebhookSignatureError",
    "Timeout",
    "RequestOptions",
    "Client",
    "AsyncClient",
    "Stream",
    "AsyncStream",
    "OpenAI",
    "AsyncOpenAI",
    "file_from_path",
    "BaseModel",
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_CONNECTION_LIMITS",
    "DefaultHttpxClient",
    "DefaultAsyncHttpxClient",
    "DefaultAioHttpClient",
    "APIResponse",
    "AsyncAPIResponse",
    "HttpxBinaryResponseContent",
    "VERSION",
    "pydantic_function_tool",
]

# Names whose modules are imported on first use: (module, attribute or None for the module).
_LAZY = {
    "types": (".types", None),
    "pagination": (".pagination", None),
    "resources": (".resources", None),
    "lib": (".lib", None),
    "pydantic_function_tool": (".lib._tools", "pydantic_function_tool"),
}


def __getattr__(name: str) -> Any:
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module 'openai' has no attribute {name!r}")
    import importlib

    module = importlib.import_module(target[0], __name__)
    value = module if target[1] is None else getattr(module, target[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
