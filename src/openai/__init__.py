"""The OpenAI API client library (a hand-written drop-in for the official `openai` package).

Importing `openai` loads only the client machinery (not pydantic); `BaseModel`, the types, the resources,
pagination and the helpers are imported the first time they are used.
"""

from __future__ import annotations

import os as _os
from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

import httpx as _httpx

from . import version as version
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
from ._logs import setup_logging as _setup_logging
from ._module_client import RemovedInV1 as _RemovedInV1
from ._module_client import ResourceProxy as _ResourceProxy
from ._module_client import load_client as _load_client  # noqa: F401  (test suites call these)
from ._module_client import reset_client as _reset_client  # noqa: F401
from ._response import APIResponse, AsyncAPIResponse, HttpxBinaryResponseContent
from ._streaming import AsyncStream, Stream
from ._types import NOT_GIVEN, NoneType, NotGiven, Omit, ProxiesTypes, RequestOptions, Timeout, Transport
from ._version import __title__, __version__
from .lib.azure import AsyncAzureOpenAI, AzureOpenAI

if TYPE_CHECKING:
    from . import types as types
    from ._limiter import Limiter as Limiter
    from ._models import BaseModel as BaseModel
    from ._rate_limits import RateLimits as RateLimits
    from ._retry_budget import RetryBudget as RetryBudget
    from ._stream_errors import PoolExhaustedError as PoolExhaustedError
    from ._stream_errors import StreamInterruptedError as StreamInterruptedError
    from .lib._batch_runner import BatchRequestError as BatchRequestError
    from .lib._batch_runner import BatchRunResults as BatchRunResults
    from .lib._tools import pydantic_function_tool as pydantic_function_tool
    from .lib.streaming import AssistantEventHandler as AssistantEventHandler
    from .lib.streaming import AsyncAssistantEventHandler as AsyncAssistantEventHandler

VERSION: str = __version__

_setup_logging()  # OPENAI_LOG=info|debug

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
    "AzureOpenAI",
    "AsyncAzureOpenAI",
    "AssistantEventHandler",
    "AsyncAssistantEventHandler",
    # Ours, beyond the official names (loaded on first use).
    "RateLimits",
    "Limiter",
    "BatchRequestError",
    "BatchRunResults",
    "StreamInterruptedError",
    "PoolExhaustedError",
    "RetryBudget",
]

# ---- the module-level client (see _module_client): settings, then resource proxies --------

api_key: Optional[str] = None
organization: Optional[str] = None
project: Optional[str] = None
webhook_secret: Optional[str] = None
base_url: Union[str, _httpx.URL, None] = None
timeout: Union[float, Timeout, None] = DEFAULT_TIMEOUT
max_retries: int = DEFAULT_MAX_RETRIES
default_headers: Optional[Mapping[str, str]] = None
default_query: Optional[Mapping[str, object]] = None
http_client: Optional[_httpx.Client] = None
# Read at import, as the official package reads them.
api_type: Optional[str] = _os.environ.get("OPENAI_API_TYPE")
api_version: Optional[str] = _os.environ.get("OPENAI_API_VERSION")
azure_endpoint: Optional[str] = _os.environ.get("AZURE_OPENAI_ENDPOINT")
azure_ad_token: Optional[str] = _os.environ.get("AZURE_OPENAI_AD_TOKEN")
azure_ad_token_provider: Optional[Any] = None

if TYPE_CHECKING:
    from .resources.audio import Audio as _Audio
    from .resources.batches import Batches as _Batches
    from .resources.beta import Beta as _Beta
    from .resources.chat import Chat as _Chat
    from .resources.completions import Completions as _Completions
    from .resources.containers import Containers as _Containers
    from .resources.conversations import Conversations as _Conversations
    from .resources.embeddings import Embeddings as _Embeddings
    from .resources.evals import Evals as _Evals
    from .resources.files import Files as _Files
    from .resources.fine_tuning import FineTuning as _FineTuning
    from .resources.images import Images as _Images
    from .resources.models import Models as _Models
    from .resources.moderations import Moderations as _Moderations
    from .resources.responses import Responses as _Responses
    from .resources.uploads import Uploads as _Uploads
    from .resources.vector_stores import VectorStores as _VectorStores
    from .resources.webhooks import Webhooks as _Webhooks

completions: "_Completions" = _ResourceProxy("completions")  # type: ignore[assignment]
chat: "_Chat" = _ResourceProxy("chat")  # type: ignore[assignment]
embeddings: "_Embeddings" = _ResourceProxy("embeddings")  # type: ignore[assignment]
files: "_Files" = _ResourceProxy("files")  # type: ignore[assignment]
images: "_Images" = _ResourceProxy("images")  # type: ignore[assignment]
audio: "_Audio" = _ResourceProxy("audio")  # type: ignore[assignment]
moderations: "_Moderations" = _ResourceProxy("moderations")  # type: ignore[assignment]
models: "_Models" = _ResourceProxy("models")  # type: ignore[assignment]
fine_tuning: "_FineTuning" = _ResourceProxy("fine_tuning")  # type: ignore[assignment]
webhooks: "_Webhooks" = _ResourceProxy("webhooks")  # type: ignore[assignment]
beta: "_Beta" = _ResourceProxy("beta")  # type: ignore[assignment]
batches: "_Batches" = _ResourceProxy("batches")  # type: ignore[assignment]
uploads: "_Uploads" = _ResourceProxy("uploads")  # type: ignore[assignment]
responses: "_Responses" = _ResourceProxy("responses")  # type: ignore[assignment]
conversations: "_Conversations" = _ResourceProxy("conversations")  # type: ignore[assignment]
evals: "_Evals" = _ResourceProxy("evals")  # type: ignore[assignment]
containers: "_Containers" = _ResourceProxy("containers")  # type: ignore[assignment]
vector_stores: "_VectorStores" = _ResourceProxy("vector_stores")  # type: ignore[assignment]
resources: Any = _ResourceProxy("resources")

# Pre-1.0 names: using one raises an error that explains the 1.x interface.
for _name in (
    "Audio", "ChatCompletion", "Completion", "Customer", "Deployment", "Edit", "Embedding", "Engine",
    "ErrorObject", "File", "FineTune", "FineTuningJob", "Image", "Model", "Moderation",
):  # fmt: skip
    globals()[_name] = _RemovedInV1(_name)
del _name

# Names whose modules are imported on first use: (module, attribute or None for the module).
_LAZY = {
    "types": (".types", None),
    "pagination": (".pagination", None),
    "lib": (".lib", None),
    "pydantic_function_tool": (".lib._tools", "pydantic_function_tool"),
    # pydantic is imported with the first of these (or the first parsed response), not by `import openai`.
    "BaseModel": ("._models", "BaseModel"),
    "AssistantEventHandler": (".lib.streaming", "AssistantEventHandler"),
    "AsyncAssistantEventHandler": (".lib.streaming", "AsyncAssistantEventHandler"),
    "RateLimits": ("._rate_limits", "RateLimits"),
    "Limiter": ("._limiter", "Limiter"),
    "BatchRequestError": (".lib._batch_runner", "BatchRequestError"),
    "BatchRunResults": (".lib._batch_runner", "BatchRunResults"),
    "StreamInterruptedError": ("._stream_errors", "StreamInterruptedError"),
    "PoolExhaustedError": ("._stream_errors", "PoolExhaustedError"),
    "RetryBudget": ("._retry_budget", "RetryBudget"),
    # Private modules the official `import openai` loads and integrations reach through the
    # package attribute (`openai._utils.is_given`); here they load on that first access.
    "_legacy_response": ("._legacy_response", None),
    "_utils": ("._utils", None),
    "_compat": ("._compat", None),
    "_qs": ("._qs", None),
}


def _as_exported(value: Any) -> Any:
    # As the official package does for the names it exports: `openai.Stream`, not
    # `openai._streaming.Stream`, in reprs (`<openai.Stream object at ...>`) and pickles.
    if isinstance(value, type) or callable(value):
        try:
            value.__module__ = "openai"
        except (AttributeError, TypeError):  # builtins and the like
            pass
    return value


for _name in __all__:
    if not _name.startswith("__") and _name in globals():
        _as_exported(globals()[_name])


def __getattr__(name: str) -> Any:
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module 'openai' has no attribute {name!r}")
    import importlib

    module = importlib.import_module(target[0], __name__)
    value = module if target[1] is None else getattr(module, target[1])
    if target[1] is not None and name in __all__:
        _as_exported(value)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
