"""The module-level client: `openai.api_key = "..."; openai.chat.completions.create(...)`.

Settings are plain attributes of the `openai` module. Each resource name (`openai.chat`, ...)
is a proxy that, when used, takes the module client and forwards to that client's resource.
Nothing is imported or built until a proxy is used.

The module client behaves as the official one does, down to what users can observe:
- it is a `_ModuleClient` (`_AzureModuleClient` for Azure), the name its User-Agent carries;
- its settings *are* the module attributes: reading `client.api_key` reads `openai.api_key`, and
  the constructor's resolved values (the key from `OPENAI_API_KEY`, the httpx client it made,
  ...) are written back to the module;
- with `openai.api_type` unset, Azure is chosen when Azure settings are found (module or
  environment), and settings of both kinds are an error rather than a guess.
On top of that, a client is built afresh when a module setting no longer holds what the current
client was built with, so a changed setting always goes through the constructor's checks
(the official package needs its private `_reset_client()` for that).
"""

from __future__ import annotations

import os
import sys
from typing import Any, Dict, Optional, Tuple

import httpx

from ._base_client import BaseClient
from ._client import OpenAI
from ._exceptions import OpenAIError
from .lib.azure import AzureOpenAI

__all__ = [
    "SETTINGS",
    "AZURE_SETTINGS",
    "ResourceProxy",
    "APIRemovedInV1",
    "APIRemovedInV1Proxy",
    "RemovedInV1",
    "load_client",
    "reset_client",
]

# The module attributes an OpenAI module client is built from.
SETTINGS = (
    "api_key",
    "organization",
    "project",
    "webhook_secret",
    "base_url",
    "timeout",
    "max_retries",
    "default_headers",
    "default_query",
    "http_client",
)
# The extra ones: which kind of client, and the Azure settings.
AZURE_SETTINGS = ("api_type", "api_version", "azure_endpoint", "azure_ad_token", "azure_ad_token_provider")

_client: Optional[OpenAI] = None
_client_settings: Optional[Tuple[Any, ...]] = None


def _module() -> Any:
    return sys.modules["openai"]


# ---- the client classes ---------------------------------------------------------------------


def _module_setting(name: str) -> Any:
    """A client attribute that is the module attribute `openai.<name>`: read from the module on
    every use, and written back to it when the client sets it (as its constructor does)."""

    def read(self: Any) -> Any:
        return getattr(_module(), name)

    def write(self: Any, value: Any) -> None:
        module = _module()
        if getattr(module, name) != value:  # an equal value stays the caller's own object
            setattr(module, name, value)

    return property(read, write)


class _ModuleClient(OpenAI):
    """The client behind `openai.chat` & co."""

    api_key = _module_setting("api_key")  # type: ignore[assignment]
    organization = _module_setting("organization")  # type: ignore[assignment]
    project = _module_setting("project")  # type: ignore[assignment]
    webhook_secret = _module_setting("webhook_secret")  # type: ignore[assignment]
    timeout = _module_setting("timeout")  # type: ignore[assignment]
    max_retries = _module_setting("max_retries")  # type: ignore[assignment]
    _custom_headers = _module_setting("default_headers")  # type: ignore[assignment]
    _custom_query = _module_setting("default_query")  # type: ignore[assignment]
    _client = _module_setting("http_client")  # type: ignore[assignment]

    _followed_base_url: Any = None

    # `openai.base_url`, when set, is the base URL (with the trailing slash the client adds).
    @property
    def base_url(self) -> httpx.URL:  # type: ignore[override]
        self._follow_module_base_url()
        return self._base_url

    @base_url.setter
    def base_url(self, url: Any) -> None:
        BaseClient.base_url.fset(self, url)  # type: ignore[attr-defined]

    def _follow_module_base_url(self) -> None:
        url = _module().base_url
        if url is not None and url is not self._followed_base_url:
            BaseClient.base_url.fset(self, url)  # type: ignore[attr-defined]
            self._followed_base_url = url

    def _prepare_url(self, url: str) -> str:
        self._follow_module_base_url()
        return super()._prepare_url(url)


class _AzureModuleClient(_ModuleClient, AzureOpenAI):  # type: ignore[misc]
    """The module client when `openai.api_type == "azure"`."""


class _AmbiguousModuleClientUsageError(OpenAIError):
    def __init__(self) -> None:
        super().__init__(
            "Ambiguous use of module client; please set `openai.api_type` or the `OPENAI_API_TYPE` "
            "environment variable to `openai` or `azure`"
        )


# ---- building it ------------------------------------------------------------------------------


def _api_type(module: Any) -> str:
    """`openai` or `azure`, from the settings found; both kinds found is an error."""
    env = os.environ
    has_openai = env.get("OPENAI_API_KEY") is not None
    has_azure_key = module.azure_endpoint is not None or env.get("AZURE_OPENAI_API_KEY") is not None
    has_azure_token = module.azure_ad_token is not None or module.azure_ad_token_provider is not None
    has_azure_token = has_azure_token or env.get("AZURE_OPENAI_AD_TOKEN") is not None
    if has_openai and (has_azure_key or has_azure_token):
        raise _AmbiguousModuleClientUsageError()
    if (module.azure_ad_token is not None or module.azure_ad_token_provider is not None) and env.get(
        "AZURE_OPENAI_API_KEY"
    ) is not None:
        raise _AmbiguousModuleClientUsageError()
    return "azure" if has_azure_key or has_azure_token else "openai"


def _build(module: Any) -> OpenAI:
    # Resolved values are kept in the module, where the caller can read them afterwards.
    env = os.environ
    if module.api_type is None:  # the official package reads this variable at import
        module.api_type = env.get("OPENAI_API_TYPE")
    if module.azure_endpoint is None:
        module.azure_endpoint = env.get("AZURE_OPENAI_ENDPOINT")
    if module.azure_ad_token is None:
        module.azure_ad_token = env.get("AZURE_OPENAI_AD_TOKEN")
    if module.api_version is None:
        module.api_version = env.get("OPENAI_API_VERSION")
    if module.api_type is None:
        module.api_type = _api_type(module)

    settings: Dict[str, Any] = {
        name: getattr(module, name) for name in ("base_url", "timeout", "max_retries", "http_client")
    }
    settings.update(
        api_key=module.api_key,
        organization=module.organization,
        default_headers=module.default_headers,
        default_query=module.default_query,
    )
    if module.api_type == "azure":
        # As officially: no `project` / `webhook_secret` here (they come from the environment).
        return _AzureModuleClient(
            api_version=module.api_version,
            azure_endpoint=module.azure_endpoint,
            azure_ad_token=module.azure_ad_token,
            azure_ad_token_provider=module.azure_ad_token_provider,
            **settings,
        )
    return _ModuleClient(project=module.project, webhook_secret=module.webhook_secret, **settings)


def _current_settings(module: Any) -> Tuple[Any, ...]:
    # Mappings are compared by content (they may be edited in place), the rest by value.
    return tuple(
        tuple(value.items()) if isinstance(value, dict) else value
        for value in (getattr(module, name) for name in (*SETTINGS, *AZURE_SETTINGS))
    )


def load_client() -> OpenAI:
    """The module client, built on first use and again after a module setting changed."""
    global _client, _client_settings
    module = _module()
    if _client is None or _current_settings(module) != _client_settings:
        _client = None
        _client = _build(module)
        _client_settings = _current_settings(module)  # after the constructor wrote back
    return _client


def reset_client() -> None:
    """Forget the module client; the next use builds one (`openai._reset_client` officially)."""
    global _client, _client_settings
    _client = _client_settings = None


# ---- proxies ------------------------------------------------------------------------------------

_PROXY_CLASSES: Dict[str, type] = {}


class ResourceProxy:
    """Stands for `load_client().<name>`: forwards attribute access, `repr`, `str`, `dir` and
    `__class__` (so `isinstance(openai.chat, Chat)` holds) to it, as the official proxies do.
    `ResourceProxy("fine_tuning")` is a `FineTuningProxy`, the official proxy's class name."""

    def __new__(cls, name: str) -> "ResourceProxy":
        named = _PROXY_CLASSES.get(name)
        if named is None:
            title = "".join(part.title() for part in name.split("_"))
            named = _PROXY_CLASSES[name] = type(f"{title}Proxy", (cls,), {"__module__": __name__})
        return object.__new__(named)

    def __init__(self, name: str) -> None:
        self._name = name

    def _target(self) -> Any:
        if self._name == "resources":
            import importlib

            return importlib.import_module("openai.resources")
        return getattr(load_client(), self._name)

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._target(), attr)

    def __dir__(self) -> Any:
        return dir(self._target())

    def __repr__(self) -> str:
        return repr(self._target())

    def __str__(self) -> str:
        return str(self._target())

    @property  # type: ignore[misc]
    def __class__(self) -> type:  # type: ignore[override]
        try:
            return type(self._target())
        except Exception:  # no client can be built yet (no API key, ...)
            return type(self)


# ---- pre-1.0 names ------------------------------------------------------------------------------

_REMOVED_IN_V1 = (
    "\n\nYou tried to access openai.{symbol}, but this is no longer supported in openai>=1.0.0 - see the README at "
    "https://github.com/openai/openai-python for the API.\n\n"
    "You can run `openai migrate` to automatically upgrade your codebase to use the 1.0.0 interface. \n\n"
    "Alternatively, you can pin your installation to the old version, e.g. `pip install openai==0.28`\n\n"
    "A detailed migration guide is available here: https://github.com/openai/openai-python/discussions/742\n"
)


class APIRemovedInV1(OpenAIError):
    """Raised when a pre-1.0 name (`openai.ChatCompletion.create(...)`) is called."""

    def __init__(self, *, symbol: str) -> None:
        super().__init__(_REMOVED_IN_V1.format(symbol=symbol))


class APIRemovedInV1Proxy:
    """A pre-1.0 name (`openai.ChatCompletion`, ...). Any attribute of it is the proxy again, so
    code that only looks the names up keeps working; calling one raises `APIRemovedInV1`."""

    def __init__(self, symbol: str) -> None:
        self._symbol = symbol

    def __getattr__(self, attr: str) -> Any:
        return self

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        raise APIRemovedInV1(symbol=self._symbol)

    def __repr__(self) -> str:
        return type(self).__name__

    __str__ = __repr__

    def __dir__(self) -> Any:
        return []


RemovedInV1 = APIRemovedInV1Proxy  # the name `openai/__init__.py` uses
