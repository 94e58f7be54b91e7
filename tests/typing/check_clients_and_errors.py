"""Client construction, errors, Azure, and the module-level client (`openai.chat...`)."""

from __future__ import annotations

from typing import Any, Mapping, Optional

import httpx
from typing_extensions import Literal, assert_type

import openai
from openai import AsyncAzureOpenAI, AzureOpenAI, OpenAI
from openai.types.chat import ChatCompletion


def clients() -> None:
    client = OpenAI(api_key="sk-test", timeout=httpx.Timeout(30.0, connect=5.0), max_retries=0)
    copy = client.with_options(timeout=10.0, max_retries=5)
    assert_type(copy, OpenAI)
    assert_type(client.copy(default_headers={"X-A": "1"}), OpenAI)
    assert_type(client.api_key, str)
    assert_type(client.base_url, httpx.URL)
    assert_type(client.max_retries, int)
    with OpenAI(api_key="sk-test", http_client=openai.DefaultHttpxClient()) as scoped:
        scoped.models.list()


def errors(client: OpenAI) -> None:
    try:
        client.models.retrieve("gpt-4o")
    except openai.RateLimitError as e:
        assert_type(e.status_code, Literal[429])
        assert_type(e.response, httpx.Response)
        assert_type(e.request_id, Optional[str])
    except openai.APIStatusError as e:
        assert_type(e.body, Optional[object])
        assert_type(e.message, str)
    except openai.APITimeoutError as e:
        assert_type(e.request, httpx.Request)
    except openai.APIConnectionError as e:
        assert_type(e.message, str)
    except openai.APIError as e:
        assert_type(e.code, Optional[str])
        assert_type(e.param, Optional[str])
        assert_type(e.type, Optional[str])


def azure(token: str) -> None:
    client = AzureOpenAI(api_version="2024-06-01", azure_endpoint="https://example.openai.azure.com", api_key="k")
    completion = client.chat.completions.create(model="deployment", messages=[{"role": "user", "content": "hi"}])
    assert_type(completion, ChatCompletion)
    with_token = AzureOpenAI(
        api_version="2024-06-01",
        azure_endpoint="https://example.openai.azure.com",
        azure_ad_token_provider=lambda: token,
    )
    assert_type(with_token.with_options(timeout=5), AzureOpenAI)
    async_client = AsyncAzureOpenAI(
        api_version="2024-06-01", azure_endpoint="https://example.openai.azure.com", azure_deployment="gpt-4o"
    )
    assert_type(async_client, AsyncAzureOpenAI)


def module_client(headers: Mapping[str, Any]) -> None:
    openai.api_key = "sk-test"
    openai.base_url = "https://example.test/v1"
    openai.max_retries = 3
    completion = openai.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])
    assert_type(completion, ChatCompletion)
    assert_type(openai.models.list().data[0].id, str)
