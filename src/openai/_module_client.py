"""The module-level client: `openai.api_key = "..."; openai.chat.completions.create(...)`.

Settings are plain attributes of the `openai` module. Each resource name (`openai.chat`, ...)
is a proxy that, when used, takes the client built from the current settings -- rebuilt only
when a setting changed -- and forwards to that client's resource. Nothing is imported or built
until a proxy is used.
"""

from __future__ import annotations

import sys
from typing import Any, Optional, Tuple

from ._client import OpenAI

__all__ = ["ResourceProxy", "RemovedInV1", "load_client", "SETTINGS"]

# The extra module attributes used when `openai.api_type == "azure"`.
AZURE_SETTINGS = ("api_version", "azure_endpoint", "azure_ad_token", "azure_ad_token_provider")
# The module attributes a module-level client is built from.
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

_client: Optional[OpenAI] = None
_client_settings: Optional[Tuple[Any, ...]] = None


def _current_settings() -> Tuple[Any, ...]:
    module = sys.modules["openai"]
    # Mappings are compared by content (they may be edited in place), the rest by value.
    return tuple(
        tuple(value.items()) if isinstance(value, dict) else value
        for value in (getattr(module, name) for name in ("api_type", *SETTINGS, *AZURE_SETTINGS))
    )


def load_client() -> OpenAI:
    """The client for the current module settings, built on first use and after a change."""
    global _client, _client_settings
    settings = _current_settings()
    if _client is None or settings != _client_settings:
        module = sys.modules["openai"]
        values = {name: getattr(module, name) for name in SETTINGS}
        if module.api_type == "azure":
            from .lib.azure import AzureOpenAI

            values.update({name: getattr(module, name) for name in AZURE_SETTINGS})
            if values["base_url"] is not None:  # Azure takes `azure_endpoint` or `base_url`, not both
                values.pop("azure_endpoint")
            _client = AzureOpenAI(**values)
        else:
            _client = OpenAI(**values)
        _client_settings = settings
    return _client


class ResourceProxy:
    """Stands for `load_client().<name>` and forwards every attribute to it."""

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
        return f"<module-level proxy for openai.{self._name}>"


class RemovedInV1:
    """A pre-1.0 name (`openai.ChatCompletion`, ...): any use explains the 1.x way instead."""

    def __init__(self, symbol: str) -> None:
        self._symbol = symbol

    def _fail(self) -> Any:
        from ._exceptions import OpenAIError

        raise OpenAIError(
            f"You tried to access openai.{self._symbol}, but this is no longer supported in openai>=1.0.0. "
            "Use the client instead, e.g. `OpenAI().chat.completions.create(...)`; "
            "see the README for the 1.x interface."
        )

    def __getattr__(self, attr: str) -> Any:
        return self._fail()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._fail()

    def __repr__(self) -> str:
        return f"<removed in openai 1.0: openai.{self._symbol}>"
