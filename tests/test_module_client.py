"""The module-level client: `openai.api_key = ...; openai.chat.completions.create(...)`."""

from __future__ import annotations

from typing import Any, Iterator, List

import httpx
import pytest
import respx

import openai
from openai import _module_client
from openai.lib.azure import API_KEY_SENTINEL

BASE = "http://module.test/v1"
AZURE = "https://example-resource.openai.azure.com"
COMPLETION = {"id": "c1", "object": "chat.completion", "created": 1, "model": "m", "choices": []}
MESSAGES: Any = [{"role": "user", "content": "hi"}]
ENV = (
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "OPENAI_ORG_ID",
    "OPENAI_PROJECT_ID",
    "OPENAI_API_TYPE",
    "OPENAI_API_VERSION",
    "AZURE_OPENAI_API_KEY",
    "AZURE_OPENAI_ENDPOINT",
    "AZURE_OPENAI_AD_TOKEN",
)


@pytest.fixture(autouse=True)
def module_settings(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # Every setting restored after each test, no client carried over, no variable leaking in.
    for name in (*_module_client.SETTINGS, *_module_client.AZURE_SETTINGS):
        monkeypatch.setattr(openai, name, getattr(openai, name))
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(_module_client, "_client", None)
    monkeypatch.setattr(_module_client, "_client_settings", None)
    openai.base_url = BASE
    yield


@pytest.fixture
def wire() -> Iterator[respx.MockRouter]:
    with respx.mock(assert_all_called=False) as mock:
        mock.route().respond(json=COMPLETION)
        yield mock


def last(wire: respx.MockRouter) -> httpx.Request:
    return wire.calls.last.request


def chat() -> Any:
    return openai.chat.completions.create(model="m", messages=MESSAGES)


def use_azure() -> None:
    openai.api_type = "azure"
    openai.base_url = None
    openai.api_version = "2024-10-21"
    openai.azure_endpoint = AZURE


# ---- settings ------------------------------------------------------------------------------------


def test_resources_use_the_module_settings(wire: respx.MockRouter) -> None:
    openai.api_key = "sk-module"
    openai.organization = "org-1"
    openai.default_headers = {"X-Extra": "yes"}
    assert chat().id == "c1"
    headers = last(wire).headers
    assert str(last(wire).url) == f"{BASE}/chat/completions"
    assert headers["authorization"] == "Bearer sk-module"
    assert headers["openai-organization"] == "org-1"
    assert headers["x-extra"] == "yes"
    assert headers["user-agent"] == f"_ModuleClient/Python {openai.__version__}"  # the official class name


def test_a_held_resource_follows_later_settings(wire: respx.MockRouter) -> None:
    # The client's settings are the module attributes, also for a resource fetched earlier.
    openai.api_key = "sk-first"
    completions = openai.chat.completions
    openai.api_key = "sk-second"
    openai.max_retries = 0
    openai.base_url = "http://elsewhere.test/v2/"
    completions.create(model="m", messages=MESSAGES)
    assert last(wire).headers["authorization"] == "Bearer sk-second"
    assert str(last(wire).url) == "http://elsewhere.test/v2/chat/completions"
    assert completions._client.max_retries == 0


def test_a_changed_setting_builds_a_new_client() -> None:
    openai.api_key = "sk-first"
    first = _module_client.load_client()
    assert _module_client.load_client() is first  # unchanged settings: the same client
    openai.api_key = "sk-second"
    second = _module_client.load_client()
    assert second is not first
    assert second.api_key == "sk-second"
    _module_client.reset_client()
    assert _module_client.load_client() is not second


def test_headers_edited_in_place_are_noticed() -> None:
    openai.api_key = "sk-x"
    openai.default_headers = {"X-A": "1"}
    first = _module_client.load_client()
    openai.default_headers["X-A"] = "2"
    assert _module_client.load_client() is not first


def test_resolved_settings_are_written_back_to_the_module(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    monkeypatch.setenv("OPENAI_ORG_ID", "org-env")
    headers = {"X-Mine": "1"}
    openai.default_headers = headers
    client = _module_client.load_client()
    assert (openai.api_key, openai.organization, openai.api_type) == ("sk-env", "org-env", "openai")
    assert openai.default_headers is headers  # the caller's own mapping, as given
    assert openai.default_query == {}
    assert isinstance(openai.http_client, httpx.Client) and openai.http_client is client._client
    assert _module_client.load_client() is client  # writing back is not a change


def test_missing_key_fails_when_used_not_at_import(monkeypatch: pytest.MonkeyPatch) -> None:
    openai.api_key = None
    with pytest.raises(openai.OpenAIError, match="OPENAI_API_KEY"):
        openai.models.list()
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    assert _module_client.load_client().api_key == "sk-env"


def test_http_client_and_retries_are_passed_through() -> None:
    openai.api_key = "sk-x"
    openai.max_retries = 0
    seen: List[httpx.Request] = []
    openai.http_client = httpx.Client(
        transport=httpx.MockTransport(lambda request: seen.append(request) or httpx.Response(500))
    )
    with pytest.raises(openai.InternalServerError):
        openai.models.retrieve("gpt-4o")
    assert len(seen) == 1  # max_retries=0: no retry


# COMPAT.md#module-base-url-slash: the official module client sends `/v1chat/completions` here.
def test_base_url_without_trailing_slash_is_joined_with_one(wire: respx.MockRouter) -> None:
    openai.api_key = "sk-x"
    openai.base_url = "http://module.test/v1"
    chat()
    assert str(last(wire).url) == "http://module.test/v1/chat/completions"


# ---- which client ----------------------------------------------------------------------------------


def test_azure_settings_build_an_azure_client(wire: respx.MockRouter) -> None:
    use_azure()
    openai.api_key = "azure-key"
    openai.chat.completions.create(model="my-deployment", messages=MESSAGES)
    request = last(wire)
    assert str(request.url) == f"{AZURE}/openai/deployments/my-deployment/chat/completions?api-version=2024-10-21"
    assert request.headers["api-key"] == "azure-key"
    assert request.headers["user-agent"] == f"_AzureModuleClient/Python {openai.__version__}"
    assert isinstance(_module_client.load_client(), openai.AzureOpenAI)
    assert openai.default_query == {"api-version": "2024-10-21"}  # written back, as officially


def test_azure_token_provider_is_asked_per_request(wire: respx.MockRouter) -> None:
    use_azure()
    tokens = iter(["t1", "t2"])
    openai.azure_ad_token_provider = lambda: next(tokens)
    chat()
    chat()
    assert [call.request.headers["authorization"] for call in wire.calls] == ["Bearer t1", "Bearer t2"]
    assert openai.api_key == API_KEY_SENTINEL


def test_azure_base_url_and_endpoint_are_exclusive() -> None:
    use_azure()
    openai.api_key = "azure-key"
    openai.base_url = f"{AZURE}/openai/deployments/d/"
    with pytest.raises(ValueError, match="base_url and azure_endpoint are mutually exclusive"):
        chat()


def test_azure_is_detected_from_the_environment(wire: respx.MockRouter, monkeypatch: pytest.MonkeyPatch) -> None:
    openai.base_url = None
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", "azure-env")
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", AZURE)
    monkeypatch.setenv("OPENAI_API_VERSION", "2024-06-01")
    chat()
    assert last(wire).headers["api-key"] == "azure-env"
    assert (openai.api_type, openai.api_version, openai.azure_endpoint) == ("azure", "2024-06-01", AZURE)


def test_api_type_from_the_environment(wire: respx.MockRouter, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_TYPE", "openai")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", "azure-env")  # would be ambiguous without the type
    chat()
    assert last(wire).headers["authorization"] == "Bearer sk-env"


@pytest.mark.parametrize(
    "azure_setting",
    [
        {"AZURE_OPENAI_API_KEY": "azure-env"},
        {"AZURE_OPENAI_ENDPOINT": AZURE},
        {"AZURE_OPENAI_AD_TOKEN": "token"},
        {"module azure_ad_token_provider": lambda: "token"},
    ],
    ids=["azure-key", "azure-endpoint", "azure-token", "token-provider"],
)
def test_credentials_of_both_kinds_are_ambiguous(
    wire: respx.MockRouter, monkeypatch: pytest.MonkeyPatch, azure_setting: Any
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    for name, value in azure_setting.items():
        if name.startswith("module "):
            setattr(openai, name.split()[1], value)
        else:
            monkeypatch.setenv(name, value)
    with pytest.raises(openai.OpenAIError) as info:
        chat()
    assert type(info.value).__name__ == "_AmbiguousModuleClientUsageError"
    assert str(info.value) == (
        "Ambiguous use of module client; please set `openai.api_type` or the `OPENAI_API_TYPE` "
        "environment variable to `openai` or `azure`"
    )
    assert not wire.calls
    openai.api_type = "openai"  # naming the kind resolves it
    chat()
    assert last(wire).headers["authorization"] == "Bearer sk-env"


def test_azure_token_and_azure_key_are_ambiguous(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", "azure-env")
    openai.azure_ad_token = "token"
    with pytest.raises(openai.OpenAIError, match="Ambiguous use of module client"):
        chat()


# ---- proxies -------------------------------------------------------------------------------------


def test_proxies_are_cheap_until_used() -> None:
    for proxy in (openai.chat, openai.fine_tuning, openai.vector_stores):
        assert isinstance(proxy, _module_client.ResourceProxy)
    assert _module_client._client is None
    # The official proxy class names.
    assert [type(p).__name__ for p in (openai.chat, openai.fine_tuning, openai.vector_stores)] == [
        "ChatProxy",
        "FineTuningProxy",
        "VectorStoresProxy",
    ]


def test_proxies_stand_for_the_resource() -> None:
    from openai.resources.chat import Chat

    openai.api_key = "sk-x"
    assert isinstance(openai.chat, Chat)  # as officially: the proxy reports the resource's class
    assert repr(openai.chat) == repr(_module_client.load_client().chat)
    assert "completions" in dir(openai.chat)


def test_proxy_class_without_a_client() -> None:
    openai.api_key = None
    assert openai.chat.__class__ is type(openai.chat)  # no key: nothing to stand for
    assert type(openai.chat).__name__ == "ChatProxy"


# ---- pre-1.0 names ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["ChatCompletion", "Completion", "Embedding", "FineTune", "ErrorObject"])
def test_pre_v1_names_fail_when_called(wire: respx.MockRouter, name: str) -> None:
    old = getattr(openai, name)
    assert hasattr(old, "create")  # looking the names up still works
    assert old.create is old and type(old).__name__ == "APIRemovedInV1Proxy"
    assert repr(old) == str(old) == "APIRemovedInV1Proxy"
    for call in (lambda: old.create(model="gpt-4o", messages=[]), lambda: old()):
        with pytest.raises(openai.OpenAIError) as info:
            call()
        assert isinstance(info.value, _module_client.APIRemovedInV1)
        message = str(info.value)
        assert message.startswith(f"\n\nYou tried to access openai.{name}, but this is no longer supported")
        assert "`pip install openai==0.28`" in message
        assert message.endswith("https://github.com/openai/openai-python/discussions/742\n")
    assert not wire.calls


def test_version_module() -> None:
    assert openai.version.VERSION == openai.__version__ == "1.102.0"
