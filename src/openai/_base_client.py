"""The shared HTTP core: building requests, retrying, and turning responses into results.

`BaseClient` holds all the pure logic. The one piece of control flow that involves I/O --
send, maybe retry after a pause, give up with the right exception -- is written once, as the
generator `BaseClient._send_flow`, which *asks* for I/O by yielding `_Send`, `_Sleep`,
`_Close` and `_Read` actions. `SyncAPIClient._drive` and `AsyncAPIClient._drive` are the two
small loops that carry those actions out with blocking or awaitable calls.
"""

from __future__ import annotations

import email.utils
import json
import logging
import os
import random
import time
from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    Dict,
    Generator,
    Generic,
    Mapping,
    Optional,
    Tuple,
    Type,
    TypeVar,
    Union,
    cast,
)

import httpx
from typing_extensions import Literal, get_args, get_origin

from ._constants import (
    DEFAULT_CONNECTION_LIMITS,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_DELAY,
    MAX_SERVER_RETRY_AFTER,
    RAW_RESPONSE_HEADER,
)
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    status_error_class,
)
from ._files import async_to_httpx_files, to_httpx_files
from ._logs import SensitiveHeadersFilter
from ._request import FinalRequestOptions, flatten_params, merge_mappings, stringify_query, to_json_ready
from ._response import (
    APIResponse,
    AsyncAPIResponse,
    AsyncStreamedBinaryAPIResponse,
    BaseAPIResponse,
    HttpxBinaryResponseContent,
    LegacyAPIResponse,
    StreamedBinaryAPIResponse,
    mark_deprecated_coroutines,
)
from ._streaming import AsyncStream, SSEBytesDecoder, SSEDecoder, Stream
from ._types import NOT_GIVEN, NOT_PARSED, Body, Headers, NotGiven, Omit, Query, RequestFiles, RequestOptions
from ._types import ResponseT as ResponseT  # the official module defines it; wrappers import it
from ._version import __version__

if TYPE_CHECKING:
    from ._rate_limits import RateLimits
    from .pagination import AsyncPaginator

__all__ = [
    "BaseClient",
    "SyncAPIClient",
    "AsyncAPIClient",
    "DefaultHttpxClient",
    "DefaultAsyncHttpxClient",
    "DefaultAioHttpClient",
    "SyncHttpxClientWrapper",
    "AsyncHttpxClientWrapper",
    "HTTPX_DEFAULT_TIMEOUT",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "make_request_options",
    "platform_headers",
]

log = logging.getLogger("openai")
log.addFilter(SensitiveHeadersFilter())

_HttpxClientT = TypeVar("_HttpxClientT", bound=Union[httpx.Client, httpx.AsyncClient])
_StreamT = TypeVar("_StreamT", bound=Union[Stream[Any], AsyncStream[Any]])
_ClientT = TypeVar("_ClientT")

# How a call wants its result: the parsed object, a LegacyAPIResponse, or a streamed APIResponse.
ResponseMode = Literal["parsed", "raw", "stream"]

# Parsed request URLs by their text. httpx parses (and validates) a URL given as text on every
# request; an `httpx.URL` (immutable) it takes as it is. Most calls go to a few URLs.
_PARSED_URLS: Dict[str, httpx.URL] = {}


def _parsed_url(url: str) -> httpx.URL:
    parsed = _PARSED_URLS.get(url)
    if parsed is None:
        if len(_PARSED_URLS) >= 512:  # many distinct ids in paths: start over rather than grow
            _PARSED_URLS.clear()
        parsed = _PARSED_URLS[url] = httpx.URL(url)
    return parsed


# `openai._models` (and with it pydantic) is imported on the first parse, not by `import openai`.
_MODELS: Any = None


def _models_module() -> Any:
    global _MODELS
    if _MODELS is None:
        from . import _models

        _MODELS = _models
    return _MODELS


# ----------------------------------------------------------------------------- platform headers


def _os_name() -> str:
    import platform  # here, not at import: only the first client pays for it

    system = platform.system().lower()
    if system == "darwin":
        return "MacOS"
    if system == "windows":
        return "Windows"
    if "android" in platform.platform().lower():
        return "Android"
    if system == "linux":
        try:  # distro tells the BSDs apart from Linux when they present as such
            import distro

            distro_id = distro.id()
            if distro_id == "freebsd":
                return "FreeBSD"
            if distro_id == "openbsd":
                return "OpenBSD"
        except Exception:
            pass
        return "Linux"
    if system == "ios":
        return "iOS"
    if system == "freebsd":
        return "FreeBSD"
    if system == "openbsd":
        return "OpenBSD"
    return f"Other:{system}" if system else "Unknown"


def _arch_name() -> str:
    import platform

    machine = platform.machine().lower()
    if machine in ("arm64", "aarch64"):
        return "arm64"
    if machine == "arm":
        return "arm"
    if machine in ("x86_64", "amd64"):
        return "x64"
    if platform.architecture()[0] == "32bit" or machine in ("i386", "i686", "x86"):
        return "x32"
    return f"other:{machine}" if machine else "unknown"


_PLATFORM_HEADERS: Optional[Dict[str, str]] = None


def platform_headers(version: str = __version__) -> Dict[str, str]:
    """The X-Stainless-* headers describing this runtime; computed once per process."""
    global _PLATFORM_HEADERS
    if _PLATFORM_HEADERS is None:
        import platform

        _PLATFORM_HEADERS = {
            "X-Stainless-Lang": "python",
            "X-Stainless-Package-Version": version,
            "X-Stainless-OS": _os_name(),
            "X-Stainless-Arch": _arch_name(),
            "X-Stainless-Runtime": platform.python_implementation(),
            "X-Stainless-Runtime-Version": platform.python_version(),
        }
    return _PLATFORM_HEADERS


# ----------------------------------------------------------------------------- default httpx clients


# Default TLS verification loads the CA bundle into a new SSL context: ~30 ms for every client.
# Clients left to that default share one context per setting that shapes it (the environment
# variables httpx and ssl read, and HTTP/2, whose ALPN list httpcore writes into the context).
_SHARED_SSL_CONTEXTS: Dict[Tuple[Any, ...], Any] = {}


def _default_client_options(kwargs: Dict[str, Any]) -> Dict[str, Any]:
    kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
    kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
    kwargs.setdefault("follow_redirects", True)
    create_ssl_context = getattr(httpx, "create_ssl_context", None)  # httpx >= 0.28
    if "verify" in kwargs or "cert" in kwargs or create_ssl_context is None:
        return kwargs  # the caller's own TLS settings (or an httpx that builds contexts its own way)
    trust_env = kwargs.get("trust_env", True)
    env = tuple(os.environ.get(name) for name in ("SSL_CERT_FILE", "SSL_CERT_DIR")) if trust_env else ()
    key = (trust_env, env, os.environ.get("SSLKEYLOGFILE"), bool(kwargs.get("http2")))
    context = _SHARED_SSL_CONTEXTS.get(key)
    if context is None:
        context = _SHARED_SSL_CONTEXTS[key] = create_ssl_context(trust_env=trust_env)
    kwargs["verify"] = context
    return kwargs


class _ResponseCookies(httpx.Cookies):
    """The cookie jar of the clients this package builds. httpx hands every response to the jar,
    which first copies the request's headers into a `urllib` request (quadratic in the number
    of headers: ~50 us with ours) even when the response sets no cookie. Here that work is done
    only for a response with a `Set-Cookie` header; the jar ends up the same either way."""

    def extract_cookies(self, response: httpx.Response) -> None:
        headers = response.headers
        if "set-cookie" in headers or "set-cookie2" in headers:
            super().extract_cookies(response)


def _merged_headers(client_headers: httpx.Headers, headers: Any) -> Optional[httpx.Headers]:
    """`httpx.Client._merge_headers` for the dict of str this package passes, in linear time
    (httpx looks each key up in a list: quadratic in the number of headers, and every request
    carries about 17). The same `Headers` httpx would build; None for anything else."""
    if type(headers) is not dict:
        return None
    items = []
    for key, value in headers.items():
        if type(key) is not str or type(value) is not str:
            return None
        raw_key = key.encode("ascii")  # as httpx encodes them (non-ASCII raises the same error)
        items.append((raw_key, raw_key.lower(), value.encode("ascii")))
    replaced = {item[1] for item in items}
    merged = httpx.Headers()
    merged._list = [item for item in client_headers._list if item[1] not in replaced] + items
    return merged


class _PackageDefaults:
    """What the httpx clients this package builds add to httpx's (sync and async alike)."""

    _cookies: httpx.Cookies
    _headers: httpx.Headers

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_default_client_options(kwargs))  # type: ignore[call-arg]
        self._cookies.__class__ = _ResponseCookies  # the same jar (a caller's `cookies=` is kept)

    def _merge_headers(self, headers: Any = None) -> Any:
        merged = _merged_headers(self._headers, headers)
        return merged if merged is not None else super()._merge_headers(headers)  # type: ignore[misc]


class DefaultHttpxClient(_PackageDefaults, httpx.Client):
    """An `httpx.Client` with the defaults this package uses (timeouts, pool limits, redirects)."""


class DefaultAsyncHttpxClient(_PackageDefaults, httpx.AsyncClient):
    """An `httpx.AsyncClient` with the defaults this package uses."""


class DefaultAioHttpClient(DefaultAsyncHttpxClient):
    """`DefaultAsyncHttpxClient` over aiohttp; needs the `openai[aiohttp]` extra."""

    def __init__(self, **kwargs: Any) -> None:
        try:
            import httpx_aiohttp  # pyright: ignore[reportMissingImports]
        except ImportError as exc:
            raise RuntimeError(
                "To use the aiohttp client you must have installed the package with the `aiohttp` extra"
            ) from exc
        kwargs.setdefault("transport", httpx_aiohttp.AiohttpTransport())
        super().__init__(**kwargs)


# httpx's own default timeout: a caller's client still set to it gets ours instead.
HTTPX_DEFAULT_TIMEOUT = httpx.Timeout(5.0)


class _SyncHttpxClient(DefaultHttpxClient):
    """The client we create ourselves: closed when garbage-collected."""

    def __del__(self) -> None:
        if getattr(self, "_state", None) is None or self.is_closed:
            return
        try:
            self.close()
        except Exception:
            pass


class _AsyncHttpxClient(DefaultAsyncHttpxClient):
    def __del__(self) -> None:
        if getattr(self, "_state", None) is None or self.is_closed:
            return
        try:
            import asyncio

            asyncio.get_running_loop().create_task(self.aclose())
        except Exception:
            pass


# ----------------------------------------------------------------------------- I/O actions


class _Send:
    __slots__ = ("request", "stream", "kwargs")

    def __init__(self, request: httpx.Request, stream: bool, kwargs: Dict[str, Any]) -> None:
        self.request = request
        self.stream = stream
        self.kwargs = kwargs  # `auth` / `follow_redirects` for `httpx.Client.send`, when set


class _Sleep:
    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds


class _Close:
    __slots__ = ("response",)

    def __init__(self, response: httpx.Response) -> None:
        self.response = response


class _Read:
    __slots__ = ("response",)

    def __init__(self, response: httpx.Response) -> None:
        self.response = response


class _Prepare:
    """Ask the driver to run the client's `_prepare_options` hook (sync or awaited)."""

    __slots__ = ("options",)

    def __init__(self, options: FinalRequestOptions) -> None:
        self.options = options


class _Acquire:
    """Ask the driver to wait for the client's limiter (blocking or awaited); the result is the
    limiter's ticket for this attempt."""

    __slots__ = ("limiter", "tokens")

    def __init__(self, limiter: Any, tokens: int) -> None:
        self.limiter = limiter
        self.tokens = tokens


_Action = Union[_Send, _Sleep, _Close, _Read, _Prepare, _Acquire]

# An auth that adds nothing: redirect hops carry the headers of the request they follow.
_NO_AUTH = httpx.Auth()
_Flow = Generator[_Action, Any, "tuple[httpx.Response, int]"]


def make_request_options(
    *,
    query: Optional[Query] = None,
    extra_headers: Optional[Headers] = None,
    extra_query: Optional[Query] = None,
    extra_body: Optional[Body] = None,
    idempotency_key: Optional[str] = None,
    timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    post_parser: Any = NOT_GIVEN,
) -> RequestOptions:
    """The `options` dict for `client.get/post/...` from the per-call extras."""
    options: Dict[str, Any] = {}
    if extra_headers is not None:
        options["headers"] = extra_headers
    if extra_body is not None:
        options["extra_json"] = extra_body
    if query is not None:
        options["params"] = query
    if extra_query is not None:
        options["params"] = {**options.get("params", {}), **extra_query}
    if not isinstance(timeout, NotGiven):
        options["timeout"] = timeout
    if idempotency_key is not None:
        options["idempotency_key"] = idempotency_key
    if not isinstance(post_parser, NotGiven):
        options["post_parser"] = post_parser
    return cast(RequestOptions, options)


class BaseClient(Generic[_HttpxClientT, _StreamT]):
    _client: _HttpxClientT
    _default_stream_cls: Optional[Type[_StreamT]] = None
    _is_async = False
    # The header that carries `idempotency_key` (none for OpenAI's API, as in the official client).
    _idempotency_header: Optional[str] = None
    # An `openai.Limiter` (opt-in; see `_limiter`), and the headers of the latest response, kept
    # as they are: `rate_limits` parses them only when read.
    _limiter: Any = None
    _rate_limit_headers: Optional[httpx.Headers] = None
    # Opt-in reliability settings (see `_retry_budget`, `_stream_errors`): a total deadline in
    # seconds across attempts and pauses, a client-wide `RetryBudget`, and whether a stream that
    # ends without its terminal marker raises.
    _deadline: Optional[float] = None
    _retry_budget: Any = None
    _strict_stream_end: bool = True

    # The httpx client class a caller may pass, and the one we create when they pass none.
    _httpx_client_class: Type[Any]
    _owned_client_class: Type[Any]

    def __init__(
        self,
        *,
        version: str,
        base_url: Union[str, httpx.URL],
        _strict_response_validation: bool,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
        http_client: Optional[_HttpxClientT] = None,
        custom_headers: Optional[Mapping[str, str]] = None,
        custom_query: Optional[Mapping[str, object]] = None,
    ) -> None:
        if max_retries is None:  # type: ignore[comparison-overlap]
            raise TypeError(
                "max_retries cannot be None. If you want to disable retries, pass `0`; "
                "if you want unlimited retries, pass `math.inf` or a very high number; "
                "if you want the default behavior, pass `openai.DEFAULT_MAX_RETRIES`"
            )
        expected = self._httpx_client_class
        if http_client is not None and not isinstance(http_client, expected):
            raise TypeError(
                f"Invalid `http_client` argument; Expected an instance of `httpx.{expected.__name__}` "
                f"but got {type(http_client)}"
            )
        if isinstance(timeout, NotGiven):
            # A caller's client keeps its own timeout unless it is httpx's bare default.
            custom = http_client is not None and http_client.timeout != HTTPX_DEFAULT_TIMEOUT
            timeout = http_client.timeout if custom else DEFAULT_TIMEOUT  # type: ignore[union-attr]
        self._version = version
        self.base_url = base_url  # type: ignore[assignment]  # the setter normalises it
        self.max_retries = max_retries
        self.timeout = timeout
        self._custom_headers = dict(custom_headers or {})
        self._custom_query = dict(custom_query or {})
        self._strict_response_validation = _strict_response_validation
        self._client = cast(_HttpxClientT, http_client or self._owned_client_class(base_url=base_url, timeout=timeout))
        if self._is_async:
            mark_deprecated_coroutines()  # asyncio is loaded now (see `_response._async_deprecated`)

    # ---- configuration ---------------------------------------------------------------

    @staticmethod
    def _enforce_trailing_slash(url: httpx.URL) -> httpx.URL:
        if url.raw_path.endswith(b"/"):
            return url
        return url.copy_with(raw_path=url.raw_path + b"/")

    @property
    def base_url(self) -> httpx.URL:
        return self._base_url

    @base_url.setter
    def base_url(self, url: Union[httpx.URL, str]) -> None:
        self._base_url = self._enforce_trailing_slash(httpx.URL(url))
        base = str(self._base_url)  # joined with paths on every request
        # str() of a URL with an empty path ("http://host:4010") has no slash to join on.
        self._base_url_str = base if base.endswith("/") else base + "/"

    @property
    def auth_headers(self) -> Dict[str, str]:
        return {}

    @property
    def rate_limits(self) -> "Optional[RateLimits]":
        """The `x-ratelimit-*` headers of the latest response this client received (None before
        the first one)."""
        headers = self._rate_limit_headers
        if headers is None:
            return None
        from ._rate_limits import RateLimits

        return RateLimits.from_headers(headers)

    @property
    def custom_auth(self) -> Optional[httpx.Auth]:
        return None

    @property
    def user_agent(self) -> str:
        return f"{type(self).__name__}/Python {self._version}"

    def platform_headers(self) -> Dict[str, str]:
        return platform_headers(self._version)

    @property
    def default_headers(self) -> Dict[str, Union[str, Omit]]:
        # In the official order (the wire is compared byte for byte): the caller's headers sit
        # before `X-Stainless-Async` and the account headers, and still have the last word.
        headers: Dict[str, Union[str, Omit]] = {
            "Accept": "application/json",
            "Content-Type": "application/json",
            "User-Agent": self.user_agent,
            **self.platform_headers(),
            **self.auth_headers,
            **self._custom_headers,
        }
        headers["X-Stainless-Async"] = self._async_header()
        headers.update(self._account_headers())
        headers.update(self._custom_headers)
        return headers

    def _account_headers(self) -> Dict[str, Union[str, Omit]]:
        """Headers naming the caller's organization/project; none by default."""
        return {}

    def _async_header(self) -> str:
        if not self._is_async:
            return "false"
        try:
            import sniffio

            return f"async:{sniffio.current_async_library()}"
        except Exception:
            return "async:unknown"

    @property
    def default_query(self) -> Dict[str, object]:
        return dict(self._custom_query)

    def _validate_headers(self, headers: Mapping[str, Any], custom_headers: Mapping[str, Any]) -> None:
        """Hook for clients that insist on some header (e.g. credentials); nothing by default."""

    # ---- building the request ------------------------------------------------------------

    def _build_headers(self, options: FinalRequestOptions, *, retries_taken: int = 0) -> Dict[str, str]:
        # Merged case-insensitively: a caller's "content-type" replaces our "Content-Type".
        merged: Dict[str, Any] = {k.lower(): (k, v) for k, v in self.default_headers.items()}
        custom = options.headers or {}
        for key, value in custom.items():
            merged[key.lower()] = (key, value)
        idempotency_header = self._idempotency_header
        if idempotency_header and options.idempotency_key and idempotency_header.lower() not in merged:
            merged[idempotency_header.lower()] = (idempotency_header, options.idempotency_key)
        # Set unless the call itself set (or removed) them; client defaults are overwritten.
        per_call = {key.lower() for key in custom}
        if "x-stainless-retry-count" not in per_call:
            merged.pop("x-stainless-retry-count", None)
            merged["x-stainless-retry-count"] = ("x-stainless-retry-count", str(retries_taken))
        if "x-stainless-read-timeout" not in per_call:
            timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
            if isinstance(timeout, httpx.Timeout):
                timeout = timeout.read
            if timeout is not None:
                merged.pop("x-stainless-read-timeout", None)
                merged["x-stainless-read-timeout"] = ("x-stainless-read-timeout", str(timeout))
        headers = {name: value for name, value in merged.values() if not isinstance(value, Omit)}
        self._validate_headers(headers, custom)
        return headers

    def _prepare_url(self, url: str) -> str:
        if url.startswith(("http://", "https://")):
            return url
        return self._base_url_str + url.lstrip("/")

    def _build_request(
        self, options: FinalRequestOptions, *, retries_taken: int = 0, files: Any = None
    ) -> httpx.Request:
        if log.isEnabledFor(logging.DEBUG):
            # A dict as the only argument: `SensitiveHeadersFilter` redacts credentials in it.
            log.debug("Request options: %s", options.model_dump(exclude_unset=True))
        headers = self._build_headers(options, retries_taken=retries_taken)
        params = merge_mappings(self.default_query, options.params) if self._custom_query else options.params
        json_data: Any = options.json_data
        if options.extra_json is not None:
            if json_data is None:
                json_data = merge_mappings({}, options.extra_json)
            elif isinstance(json_data, Mapping):
                json_data = merge_mappings(json_data, options.extra_json)
            else:
                raise RuntimeError(f"Unexpected JSON data type, {type(json_data)}, cannot merge with `extra_body`")
        kwargs: Dict[str, Any] = {}
        content_type = _header(headers, "content-type")
        if options.method.lower() == "get":
            # A GET has no body, so it says nothing about one (as the official client sends it).
            headers = {k: v for k, v in headers.items() if k.lower() != "content-type"}
        elif content_type is not None and content_type.startswith("multipart/form-data"):
            if "boundary" not in content_type:
                # httpx writes the header itself, with the boundary it picks.
                headers = {k: v for k, v in headers.items() if k.lower() != "content-type"}
            if json_data:
                if not isinstance(json_data, Mapping):
                    raise TypeError(
                        f"Expected query input to be a dictionary for multipart requests but got {type(json_data)} instead."
                    )
                kwargs["data"] = _multipart_form(json_data)
            # httpx sends multipart only when `files` is truthy, also when there are none.
            kwargs["files"] = files if files else _ForceMultipart()
        elif isinstance(json_data, bytes):
            kwargs["content"] = json_data
        elif json_data is not None:
            kwargs["json"] = json_data
        timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        url = self._prepare_url(options.url)
        if params:
            query = stringify_query(params)
            if query:
                url += ("&" if "?" in url else "?") + query
        return self._client.build_request(
            options.method.upper(),
            _parsed_url(url),
            headers=headers,
            timeout=self._client.timeout if isinstance(timeout, NotGiven) else timeout,
            **kwargs,
        )

    # ---- retries ---------------------------------------------------------------------

    def _should_retry(self, response: httpx.Response) -> bool:
        should = response.headers.get("x-should-retry")
        if should == "true":
            log.debug("Retrying as header `x-should-retry` is set to `true`")
            return True
        if should == "false":
            log.debug("Not retrying as header `x-should-retry` is set to `false`")
            return False
        code = response.status_code
        if code in (408, 409, 429) or code >= 500:
            log.debug("Retrying due to status code %i", code)
            return True
        log.debug("Not retrying")
        return False

    def _parse_retry_after_header(self, response_headers: Optional[httpx.Headers] = None) -> Optional[float]:
        """Seconds the server asked us to wait (`retry-after-ms`, then `retry-after`), if any."""
        headers = response_headers
        if headers is None:
            return None
        retry_ms = headers.get("retry-after-ms")
        if retry_ms is not None:
            try:
                return float(retry_ms) / 1000
            except ValueError:
                pass
        retry_after = headers.get("retry-after")
        if retry_after is None:
            return None
        try:
            return float(retry_after)
        except ValueError:
            parsed = email.utils.parsedate_tz(retry_after)
            if parsed is None:
                return None
            return email.utils.mktime_tz(parsed) - time.time()

    def _calculate_retry_timeout(
        self,
        remaining_retries: int,
        options: FinalRequestOptions,
        response_headers: Optional[httpx.Headers] = None,
    ) -> float:
        """Seconds to wait before the next attempt: what the server asked for (up to a minute),
        else exponential backoff with jitter. The official name and signature: test suites patch
        it to retry without waiting."""
        server_delay = self._parse_retry_after_header(response_headers)
        if server_delay is not None and 0 < server_delay <= MAX_SERVER_RETRY_AFTER:
            return server_delay
        retries_taken = options.get_max_retries(self.max_retries) - remaining_retries
        base = min(INITIAL_RETRY_DELAY * 2.0 ** min(retries_taken, 1000), MAX_RETRY_DELAY)
        return max(base * (1 - 0.25 * random.random()), 0.0)

    def _send_flow(self, options: FinalRequestOptions, *, stream: bool, files: Any) -> _Flow:
        """Send `options`, retrying as configured; returns (response, retries_taken) or raises."""
        max_retries = options.get_max_retries(self.max_retries)
        retries_taken = 0
        limiter = self._limiter
        ticket: Any = None
        tokens = limiter.estimate_tokens(options.json_data) if limiter is not None else 0
        # `deadline` / `retry_budget` (both opt-in): None, so nothing to check, by default.
        guard = self._retry_guard()
        while True:
            # Each attempt may change its options (e.g. a fresh token from a provider).
            prepared = yield _Prepare(options)
            request = self._build_request(prepared, retries_taken=retries_taken, files=files)
            if guard is not None:
                guard.cap_timeout(request)
            log.debug("Sending HTTP Request: %s %s", request.method, request.url)
            send_kwargs: Dict[str, Any] = {}
            if self.custom_auth is not None:
                send_kwargs["auth"] = self.custom_auth
            if prepared.follow_redirects is not None:
                send_kwargs["follow_redirects"] = prepared.follow_redirects
            # Redirects are followed here, hop by hop, so that credentials never reach another
            # origin and https never falls back to http (`_follow_redirects`).
            follow = send_kwargs.get("follow_redirects", getattr(self._client, "follow_redirects", False))
            if follow:
                send_kwargs["follow_redirects"] = False
            # `with_streaming_response` marks its requests: their body is read only when asked.
            marked = request.headers.get(RAW_RESPONSE_HEADER) == "stream"
            if limiter is not None:
                ticket = yield _Acquire(limiter, tokens)
            if not self._is_async and getattr(self._client, "_openai_streams", None):
                self._check_pool(request)  # a pool held by this thread's own open streams
            result = yield _Send(request, stream or marked, send_kwargs)
            if follow and isinstance(result, httpx.Response) and result.next_request is not None:
                result = yield from self._follow_redirects(result, stream or marked)
            can_retry = retries_taken < max_retries
            if isinstance(result, Exception):
                timed_out = isinstance(result, httpx.TimeoutException)
                what = "httpx.TimeoutException" if timed_out else "Exception"
                log.debug("Encountered %s", what, exc_info=result)
                if isinstance(result, httpx.PoolTimeout):
                    # Waiting longer gives no free connection: the pool is held (often by
                    # streams never closed). Retrying would only multiply the wait.
                    raise self._pool_timeout_error(request) from result
                if can_retry:
                    delay = self._retry_pause(max_retries, retries_taken, options, None)
                    if guard is None or guard.allow_retry(delay):
                        yield _Sleep(delay)
                        retries_taken += 1
                        continue
                if timed_out:
                    log.debug("Raising timeout error")
                    raise APITimeoutError(request=request) from result
                log.debug("Raising connection error")
                raise APIConnectionError(request=request) from result
            response: httpx.Response = result
            self._rate_limit_headers = response.headers
            paused = False
            if limiter is not None:
                response._openai_limiter_ticket = ticket  # type: ignore[attr-defined]  # settled on parse
                paused = limiter.observe(response.status_code, response.headers)
            log.debug(
                'HTTP Response: %s %s "%i %s" %s',
                request.method,
                request.url,
                response.status_code,
                response.reason_phrase,
                response.headers,
            )
            log.debug("request_id: %s", response.headers.get("x-request-id"))
            if response.is_success:  # anything else, an unfollowed redirect included, is an error
                return response, retries_taken
            log.debug("Encountered httpx.HTTPStatusError (%i)", response.status_code)
            if can_retry and self._should_retry(response):
                delay = self._retry_pause(max_retries, retries_taken, options, response.headers)
                if guard is None or guard.allow_retry(delay):
                    yield _Close(response)
                    if not paused:  # when the limiter paused, the next `_Acquire` waits out the reset
                        yield _Sleep(delay)
                    retries_taken += 1
                    continue
            yield _Read(response)
            log.debug("Re-raising status error")
            raise self._make_status_error_from_response(response)

    def _retry_pause(
        self,
        max_retries: int,
        retries_taken: int,
        options: FinalRequestOptions,
        headers: Optional[httpx.Headers],
    ) -> float:
        remaining = max_retries - retries_taken
        log.debug("1 retry left" if remaining == 1 else "%i retries left", remaining)
        delay = self._calculate_retry_timeout(remaining, options, headers)
        log.info("Retrying request to %s in %f seconds", options.url, delay)
        return delay

    def _retry_guard(self) -> Any:
        """What bounds this request's retries beyond `max_retries` (`deadline`, `retry_budget`);
        None when neither is set."""
        if self._deadline is None and self._retry_budget is None:
            return None
        from ._retry_budget import RetryGuard

        return RetryGuard(self._deadline, self._retry_budget)

    def _check_pool(self, request: httpx.Request) -> None:
        from ._stream_errors import pool_deadlock_error

        error = pool_deadlock_error(request, self._client)
        if error is not None:
            raise error

    def _pool_timeout_error(self, request: httpx.Request) -> APITimeoutError:
        from ._stream_errors import pool_timeout_error

        return pool_timeout_error(request, self._client)

    def _follow_redirects(self, response: httpx.Response, stream: bool) -> Generator[_Action, Any, Any]:
        """Follow `response`'s redirects one hop at a time (httpx builds each next request:
        method, body, cookies). A hop to another origin goes without credentials and account
        headers; a hop from https to http is refused (an `APIStatusError` for the redirect).
        Returns the final response, or the exception a hop raised."""
        from ._secrets import redirect_refusal, strip_for_redirect

        history: "list[httpx.Response]" = []
        max_redirects = getattr(self._client, "max_redirects", 20)
        while response.next_request is not None:
            next_request = response.next_request
            refusal = redirect_refusal(response.request, next_request)
            if refusal is not None:
                yield _Read(response)
                raise self._make_status_error(refusal, body=response.text, response=response)
            if len(history) >= max_redirects:
                yield _Close(response)
                return httpx.TooManyRedirects("Exceeded maximum allowed redirects.", request=next_request)
            strip_for_redirect(response.request, next_request)
            yield _Read(response)  # as httpx reads the responses of the hops it follows
            history.append(response)
            log.debug("Following redirect to %s", next_request.url)
            # No auth on a hop: the headers httpx carried over are the first request's (minus
            # the ones dropped above), as when httpx follows redirects itself.
            result = yield _Send(next_request, stream, {"follow_redirects": False, "auth": _NO_AUTH})
            if isinstance(result, Exception):
                return result
            response = result
        response.history = history
        return response

    # ---- errors --------------------------------------------------------------------------

    def _make_status_error_from_response(self, response: httpx.Response) -> APIStatusError:
        text = response.text.strip()
        body: Any = text  # an empty body stays "", as upstream
        try:
            body = json.loads(text)
            message = f"Error code: {response.status_code} - {body}"
        except Exception:
            message = text or f"Error code: {response.status_code}"
        if isinstance(body, dict) and "error" in body:
            body = body["error"]
        return self._make_status_error(message, body=body, response=response)

    def _make_status_error(self, err_msg: str, *, body: object, response: httpx.Response) -> APIStatusError:
        return status_error_class(response.status_code)(err_msg, response=response, body=body)

    # ---- turning responses into results --------------------------------------------------------

    def _process_response_data(self, *, data: object, cast_to: Any, response: httpx.Response) -> Any:
        """Build `cast_to` from decoded JSON; tolerant unless strict validation is on."""
        if data is None:
            return None
        if cast_to is object or cast_to is Any:
            return data
        models = _models_module()
        try:
            return models.parse_obj(cast_to, data, strict=self._strict_response_validation)
        except (models.ValidationError, TypeError) as exc:
            raise APIResponseValidationError(response=response, body=data) from exc

    def _text_parser(self, cast_to: Any, *, share: bool = True) -> Optional[Callable[[Union[str, bytes]], Any]]:
        """A function building `cast_to` straight from JSON text (a body, a stream's event), as
        `_process_response_data` would from the decoded value (see `_models.json_text_parser`).
        None when that cannot be done for `cast_to`, under strict validation, or when
        `_process_response_data` was replaced (by a subclass or on this client): whoever
        replaced it gets every value."""
        if self._strict_response_validation or "_process_response_data" in vars(self):
            return None
        if type(self)._process_response_data is not BaseClient._process_response_data:
            return None
        return _models_module().json_text_parser(cast_to, share)  # type: ignore[no-any-return]

    def _make_sse_decoder(self) -> Union[SSEDecoder, SSEBytesDecoder]:
        return SSEDecoder()

    def _cast_response(self, response: httpx.Response, cast_to: Any) -> Any:
        if cast_to is httpx.Response:
            return response
        if cast_to is type(None) or cast_to is None:
            return None
        if cast_to is str:
            return response.text
        if cast_to is bytes:
            return response.content
        if cast_to is HttpxBinaryResponseContent:
            return HttpxBinaryResponseContent(response)
        if isinstance(cast_to, type) and issubclass(cast_to, (LegacyAPIResponse, APIResponse, AsyncAPIResponse)):
            raise TypeError(f"Cannot cast a response to {cast_to.__name__}; use with_raw_response instead")
        content_type = response.headers.get("content-type", "")
        if "json" not in content_type and not content_type.startswith("text/event-stream"):
            try:
                data = response.json()
            except Exception:
                if self._strict_response_validation:
                    raise APIResponseValidationError(
                        response=response,
                        message=f"Expected Content-Type response header to be `application/json` but received `{content_type.split(';')[0]}` instead.",
                        body=response.text,
                    ) from None
                if response.content and _wants_json(cast_to):  # an HTML error page, a proxy's text
                    raise _malformed_body_error(response, "a non-JSON body") from None
                return response.text
        else:
            parse_text = self._text_parser(cast_to)
            if parse_text is not None:
                parsed = parse_text(response.content)
                if parsed is not NOT_PARSED:
                    return parsed
            try:
                data = response.json()
            except ValueError as exc:  # invalid or empty JSON: say what came, not just JSONDecodeError
                what = "an empty body" if not response.content else "invalid JSON"
                raise _malformed_body_error(response, what) from exc
        return self._process_response_data(data=data, cast_to=cast_to, response=response)

    def _response_wrapper(
        self,
        *,
        cast_to: Any,
        options: FinalRequestOptions,
        response: httpx.Response,
        stream: bool,
        stream_cls: Any,
        retries_taken: int,
    ) -> "tuple[Any, bool]":
        """The object a call hands back before parsing, and whether to hand it back as is.

        As in the official client: `with_raw_response` (its marker header "true") gets a
        `LegacyAPIResponse`; a response class as `cast_to` is instantiated; `httpx.Response` is
        returned bare; otherwise an `APIResponse` that the caller gets unparsed when the request
        was marked (`with_streaming_response`), parsed otherwise.
        """
        marker = response.request.headers.get(RAW_RESPONSE_HEADER)
        common: Dict[str, Any] = dict(raw=response, client=self, stream=stream, stream_cls=stream_cls, options=options)
        if marker == "true":
            return LegacyAPIResponse(cast_to=cast_to, retries_taken=retries_taken, **common), True
        origin = get_origin(cast_to) or cast_to
        if isinstance(origin, type) and issubclass(origin, BaseAPIResponse) and (not stream or bool(marker)):
            if not issubclass(origin, (APIResponse, AsyncAPIResponse)):
                raise TypeError(f"API Response types must subclass {APIResponse}; Received {origin}")
            args = get_args(cast_to)
            item = args[0] if args else Any
            return cast_to(cast_to=item, retries_taken=retries_taken, **common), True
        if cast_to is httpx.Response:
            return response, True
        if marker == "stream" and cast_to is HttpxBinaryResponseContent:
            # Binary endpoints' streaming views (`files.content`, speech), as the official gives them.
            binary_cls: Any = AsyncStreamedBinaryAPIResponse if self._is_async else StreamedBinaryAPIResponse
            return binary_cls(cast_to=bytes, retries_taken=retries_taken, **common), True
        api_response_cls: Any = AsyncAPIResponse if self._is_async else APIResponse
        api_response = api_response_cls(cast_to=cast_to, retries_taken=retries_taken, **common)
        return api_response, bool(marker)


def _wants_json(cast_to: Any) -> bool:
    """Whether `cast_to` can only be built from JSON (a model, a dict, a list, ...): a text body
    handed back in its place would be a wrong result (plain `str`/`object` take text)."""
    return cast_to not in (str, object, Any, type(None))


def _malformed_body_error(response: httpx.Response, what: str) -> APIResponseValidationError:
    text = response.text
    content_type = response.headers.get("content-type", "").split(";")[0] or "no content type"
    shown = text if len(text) <= 500 else text[:500] + "..."
    message = (
        f"Expected a JSON body, got {what} ({content_type}); status {response.status_code}, "
        f"request id {response.headers.get('x-request-id')}: {shown!r}"
    )
    return APIResponseValidationError(response=response, body=text, message=message)


class _ForceMultipart(Dict[str, Any]):
    """No files, but a multipart body all the same (httpx tests `files` for truthiness)."""

    def __bool__(self) -> bool:
        return True


def _header(headers: Mapping[str, Any], name: str) -> Optional[str]:
    for key, value in headers.items():
        if key.lower() == name:
            return value  # type: ignore[no-any-return]
    return None


def _multipart_form(data: Mapping[str, Any]) -> Dict[str, Any]:
    """Non-file fields of a multipart body: flattened like a query string (`a[]`, `a[b]`), a key
    that comes back several times given as a list (httpx sends one part per value)."""
    out: Dict[str, Any] = {}
    for key, value in flatten_params(data):
        existing = out.get(key)
        if existing is None:
            out[key] = value
        elif isinstance(existing, list):
            existing.append(value)
        else:
            out[key] = [existing, value]
    return out


def _options_from(
    method: str, url: str, options: Mapping[str, Any], body: Any = None, files: Any = None
) -> FinalRequestOptions:
    return FinalRequestOptions.construct(
        method=method, url=url, json_data=to_json_ready(body) if body is not None else None, files=files, **options
    )


class SyncAPIClient(BaseClient[httpx.Client, Stream[Any]]):
    _default_stream_cls = Stream
    _httpx_client_class = httpx.Client
    _owned_client_class = _SyncHttpxClient

    def is_closed(self) -> bool:
        return self._client.is_closed

    def close(self) -> None:
        """Close the underlying HTTP client (and its connection pool)."""
        if hasattr(self, "_client"):
            self._client.close()

    def __enter__(self: _ClientT) -> _ClientT:
        return self

    def __exit__(self, *args: Any) -> None:
        self.close()

    def _sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        """Hook run before each attempt; returns the options to send (a copy if it changes them)."""
        return options

    def _drive(self, flow: _Flow) -> "tuple[httpx.Response, int]":
        """Carry out the I/O that `_send_flow` asks for, with blocking calls."""
        action: Any = next(flow)
        while True:
            result: Any = None
            if isinstance(action, _Send):
                try:
                    result = self._client.send(action.request, stream=action.stream, **action.kwargs)
                except Exception as exc:  # transport errors: the flow decides retry vs raise
                    result = exc
            elif isinstance(action, _Prepare):
                result = self._prepare_options(action.options)
            elif isinstance(action, _Acquire):
                result = action.limiter.acquire(action.tokens)
            elif isinstance(action, _Sleep):
                self._sleep(action.seconds)
            elif isinstance(action, _Close):
                action.response.close()
            else:
                action.response.read()
            try:
                action = flow.send(result)
            except StopIteration as done:
                return cast("tuple[httpx.Response, int]", done.value)

    def request(
        self,
        cast_to: Any,
        options: FinalRequestOptions,
        *,
        stream: bool = False,
        stream_cls: Any = None,
    ) -> Any:
        """Send a request (retrying as configured) and return its result.

        The signature is the official one: tracing libraries wrap this method and read
        `cast_to`, `options`, `stream` and `stream_cls`.
        """
        files = to_httpx_files(options.files) if options.files else None
        response, retries = self._drive(self._send_flow(options, stream=stream, files=files))
        try:
            return self._process_response(
                cast_to=cast_to,
                options=options,
                response=response,
                stream=stream,
                stream_cls=stream_cls,
                retries_taken=retries,
            )
        except BaseException:
            response.close()
            raise

    def _process_response(
        self,
        *,
        cast_to: Any,
        options: FinalRequestOptions,
        response: httpx.Response,
        stream: bool,
        stream_cls: Any,
        retries_taken: int = 0,
    ) -> Any:
        result, as_is = self._response_wrapper(
            cast_to=cast_to,
            options=options,
            response=response,
            stream=stream,
            stream_cls=stream_cls,
            retries_taken=retries_taken,
        )
        return result if as_is else result.parse()

    # ---- low-level verbs, for endpoints without a resource method --------------------------------

    def get(
        self, path: str, *, cast_to: Any, options: RequestOptions = {}, stream: bool = False, stream_cls: Any = None
    ) -> Any:
        opts = _options_from("get", path, options)
        return self.request(cast_to, opts, stream=stream, stream_cls=stream_cls)

    def post(
        self,
        path: str,
        *,
        cast_to: Any,
        body: Optional[Body] = None,
        options: RequestOptions = {},
        files: Optional[RequestFiles] = None,
        stream: bool = False,
        stream_cls: Any = None,
    ) -> Any:
        opts = _options_from("post", path, options, body, files)
        return self.request(cast_to, opts, stream=stream, stream_cls=stream_cls)

    def patch(self, path: str, *, cast_to: Any, body: Optional[Body] = None, options: RequestOptions = {}) -> Any:
        opts = _options_from("patch", path, options, body)
        return self.request(cast_to, opts)

    def put(
        self,
        path: str,
        *,
        cast_to: Any,
        body: Optional[Body] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
    ) -> Any:
        opts = _options_from("put", path, options, body, files)
        return self.request(cast_to, opts)

    def delete(self, path: str, *, cast_to: Any, body: Optional[Body] = None, options: RequestOptions = {}) -> Any:
        opts = _options_from("delete", path, options, body)
        return self.request(cast_to, opts)

    def get_api_list(
        self,
        path: str,
        *,
        model: Any,
        page: Any,
        body: Optional[Body] = None,
        options: RequestOptions = {},
        method: str = "get",
    ) -> Any:
        opts = _options_from(method, path, options, body)
        return self._request_api_list(model, page, opts)

    def _request_api_list(self, model: Any, page: Any, options: FinalRequestOptions) -> Any:
        def attach(resp: Any) -> Any:  # a page remembers how to fetch the next one
            resp._set_private_attributes(client=self, model=model, options=options)
            return resp

        options.post_parser = attach
        return self.request(page, options, stream=False)


class AsyncAPIClient(BaseClient[httpx.AsyncClient, AsyncStream[Any]]):
    _default_stream_cls = AsyncStream
    _is_async = True
    _httpx_client_class = httpx.AsyncClient
    _owned_client_class = _AsyncHttpxClient

    def is_closed(self) -> bool:
        return self._client.is_closed

    async def close(self) -> None:
        """Close the underlying HTTP client (and its connection pool)."""
        if hasattr(self, "_client"):
            await self._client.aclose()

    async def __aenter__(self: _ClientT) -> _ClientT:
        return self

    async def __aexit__(self, *args: Any) -> None:
        await self.close()

    async def _sleep(self, seconds: float) -> None:
        import anyio  # only async code pays for importing it

        await anyio.sleep(seconds)

    async def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        """Hook run before each attempt, awaited; returns the options to send (a copy if it changes them)."""
        return options

    async def _drive(self, flow: _Flow) -> "tuple[httpx.Response, int]":
        """Carry out the I/O that `_send_flow` asks for, with awaitable calls."""
        action: Any = next(flow)
        while True:
            result: Any = None
            if isinstance(action, _Send):
                try:
                    result = await self._client.send(action.request, stream=action.stream, **action.kwargs)
                except Exception as exc:  # transport errors: the flow decides retry vs raise
                    result = exc
            elif isinstance(action, _Prepare):
                result = await self._prepare_options(action.options)
            elif isinstance(action, _Acquire):
                result = await action.limiter.acquire_async(action.tokens)
            elif isinstance(action, _Sleep):
                await self._sleep(action.seconds)
            elif isinstance(action, _Close):
                await action.response.aclose()
            else:
                await action.response.aread()
            try:
                action = flow.send(result)
            except StopIteration as done:
                return cast("tuple[httpx.Response, int]", done.value)

    async def request(
        self,
        cast_to: Any,
        options: FinalRequestOptions,
        *,
        stream: bool = False,
        stream_cls: Any = None,
    ) -> Any:
        """Send a request (retrying as configured) and return its result; see the sync twin."""
        files = await async_to_httpx_files(options.files) if options.files else None
        response, retries = await self._drive(self._send_flow(options, stream=stream, files=files))
        try:
            return await self._process_response(
                cast_to=cast_to,
                options=options,
                response=response,
                stream=stream,
                stream_cls=stream_cls,
                retries_taken=retries,
            )
        except BaseException:
            await response.aclose()
            raise

    async def _process_response(
        self,
        *,
        cast_to: Any,
        options: FinalRequestOptions,
        response: httpx.Response,
        stream: bool,
        stream_cls: Any,
        retries_taken: int = 0,
    ) -> Any:
        result, as_is = self._response_wrapper(
            cast_to=cast_to,
            options=options,
            response=response,
            stream=stream,
            stream_cls=stream_cls,
            retries_taken=retries_taken,
        )
        return result if as_is else await result.parse()

    async def get(
        self, path: str, *, cast_to: Any, options: RequestOptions = {}, stream: bool = False, stream_cls: Any = None
    ) -> Any:
        opts = _options_from("get", path, options)
        return await self.request(cast_to, opts, stream=stream, stream_cls=stream_cls)

    async def post(
        self,
        path: str,
        *,
        cast_to: Any,
        body: Optional[Body] = None,
        options: RequestOptions = {},
        files: Optional[RequestFiles] = None,
        stream: bool = False,
        stream_cls: Any = None,
    ) -> Any:
        opts = _options_from("post", path, options, body, files)
        return await self.request(cast_to, opts, stream=stream, stream_cls=stream_cls)

    async def patch(self, path: str, *, cast_to: Any, body: Optional[Body] = None, options: RequestOptions = {}) -> Any:
        opts = _options_from("patch", path, options, body)
        return await self.request(cast_to, opts)

    async def put(
        self,
        path: str,
        *,
        cast_to: Any,
        body: Optional[Body] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
    ) -> Any:
        opts = _options_from("put", path, options, body, files)
        return await self.request(cast_to, opts)

    async def delete(
        self, path: str, *, cast_to: Any, body: Optional[Body] = None, options: RequestOptions = {}
    ) -> Any:
        opts = _options_from("delete", path, options, body)
        return await self.request(cast_to, opts)

    def get_api_list(
        self,
        path: str,
        *,
        model: Any,
        page: Any,
        body: Optional[Body] = None,
        options: RequestOptions = {},
        method: str = "get",
    ) -> "AsyncPaginator[Any, Any]":

        opts = _options_from(method, path, options, body)
        return self._request_api_list(model, page, opts)

    def _request_api_list(self, model: Any, page: Any, options: FinalRequestOptions) -> "AsyncPaginator[Any, Any]":
        from .pagination import AsyncPaginator

        return AsyncPaginator(client=self, options=options, page_cls=page, model=model)


# The official names of the httpx clients a client creates for itself (closed when collected).
SyncHttpxClientWrapper = _SyncHttpxClient
AsyncHttpxClientWrapper = _AsyncHttpxClient

_PAGINATION_NAMES = frozenset({"BasePage", "BaseSyncPage", "BaseAsyncPage", "PageInfo", "AsyncPaginator"})


def __getattr__(name: str) -> Any:
    # The official module defines the page classes here; ours live in `pagination`, which imports
    # this module, so they are looked up on first access.
    if name in _PAGINATION_NAMES:
        from . import pagination

        return getattr(pagination, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
