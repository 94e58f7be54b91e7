"""Where `beta.realtime.connect()` connects and what it authenticates with, for every kind of
client: OpenAI (base URL, `websocket_base_url`, query params) and Azure (endpoint, deployment,
API key, Entra ID token or token provider). `websockets`' `connect` is replaced by a recorder, so
hosts that do not exist can be named; the values are those 1.102.0 passes to `connect`."""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Tuple

import httpx
import pytest
import websockets.asyncio.client
import websockets.sync.client

import openai
from openai import AsyncAzureOpenAI, AsyncOpenAI, AzureOpenAI, OpenAI
from tests.utils import run

pytestmark = pytest.mark.anyio

Call = Tuple[str, Dict[str, Any]]


class Refused(Exception):
    """Raised by the recorder: the call was recorded, nothing was opened."""


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[List[Call]]:
    recorded: List[Call] = []

    def connect(url: str, **kwargs: Any) -> Any:
        recorded.append((url, kwargs))
        raise Refused()

    async def async_connect(url: str, **kwargs: Any) -> Any:
        return connect(url, **kwargs)

    monkeypatch.setattr(websockets.sync.client, "connect", connect)
    monkeypatch.setattr(websockets.asyncio.client, "connect", async_connect)
    yield recorded


async def target(calls: List[Call], client: Any, **kwargs: Any) -> Tuple[str, List[Tuple[str, str]]]:
    """The URL and the additional headers `connect` was given."""
    with pytest.raises(Refused):
        await run(client.beta.realtime.connect(**kwargs).enter())
    url, options = calls[-1]
    return url, list(options["additional_headers"].items())


BEARER = [("Authorization", "Bearer k"), ("OpenAI-Beta", "realtime=v1")]


@pytest.mark.parametrize("cls", [OpenAI, AsyncOpenAI])
async def test_the_default_url_and_user_agent(calls: List[Call], cls: Any) -> None:
    assert await target(calls, cls(api_key="k"), model="gpt-4o-realtime-preview") == (
        "wss://api.openai.com/v1/realtime?model=gpt-4o-realtime-preview",
        BEARER,
    )
    assert calls[-1][1]["user_agent_header"] == f"{cls.__name__}/Python {openai.__version__}"


@pytest.mark.parametrize(
    ("options", "kwargs", "url"),
    [
        # Any base URL becomes wss (as 1.102.0; an http base URL needs `websocket_base_url`).
        ({"base_url": "http://localhost:8000/v1"}, {}, "wss://localhost:8000/v1/realtime?model=m"),
        ({"base_url": "https://gateway.example/api"}, {}, "wss://gateway.example/api/realtime?model=m"),
        # The websocket base URL is used as given, scheme included.
        ({"websocket_base_url": "ws://127.0.0.1:9/x/"}, {}, "ws://127.0.0.1:9/x/realtime?model=m"),
        ({"websocket_base_url": httpx.URL("wss://w.example/x")}, {}, "wss://w.example/x/realtime?model=m"),
        # Extra query params follow `model` and may replace it.
        ({}, {"extra_query": {"a": "1", "b": ["2", "3"]}}, "wss://api.openai.com/v1/realtime?model=m&a=1&b=2&b=3"),
        ({}, {"extra_query": {"model": "other"}}, "wss://api.openai.com/v1/realtime?model=other"),
    ],
)
async def test_where_it_connects(calls: List[Call], options: Dict[str, Any], kwargs: Dict[str, Any], url: str) -> None:
    assert (await target(calls, OpenAI(api_key="k", **options), model="m", **kwargs))[0] == url


async def test_connection_options_are_passed_on(calls: List[Call]) -> None:
    await target(calls, OpenAI(api_key="k"), model="m", websocket_connection_options={"max_size": None, "max_queue": 4})
    assert calls[-1][1] == {
        "user_agent_header": f"OpenAI/Python {openai.__version__}",
        "additional_headers": dict(BEARER),
        "max_size": None,
        "max_queue": 4,
    }


# ---- Azure -------------------------------------------------------------------------------

ENDPOINT = "https://res.openai.azure.com"


def azure(cls: Any = AzureOpenAI, **options: Any) -> Any:
    options.setdefault("api_version", "2024-10-01-preview")
    if "base_url" not in options:
        options.setdefault("azure_endpoint", ENDPOINT)
    return cls(**options)


@pytest.mark.parametrize("cls", [AzureOpenAI, AsyncAzureOpenAI])
async def test_azure_with_a_key(calls: List[Call], cls: Any) -> None:
    assert await target(calls, azure(cls, api_key="az"), model="gpt-4o-rt") == (
        "wss://res.openai.azure.com/openai/realtime?api-version=2024-10-01-preview&deployment=gpt-4o-rt",
        [("api-key", "az"), ("OpenAI-Beta", "realtime=v1")],
    )
    assert calls[-1][1]["user_agent_header"] == f"{cls.__name__}/Python {openai.__version__}"


async def test_azure_deployment_and_extra_query(calls: List[Call]) -> None:
    client = azure(api_key="az", api_version="v1", azure_deployment="dep")
    url, _ = await target(calls, client, model="gpt-4o-rt", extra_query={"api-version": "mine", "x": "1"})
    # The client's version and deployment take the place of the same keys in the extra query.
    assert url == "wss://res.openai.azure.com/openai/realtime?api-version=v1&x=1&deployment=dep"


async def test_azure_base_url_and_websocket_base_url(calls: List[Call]) -> None:
    client = azure(api_key="az", api_version="v1", base_url=f"{ENDPOINT}/openai/deployments/dep")
    assert (await target(calls, client, model="m"))[0] == (
        "wss://res.openai.azure.com/openai/deployments/dep/realtime?api-version=v1&deployment=m"
    )
    client = azure(api_key="az", api_version="v1", websocket_base_url="wss://other/base")
    assert (await target(calls, client, model="m", extra_query={"q": "1"}))[0] == (
        "wss://other/base/realtime?q=1&api-version=v1&deployment=m"
    )


@pytest.mark.parametrize("cls", [AzureOpenAI, AsyncAzureOpenAI])
async def test_azure_token_and_provider(calls: List[Call], cls: Any) -> None:
    assert (await target(calls, azure(cls, azure_ad_token="tok"), model="m"))[1][0] == ("Authorization", "Bearer tok")
    asked: List[int] = []

    def provider() -> str:
        asked.append(1)
        return f"fresh-{len(asked)}"

    client = azure(cls, azure_ad_token_provider=provider)
    assert (await target(calls, client, model="m"))[1][0] == ("Authorization", "Bearer fresh-1")
    assert (await target(calls, client, model="m"))[1][0] == ("Authorization", "Bearer fresh-2")  # asked each time


async def test_async_azure_awaits_an_async_provider(calls: List[Call]) -> None:
    async def provider() -> str:
        return "atok"

    client = azure(AsyncAzureOpenAI, azure_ad_token_provider=provider)
    assert (await target(calls, client, model="m"))[1] == [
        ("Authorization", "Bearer atok"),
        ("OpenAI-Beta", "realtime=v1"),
    ]


async def test_azure_key_wins_over_a_token_here(calls: List[Call]) -> None:
    # As 1.102.0 connects: with both, the key (REST calls send the token instead).
    client = azure(api_key="az", azure_ad_token_provider=lambda: pytest.fail("the provider is not asked"))
    assert (await target(calls, client, model="m"))[1][0] == ("api-key", "az")


@pytest.mark.parametrize("cls", [AzureOpenAI, AsyncAzureOpenAI])
async def test_azure_provider_returning_nothing_is_refused_before_connecting(calls: List[Call], cls: Any) -> None:
    client = azure(cls, azure_ad_token_provider=lambda: "")
    with pytest.raises(ValueError, match="Expected `azure_ad_token_provider` argument to return a string"):
        await run(client.beta.realtime.connect(model="m").enter())
    assert calls == []
