"""The module-level client: `openai.api_key = ...; openai.chat.completions.create(...)`."""

from __future__ import annotations

from typing import Iterator

import httpx
import pytest
import respx

import openai
from openai import _module_client

BASE = "http://module.test/v1"
COMPLETION = {"id": "c1", "object": "chat.completion", "created": 1, "model": "m", "choices": []}


@pytest.fixture(autouse=True)
def module_settings(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # Every setting restored after each test, and no client carried over between tests.
    for name in ("api_type", *_module_client.SETTINGS, *_module_client.AZURE_SETTINGS):
        monkeypatch.setattr(openai, name, getattr(openai, name))
    monkeypatch.setattr(_module_client, "_client", None)
    monkeypatch.setattr(_module_client, "_client_settings", None)
    openai.base_url = BASE
    yield


def test_resources_use_the_module_settings() -> None:
    openai.api_key = "sk-module"
    openai.organization = "org-1"
    openai.default_headers = {"X-Extra": "yes"}
    with respx.mock(base_url=BASE) as mock:
        route = mock.post("/chat/completions").respond(json=COMPLETION)
        completion = openai.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    assert completion.id == "c1"
    headers = route.calls[0].request.headers
    assert headers["authorization"] == "Bearer sk-module"
    assert headers["openai-organization"] == "org-1"
    assert headers["x-extra"] == "yes"


def test_a_changed_setting_takes_effect_on_the_next_call() -> None:
    openai.api_key = "sk-first"
    first = _module_client.load_client()
    assert _module_client.load_client() is first  # unchanged settings: the same client
    openai.api_key = "sk-second"
    second = _module_client.load_client()
    assert second is not first
    assert second.api_key == "sk-second"


def test_headers_edited_in_place_are_noticed() -> None:
    openai.api_key = "sk-x"
    openai.default_headers = {"X-A": "1"}
    first = _module_client.load_client()
    openai.default_headers["X-A"] = "2"
    assert _module_client.load_client() is not first


def test_missing_key_fails_when_used_not_at_import(monkeypatch: pytest.MonkeyPatch) -> None:
    openai.api_key = None
    with pytest.raises(openai.OpenAIError, match="OPENAI_API_KEY"):
        openai.models.list()
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    assert _module_client.load_client().api_key == "sk-env"


def test_http_client_and_retries_are_passed_through() -> None:
    openai.api_key = "sk-x"
    openai.max_retries = 0
    seen = []
    openai.http_client = httpx.Client(
        transport=httpx.MockTransport(lambda request: seen.append(request) or httpx.Response(500))
    )
    with pytest.raises(openai.InternalServerError):
        openai.models.retrieve("gpt-4o")
    assert len(seen) == 1  # max_retries=0: no retry


def test_proxies_are_cheap_until_used() -> None:
    assert repr(openai.chat) == "<module-level proxy for openai.chat>"
    assert _module_client._client is None


def test_pre_v1_names_explain_the_new_interface() -> None:
    with pytest.raises(openai.OpenAIError, match=r"openai\.ChatCompletion.*no longer supported"):
        openai.ChatCompletion.create(model="gpt-4o", messages=[])
    with pytest.raises(openai.OpenAIError, match=r"openai\.Completion"):
        openai.Completion()


def test_azure_settings_build_an_azure_client() -> None:
    openai.api_type = "azure"
    openai.base_url = None
    openai.api_key = "azure-key"
    openai.api_version = "2024-10-21"
    openai.azure_endpoint = "https://example-resource.openai.azure.com"
    with respx.mock() as mock:
        route = mock.post(
            "https://example-resource.openai.azure.com/openai/deployments/my-deployment/chat/completions"
        ).respond(json=COMPLETION)
        openai.chat.completions.create(model="my-deployment", messages=[{"role": "user", "content": "hi"}])
    request = route.calls[0].request
    assert request.headers["api-key"] == "azure-key"
    assert request.url.params["api-version"] == "2024-10-21"
    assert isinstance(_module_client.load_client(), openai.AzureOpenAI)


def test_version_module() -> None:
    assert openai.version.VERSION == openai.__version__ == "1.102.0"
