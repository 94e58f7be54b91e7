"""`AzureOpenAI` and `AsyncAzureOpenAI`: the OpenAI clients, pointed at an Azure OpenAI resource.

They are `OpenAI` / `AsyncOpenAI` (same resources, same methods) with three differences:

- where requests go: `{azure_endpoint}/openai`, or `{azure_endpoint}/openai/deployments/{name}`
  for a client bound to one deployment. A client without a deployment sends the calls that
  Azure serves per deployment (chat completions, embeddings, audio, images, ...) to
  `/deployments/{model}/...`, using the `model` of the request body as the deployment name;
- which API version: `api-version` goes in the query string of every request;
- how the caller proves who it is: an API key (the `api-key` header), or a Microsoft Entra ID
  token (`Authorization: Bearer ...`), either fixed or asked of a provider before each attempt,
  so a long-lived client always sends a fresh one. Both are added per request, as the official
  client adds them: the wire (header order included) is the same.

`beta.realtime.connect()` asks the client for its WebSocket target (`_configure_realtime`):
`wss://{resource}/openai/realtime?api-version=...&deployment=...` with the same credentials,
an API key first.
"""

from __future__ import annotations

import inspect
import os
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Dict, Mapping, Optional, Tuple, Union, cast

import httpx
from typing_extensions import Self

from .._base_client import BaseClient
from .._client import AsyncOpenAI, OpenAI
from .._constants import DEFAULT_MAX_RETRIES
from .._exceptions import OpenAIError
from .._request import FinalRequestOptions
from .._types import NOT_GIVEN, NotGiven, Query, Timeout

if TYPE_CHECKING:
    from .._limiter import Limiter
    from .._retry_budget import RetryBudget

__all__ = [
    "API_KEY_SENTINEL",
    "AzureADTokenProvider",
    "AsyncAzureADTokenProvider",
    "BaseAzureClient",
    "AzureOpenAI",
    "AsyncAzureOpenAI",
    "MutuallyExclusiveAuthError",
]

AzureADTokenProvider = Callable[[], str]
AsyncAzureADTokenProvider = Callable[[], "str | Awaitable[str]"]

# `api_key` of a client authenticated by a token only (the attribute is always a string).
API_KEY_SENTINEL = "<missing API key>"

# Paths that Azure serves under `/deployments/{name}`; every other path is resource-wide.
DEPLOYMENT_ENDPOINTS = frozenset(
    {
        "/completions",
        "/chat/completions",
        "/embeddings",
        "/audio/transcriptions",
        "/audio/translations",
        "/audio/speech",
        "/images/generations",
        "/images/edits",
    }
)

_MISSING_CREDENTIALS = (
    "Missing credentials. Please pass one of `api_key`, `azure_ad_token`, `azure_ad_token_provider`, "
    "or the `AZURE_OPENAI_API_KEY` or `AZURE_OPENAI_AD_TOKEN` environment variables."
)
_MISSING_VERSION = "Must provide either the `api_version` argument or the `OPENAI_API_VERSION` environment variable"
_MISSING_ENDPOINT = (
    "Must provide one of the `base_url` or `azure_endpoint` arguments, "
    "or the `AZURE_OPENAI_ENDPOINT` environment variable"
)
_ENDPOINT_AND_BASE_URL = "base_url and azure_endpoint are mutually exclusive"


class MutuallyExclusiveAuthError(OpenAIError):
    """Kept for code that imports or catches it; the clients accept several credentials and use
    the first of: `azure_ad_token`, `azure_ad_token_provider`, `api_key`."""

    def __init__(self) -> None:
        super().__init__(
            "The `api_key`, `azure_ad_token` and `azure_ad_token_provider` arguments are mutually exclusive; "
            "Only one can be passed at a time"
        )


def _resource_url(azure_endpoint: str, azure_deployment: Optional[str]) -> str:
    base = f"{azure_endpoint.rstrip('/')}/openai"
    return f"{base}/deployments/{azure_deployment}" if azure_deployment else base


def _checked_token(token: object) -> str:
    if not isinstance(token, str) or not token:
        if inspect.iscoroutine(token):  # an async provider given to the sync client: never awaited
            token.close()
        raise ValueError(f"Expected `azure_ad_token_provider` argument to return a string but it returned {token}")
    return token


def _header_is_set(headers: Mapping[str, Any], name: str) -> bool:
    return any(key.lower() == name and value is not None for key, value in headers.items())


def _with_credentials(options: FinalRequestOptions, token: Optional[str], api_key: str) -> FinalRequestOptions:
    """The options with this attempt's credentials among the per-request headers, unless the call
    set that header itself. The client's default headers carry `Authorization: Bearer {api_key}`
    (the sentinel for a token client, as in the official client): a token replaces it in place,
    and a key goes last, in `api-key`, so the header order on the wire is the official one."""
    headers: Dict[str, Any] = dict(options.headers or {})
    if token is not None:
        if not _header_is_set(headers, "authorization"):
            headers["Authorization"] = f"Bearer {token}"
    elif not _header_is_set(headers, "api-key"):
        headers["api-key"] = api_key
    return options.copy(headers=headers)


class BaseAzureClient(BaseClient[Any, Any]):
    """What the sync and async Azure clients share; only fetching a token differs between them."""

    _api_version: str
    _azure_ad_token: Optional[str]
    _azure_ad_token_provider: Optional[Callable[[], Any]]
    _azure_deployment: Optional[str]
    _azure_endpoint: Optional[httpx.URL]
    api_key: str
    websocket_base_url: Union[str, httpx.URL, None]

    def __init__(
        self,
        *,
        api_version: Optional[str] = None,
        azure_endpoint: Optional[str] = None,
        azure_deployment: Optional[str] = None,
        api_key: Optional[str] = None,
        azure_ad_token: Optional[str] = None,
        azure_ad_token_provider: Union[AzureADTokenProvider, AsyncAzureADTokenProvider, None] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        webhook_secret: Optional[str] = None,
        websocket_base_url: Union[str, httpx.URL, None] = None,
        base_url: Union[str, httpx.URL, None] = None,
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
        """Configure a client for an Azure OpenAI resource; unset options come from the
        AZURE_OPENAI_API_KEY, AZURE_OPENAI_AD_TOKEN, OPENAI_API_VERSION and AZURE_OPENAI_ENDPOINT
        environment variables. `limiter`, `deadline`, `retry_budget` and `strict_stream_end` are
        this package's opt-in options, as on `OpenAI`."""
        if api_key is None:
            api_key = os.environ.get("AZURE_OPENAI_API_KEY")
        if azure_ad_token is None:
            azure_ad_token = os.environ.get("AZURE_OPENAI_AD_TOKEN")
        if api_key is None and azure_ad_token is None and azure_ad_token_provider is None:
            raise OpenAIError(_MISSING_CREDENTIALS)
        if azure_ad_token_provider is not None and not callable(azure_ad_token_provider):
            raise TypeError(
                "`azure_ad_token_provider` must be a function returning a token, "
                f"got {type(azure_ad_token_provider).__name__}"
            )
        if api_version is None:
            api_version = os.environ.get("OPENAI_API_VERSION")
        if api_version is None:
            raise ValueError(_MISSING_VERSION)
        if base_url is None:
            if azure_endpoint is None:
                azure_endpoint = os.environ.get("AZURE_OPENAI_ENDPOINT")
            if azure_endpoint is None:
                raise ValueError(_MISSING_ENDPOINT)
            base_url = _resource_url(azure_endpoint, azure_deployment)
        elif azure_endpoint is not None:
            raise ValueError(_ENDPOINT_AND_BASE_URL)

        self._api_version = api_version
        self._azure_ad_token = azure_ad_token
        self._azure_ad_token_provider = azure_ad_token_provider
        # A deployment given with `base_url` is already part of that URL.
        self._azure_deployment = azure_deployment if azure_endpoint else None
        self._azure_endpoint = httpx.URL(azure_endpoint) if azure_endpoint else None
        cast(Any, super()).__init__(  # OpenAI / AsyncOpenAI, by MRO
            api_key=API_KEY_SENTINEL if api_key is None else api_key,
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            websocket_base_url=websocket_base_url,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query={**(default_query or {}), "api-version": api_version},
            http_client=http_client,
            _strict_response_validation=_strict_response_validation,
            limiter=limiter,
            deadline=deadline,
            retry_budget=retry_budget,
            strict_stream_end=strict_stream_end,
        )

    # ---- credentials ---------------------------------------------------------------------
    # `auth_headers` is the OpenAI client's (`Authorization: Bearer {api_key}`); the Azure
    # credentials are added to each attempt's headers by `_prepare_options`.

    def _token_provider(self) -> Optional[Callable[[], Any]]:
        """The provider to ask for each attempt's token: none when a fixed token is set."""
        return self._azure_ad_token_provider if self._azure_ad_token is None else None

    # ---- where requests go ---------------------------------------------------------------

    def _build_request(
        self, options: FinalRequestOptions, *, retries_taken: int = 0, files: Any = None
    ) -> httpx.Request:
        if options.url in DEPLOYMENT_ENDPOINTS and isinstance(options.json_data, Mapping):
            model = cast(Mapping[str, Any], options.json_data).get("model")
            if model is not None and "/deployments" not in self.base_url.path:
                options = options.copy(url=f"/deployments/{model}{options.url}")
        return super()._build_request(options, retries_taken=retries_taken, files=files)

    def _prepare_url(self, url: str) -> str:
        # A client bound to a deployment still sends resource-wide calls (`/models`, `/files`,
        # ...) to the resource, not under its deployment.
        endpoint = self._azure_endpoint
        if (
            endpoint is not None
            and self._azure_deployment
            and url not in DEPLOYMENT_ENDPOINTS
            and not url.startswith(("http://", "https://"))
        ):
            return f"{str(endpoint).rstrip('/')}/openai/{url.lstrip('/')}"
        return super()._prepare_url(url)

    # ---- copies --------------------------------------------------------------------------

    def _realtime_target(
        self, model: str, extra_query: Query, token: Optional[str]
    ) -> Tuple[httpx.URL, Dict[str, str]]:
        """Where `beta.realtime.connect()` opens its socket and the credential headers it sends.
        The query names the deployment (the client's, else `model`) and the API version, which
        take the place of the same keys in `extra_query`; the base URL's own query is not kept."""
        query = {**extra_query, "api-version": self._api_version, "deployment": self._azure_deployment or model}
        if self.api_key != API_KEY_SENTINEL:
            auth = {"api-key": self.api_key}
        else:
            auth = {"Authorization": f"Bearer {token}"} if token else {}
        if self.websocket_base_url is not None:
            base = httpx.URL(self.websocket_base_url)
            url = base.copy_with(raw_path=base.raw_path.rstrip(b"/") + b"/realtime")
        else:
            url = httpx.URL(self._prepare_url("/realtime")).copy_with(scheme="wss")
        return url.copy_with(params=query), auth

    def copy(
        self,
        *,
        api_version: Optional[str] = None,
        azure_ad_token: Optional[str] = None,
        azure_ad_token_provider: Union[AzureADTokenProvider, AsyncAzureADTokenProvider, None] = None,
        azure_endpoint: Optional[str] = None,
        azure_deployment: Optional[str] = None,
        **options: Any,
    ) -> Self:
        """A new client with some options changed (any option of `OpenAI.copy`, and the Azure
        ones); it shares this client's connection pool and keeps its endpoint and deployment."""
        base_url = options.pop("base_url", None)
        endpoint: Optional[str] = None
        deployment = azure_deployment or self._azure_deployment
        if base_url is not None:
            if azure_endpoint is not None:
                raise ValueError(_ENDPOINT_AND_BASE_URL)
        elif azure_endpoint is not None or self._azure_endpoint is not None:
            endpoint = azure_endpoint or str(self._azure_endpoint)
            base_url = _resource_url(endpoint, deployment)
        elif azure_deployment is not None:
            raise ValueError("`azure_deployment` needs an `azure_endpoint`; this client was configured with `base_url`")
        extra = {
            "api_version": api_version or self._api_version,
            "azure_ad_token": azure_ad_token or self._azure_ad_token,
            "azure_ad_token_provider": azure_ad_token_provider or self._azure_ad_token_provider,
            **options.pop("_extra_kwargs", {}),
        }
        new = cast(Any, super()).copy(base_url=base_url, _extra_kwargs=extra, **options)
        if endpoint is not None:
            new._azure_endpoint, new._azure_deployment = httpx.URL(endpoint), deployment
        return cast(Self, new)

    with_options = copy


class AzureOpenAI(BaseAzureClient, OpenAI):
    """Synchronous client for an Azure OpenAI resource."""

    def _current_token(self) -> Optional[str]:
        token = self._azure_ad_token
        provider = self._token_provider()
        if provider is not None:
            token = _checked_token(provider())
        return token

    def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        # The provider is asked even when the call sets `Authorization`, as officially.
        return _with_credentials(options, self._current_token(), self.api_key)

    def _configure_realtime(self, model: str, extra_query: Query) -> Tuple[httpx.URL, Dict[str, str]]:
        token = self._current_token() if self.api_key == API_KEY_SENTINEL else None
        return self._realtime_target(model, extra_query, token)


class AsyncAzureOpenAI(BaseAzureClient, AsyncOpenAI):
    """Asynchronous client for an Azure OpenAI resource; the token provider may be sync or async."""

    async def _current_token(self) -> Optional[str]:
        token = self._azure_ad_token
        provider = self._token_provider()
        if provider is not None:
            fetched = provider()
            if inspect.isawaitable(fetched):
                fetched = await fetched
            token = _checked_token(fetched)
        return token

    async def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        return _with_credentials(options, await self._current_token(), self.api_key)

    async def _configure_realtime(self, model: str, extra_query: Query) -> Tuple[httpx.URL, Dict[str, str]]:
        token = await self._current_token() if self.api_key == API_KEY_SENTINEL else None
        return self._realtime_target(model, extra_query, token)
