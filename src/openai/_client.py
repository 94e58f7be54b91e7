"""`OpenAI` and `AsyncOpenAI`: configuration, credentials, and the resource attributes.

Everything about sending requests lives in `_base_client`; this module only decides what
the client is configured with (arguments, then environment variables, then defaults) and
which resources hang off it. Resources are imported on first access, so creating a client
costs almost nothing.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Dict, Mapping, Optional, Union, cast

import httpx
from typing_extensions import Self

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._client_views import (
    AsyncOpenAIWithRawResponse,
    AsyncOpenAIWithStreamedResponse,
    OpenAIWithRawResponse,
    OpenAIWithStreamedResponse,
)
from ._constants import DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES
from ._exceptions import OpenAIError
from ._request import stringify_query
from ._resource import lazy_resource
from ._types import NOT_GIVEN, NotGiven, Omit, Timeout
from ._version import __version__

if TYPE_CHECKING:
    from ._limiter import Limiter
    from ._retry_budget import RetryBudget
    from .resources.audio import AsyncAudio, Audio
    from .resources.batches import AsyncBatches, Batches
    from .resources.beta import AsyncBeta, Beta
    from .resources.chat import AsyncChat, Chat
    from .resources.completions import AsyncCompletions, Completions
    from .resources.containers import AsyncContainers, Containers
    from .resources.conversations import AsyncConversations, Conversations
    from .resources.embeddings import AsyncEmbeddings, Embeddings
    from .resources.evals import AsyncEvals, Evals
    from .resources.files import AsyncFiles, Files
    from .resources.fine_tuning import AsyncFineTuning, FineTuning
    from .resources.images import AsyncImages, Images
    from .resources.models import AsyncModels, Models
    from .resources.moderations import AsyncModerations, Moderations
    from .resources.responses import AsyncResponses, Responses
    from .resources.uploads import AsyncUploads, Uploads
    from .resources.vector_stores import AsyncVectorStores, VectorStores
    from .resources.webhooks import AsyncWebhooks, Webhooks

__all__ = ["OpenAI", "AsyncOpenAI", "Client", "AsyncClient"]

_MISSING_KEY = (
    "The api_key client option must be set either by passing api_key to the client "
    "or by setting the OPENAI_API_KEY environment variable"
)


class _Querystring:
    """`client.qs`: how query params are encoded (nested values in bracket style)."""

    def stringify(self, params: Mapping[str, object]) -> str:
        return stringify_query(params)


_QUERYSTRING = _Querystring()


def _set_opt_ins(client: Any, limiter: Any, deadline: Any, retry_budget: Any, strict_stream_end: bool) -> None:
    """Check and store this package's opt-in options; an option left off is not stored, so the
    class default (the 1.102.0 behaviour) applies."""
    if limiter is not None:
        from ._limiter import Limiter

        if not isinstance(limiter, Limiter):
            raise TypeError(f"`limiter` must be an `openai.Limiter` or None, got {type(limiter)}")
    if deadline is not None:
        if isinstance(deadline, bool) or not isinstance(deadline, (int, float)) or not deadline > 0:
            raise ValueError(f"`deadline` must be a positive number of seconds or None, got {deadline!r}")
        deadline = float(deadline)
    if retry_budget is not None:
        from ._retry_budget import RetryBudget

        if not isinstance(retry_budget, RetryBudget):
            raise TypeError(f"`retry_budget` must be an `openai.RetryBudget` or None, got {type(retry_budget)}")
    stored = vars(client)
    for name, value, off in (
        ("_limiter", limiter, None),
        ("_deadline", deadline, None),
        ("_retry_budget", retry_budget, None),
        ("_strict_stream_end", bool(strict_stream_end), True),
    ):
        if value is off:
            stored.pop(name, None)
        else:
            setattr(client, name, value)


class _ClientConfig:
    """What `OpenAI` and `AsyncOpenAI` share: settings, headers, and `copy()`."""

    api_key: str
    organization: Optional[str]
    project: Optional[str]
    webhook_secret: Optional[str]
    websocket_base_url: Union[str, httpx.URL, None]

    @property
    def qs(self) -> _Querystring:
        """How this client encodes query params."""
        return _QUERYSTRING

    # Filled in by the base client classes.
    _custom_headers: Dict[str, Any]
    _custom_query: Dict[str, Any]
    _client: Any
    timeout: Any
    max_retries: int
    _strict_response_validation: bool
    _limiter: Any
    _deadline: Optional[float]
    _retry_budget: Optional["RetryBudget"]
    _strict_stream_end: bool

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        webhook_secret: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        websocket_base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, Timeout, None, NotGiven] = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Union[httpx.Client, httpx.AsyncClient, None] = None,
        _strict_response_validation: bool = False,
        limiter: Optional["Limiter"] = None,
        deadline: Optional[float] = None,
        retry_budget: Optional["RetryBudget"] = None,
        strict_stream_end: bool = True,
    ) -> None:
        """Configure a client; unset options come from OPENAI_* environment variables.
        `limiter`: an `openai.Limiter` that every request of this client waits for.
        `deadline`: seconds a request may take in all, attempts and retry pauses together.
        `retry_budget`: an `openai.RetryBudget` capping retries to a share of recent requests.
        `strict_stream_end=False` accepts streams that end without their terminal marker."""
        _set_opt_ins(self, limiter, deadline, retry_budget, strict_stream_end)
        resolved_url = self._configure(api_key, organization, project, webhook_secret, base_url, websocket_base_url)
        cast(Any, super()).__init__(  # the sync or async base client, by MRO
            version=__version__,
            base_url=resolved_url,
            max_retries=max_retries,
            timeout=timeout,
            http_client=http_client,
            custom_headers=default_headers,
            custom_query=default_query,
            _strict_response_validation=_strict_response_validation,
        )

    def _configure(
        self,
        api_key: Optional[str],
        organization: Optional[str],
        project: Optional[str],
        webhook_secret: Optional[str],
        base_url: Union[str, httpx.URL, None],
        websocket_base_url: Union[str, httpx.URL, None],
    ) -> Union[str, httpx.URL]:
        """Resolve arguments against the environment; returns the base URL to use."""
        if api_key is None:
            api_key = os.environ.get("OPENAI_API_KEY")
        if api_key is None:
            raise OpenAIError(_MISSING_KEY)
        self.api_key = api_key
        self.organization = organization if organization is not None else os.environ.get("OPENAI_ORG_ID")
        self.project = project if project is not None else os.environ.get("OPENAI_PROJECT_ID")
        self.webhook_secret = webhook_secret if webhook_secret is not None else os.environ.get("OPENAI_WEBHOOK_SECRET")
        self.websocket_base_url = websocket_base_url
        if base_url is None:
            base_url = os.environ.get("OPENAI_BASE_URL") or DEFAULT_BASE_URL
        return base_url

    @property
    def auth_headers(self) -> Dict[str, str]:
        if not self.api_key:
            return {}
        return {"Authorization": f"Bearer {self.api_key}"}

    def _account_headers(self) -> Dict[str, Union[str, Omit]]:
        # `Omit()` when unset, as the official `default_headers` shows them.
        return {
            "OpenAI-Organization": self.organization if self.organization is not None else Omit(),
            "OpenAI-Project": self.project if self.project is not None else Omit(),
        }

    def copy(
        self,
        *,
        api_key: Optional[str] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        webhook_secret: Optional[str] = None,
        websocket_base_url: Union[str, httpx.URL, None] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, Timeout, None, NotGiven] = NOT_GIVEN,
        http_client: Optional[Any] = None,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
        default_headers: Optional[Mapping[str, str]] = None,
        set_default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        set_default_query: Optional[Mapping[str, object]] = None,
        limiter: Union["Limiter", None, NotGiven] = NOT_GIVEN,
        deadline: Union[float, None, NotGiven] = NOT_GIVEN,
        retry_budget: Union["RetryBudget", None, NotGiven] = NOT_GIVEN,
        strict_stream_end: Union[bool, NotGiven] = NOT_GIVEN,
        _extra_kwargs: Mapping[str, Any] = {},
    ) -> Self:
        """A new client with some options changed; it shares this client's connection pool."""
        if default_headers is not None and set_default_headers is not None:
            raise ValueError("The `default_headers` and `set_default_headers` arguments are mutually exclusive")
        if default_query is not None and set_default_query is not None:
            raise ValueError("The `default_query` and `set_default_query` arguments are mutually exclusive")
        headers = dict(self._custom_headers)
        if default_headers is not None:
            headers.update(default_headers)
        elif set_default_headers is not None:
            headers = dict(set_default_headers)
        params = dict(self._custom_query)
        if default_query is not None:
            params.update(default_query)
        elif set_default_query is not None:
            params = dict(set_default_query)
        client_cls: Any = type(self)
        new = client_cls(
            api_key=api_key or self.api_key,
            organization=organization or self.organization,
            project=project or self.project,
            webhook_secret=webhook_secret or self.webhook_secret,
            websocket_base_url=websocket_base_url or self.websocket_base_url,
            base_url=base_url or cast(Any, self).base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            http_client=http_client or self._client,
            max_retries=self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            default_headers=headers,
            default_query=params,
            _strict_response_validation=self._strict_response_validation,
            **_extra_kwargs,
        )
        # Set on the copy, not passed: clients built on this one (Azure) need not know them. The
        # copy shares this client's limiter unless told otherwise (None: no limiter).
        _set_opt_ins(
            new,
            self._limiter if isinstance(limiter, NotGiven) else limiter,
            self._deadline if isinstance(deadline, NotGiven) else deadline,
            self._retry_budget if isinstance(retry_budget, NotGiven) else retry_budget,
            self._strict_stream_end if isinstance(strict_stream_end, NotGiven) else strict_stream_end,
        )
        return cast(Self, new)

    with_options = copy


class OpenAI(_ClientConfig, SyncAPIClient):
    """Synchronous client for the OpenAI API."""

    completions: "Completions" = lazy_resource("openai.resources.completions", "Completions")
    chat: "Chat" = lazy_resource("openai.resources.chat", "Chat")
    embeddings: "Embeddings" = lazy_resource("openai.resources.embeddings", "Embeddings")
    models: "Models" = lazy_resource("openai.resources.models", "Models")
    moderations: "Moderations" = lazy_resource("openai.resources.moderations", "Moderations")
    responses: "Responses" = lazy_resource("openai.resources.responses", "Responses")
    files: "Files" = lazy_resource("openai.resources.files", "Files")
    uploads: "Uploads" = lazy_resource("openai.resources.uploads", "Uploads")
    batches: "Batches" = lazy_resource("openai.resources.batches", "Batches")
    webhooks: "Webhooks" = lazy_resource("openai.resources.webhooks", "Webhooks")
    fine_tuning: "FineTuning" = lazy_resource("openai.resources.fine_tuning", "FineTuning")
    containers: "Containers" = lazy_resource("openai.resources.containers", "Containers")
    evals: "Evals" = lazy_resource("openai.resources.evals", "Evals")
    conversations: "Conversations" = lazy_resource("openai.resources.conversations", "Conversations")
    images: "Images" = lazy_resource("openai.resources.images", "Images")
    audio: "Audio" = lazy_resource("openai.resources.audio", "Audio")
    beta: "Beta" = lazy_resource("openai.resources.beta", "Beta")
    vector_stores: "VectorStores" = lazy_resource("openai.resources.vector_stores", "VectorStores")

    @property
    def with_raw_response(self) -> OpenAIWithRawResponse:
        """Every resource, with methods returning the raw response (`.parse()` for the object)."""
        return OpenAIWithRawResponse(self)

    @property
    def with_streaming_response(self) -> OpenAIWithStreamedResponse:
        """Every resource, with methods returning a context manager around a streamed response."""
        return OpenAIWithStreamedResponse(self)


class AsyncOpenAI(_ClientConfig, AsyncAPIClient):
    """Asynchronous client for the OpenAI API."""

    completions: "AsyncCompletions" = lazy_resource("openai.resources.completions", "AsyncCompletions")
    chat: "AsyncChat" = lazy_resource("openai.resources.chat", "AsyncChat")
    embeddings: "AsyncEmbeddings" = lazy_resource("openai.resources.embeddings", "AsyncEmbeddings")
    models: "AsyncModels" = lazy_resource("openai.resources.models", "AsyncModels")
    moderations: "AsyncModerations" = lazy_resource("openai.resources.moderations", "AsyncModerations")
    responses: "AsyncResponses" = lazy_resource("openai.resources.responses", "AsyncResponses")
    files: "AsyncFiles" = lazy_resource("openai.resources.files", "AsyncFiles")
    uploads: "AsyncUploads" = lazy_resource("openai.resources.uploads", "AsyncUploads")
    batches: "AsyncBatches" = lazy_resource("openai.resources.batches", "AsyncBatches")
    webhooks: "AsyncWebhooks" = lazy_resource("openai.resources.webhooks", "AsyncWebhooks")
    fine_tuning: "AsyncFineTuning" = lazy_resource("openai.resources.fine_tuning", "AsyncFineTuning")
    containers: "AsyncContainers" = lazy_resource("openai.resources.containers", "AsyncContainers")
    evals: "AsyncEvals" = lazy_resource("openai.resources.evals", "AsyncEvals")
    conversations: "AsyncConversations" = lazy_resource("openai.resources.conversations", "AsyncConversations")
    images: "AsyncImages" = lazy_resource("openai.resources.images", "AsyncImages")
    audio: "AsyncAudio" = lazy_resource("openai.resources.audio", "AsyncAudio")
    beta: "AsyncBeta" = lazy_resource("openai.resources.beta", "AsyncBeta")
    vector_stores: "AsyncVectorStores" = lazy_resource("openai.resources.vector_stores", "AsyncVectorStores")

    @property
    def with_raw_response(self) -> AsyncOpenAIWithRawResponse:
        """Every resource, with methods returning the raw response (`.parse()` for the object)."""
        return AsyncOpenAIWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncOpenAIWithStreamedResponse:
        """Every resource, with methods returning an async context manager around a streamed response."""
        return AsyncOpenAIWithStreamedResponse(self)


Client = OpenAI
AsyncClient = AsyncOpenAI
