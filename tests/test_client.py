"""Client construction and configuration: arguments, environment, defaults, copies, lifecycle."""

from __future__ import annotations

import inspect
from typing import Any, Callable, List

import httpx
import pytest
import respx

import openai
from tests.utils import run

BASE_URL = "http://api.test/v1"
API_KEY = "sk-test-not-a-real-key"
MODEL = {"id": "gpt-4o", "object": "model", "created": 1, "owned_by": "openai"}
PARAMS = [
    "api_key",
    "organization",
    "project",
    "webhook_secret",
    "base_url",
    "websocket_base_url",
    "timeout",
    "max_retries",
    "default_headers",
    "default_query",
    "http_client",
    "_strict_response_validation",
]
# Opt-in options of ours, after the official ones (default: off, the official behaviour).
OPT_IN_PARAMS = {"limiter", "deadline", "retry_budget", "strict_stream_end"}
ENV = {
    "OPENAI_API_KEY": "sk-from-env",
    "OPENAI_ORG_ID": "org-env",
    "OPENAI_PROJECT_ID": "proj-env",
    "OPENAI_WEBHOOK_SECRET": "whsec-env",
    "OPENAI_BASE_URL": "http://env.test/v9",
}

pytestmark = pytest.mark.anyio


@pytest.fixture(params=[openai.OpenAI, openai.AsyncOpenAI], ids=["sync", "async"])
def client_cls(request: pytest.FixtureRequest) -> Any:
    return request.param


@pytest.fixture
async def make(client_cls: Any) -> Any:
    """Builds clients of the parametrized class and closes them all after the test."""
    made: List[Any] = []

    def factory(**kwargs: Any) -> Any:
        made.append(client_cls(**kwargs))
        return made[-1]

    yield factory
    for client in made:
        await run(client.close())


def is_async(client: Any) -> bool:
    return isinstance(client, openai.AsyncOpenAI)


def httpx_client_for(client_cls: Any, handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> Any:
    transport = httpx.MockTransport(handler)
    if client_cls is openai.AsyncOpenAI:
        return httpx.AsyncClient(transport=transport, **kwargs)
    return httpx.Client(transport=transport, **kwargs)


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in ENV.items():
        monkeypatch.setenv(name, value)


# ---- constructor ---------------------------------------------------------------------------------


def test_constructor_takes_the_twelve_official_keyword_parameters(client_cls: Any) -> None:
    params = inspect.signature(client_cls.__init__).parameters
    names = [name for name in params if name != "self"]
    assert names[: len(PARAMS)] == PARAMS
    assert set(names[len(PARAMS) :]) <= OPT_IN_PARAMS
    assert all(params[name].kind is inspect.Parameter.KEYWORD_ONLY for name in PARAMS)


async def test_constructor_arguments_are_kept(make: Any, client_cls: Any) -> None:
    http_client = httpx_client_for(client_cls, lambda request: httpx.Response(200))
    client = make(
        api_key="sk-a",
        organization="org-a",
        project="proj-a",
        webhook_secret="whsec-a",
        base_url="http://arg.test/v2",
        websocket_base_url="ws://arg.test/v2",
        timeout=12.0,
        max_retries=7,
        default_headers={"X-A": "1"},
        default_query={"q": "1"},
        http_client=http_client,
        _strict_response_validation=True,
    )
    assert client.api_key == "sk-a"
    assert client.organization == "org-a"
    assert client.project == "proj-a"
    assert client.webhook_secret == "whsec-a"
    assert client.base_url == httpx.URL("http://arg.test/v2/")
    assert client.websocket_base_url == "ws://arg.test/v2"
    assert client.timeout == 12.0
    assert client.max_retries == 7
    assert client.default_headers["X-A"] == "1"
    assert client.default_query == {"q": "1"}
    assert client._client is http_client
    assert client._strict_response_validation is True


async def test_defaults(make: Any) -> None:
    client = make(api_key=API_KEY)
    assert str(client.base_url) == "https://api.openai.com/v1/"
    assert client.timeout == httpx.Timeout(600, connect=5)
    assert client.max_retries == 2
    assert client.organization is None
    assert client.project is None
    assert client.webhook_secret is None
    assert client.websocket_base_url is None
    assert client._strict_response_validation is False


async def test_missing_api_key_raises(client_cls: Any) -> None:
    with pytest.raises(openai.OpenAIError, match="OPENAI_API_KEY"):
        client_cls()


async def test_max_retries_none_is_rejected(client_cls: Any) -> None:
    with pytest.raises(TypeError, match="max_retries"):
        client_cls(api_key=API_KEY, max_retries=None)


# ---- environment ---------------------------------------------------------------------------------


ARGUMENTS = {"api_key": "sk-a", "organization": "org-a", "project": "proj-a", "webhook_secret": "w-a"}


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        ({}, ("sk-from-env", "org-env", "proj-env", "whsec-env", "http://env.test/v9/")),
        ({**ARGUMENTS, "base_url": "http://a.test/v3"}, ("sk-a", "org-a", "proj-a", "w-a", "http://a.test/v3/")),
    ],
    ids=["from-environment", "arguments-win"],
)
async def test_environment_and_arguments(make: Any, env: None, arguments: dict, expected: tuple) -> None:
    client = make(**arguments)
    assert (client.api_key, client.organization, client.project, client.webhook_secret) == expected[:4]
    assert client.base_url == httpx.URL(expected[4])


async def test_environment_base_url_is_where_requests_go(make: Any, env: None) -> None:
    with respx.mock(base_url="http://env.test/v9") as mock:
        route = mock.get("/models/gpt-4o").respond(json=MODEL)
        await run(make().models.retrieve("gpt-4o"))
    assert route.calls.last.request.headers["Authorization"] == "Bearer sk-from-env"
    assert route.calls.last.request.headers["OpenAI-Organization"] == "org-env"
    assert route.calls.last.request.headers["OpenAI-Project"] == "proj-env"


async def test_base_url_path_is_kept(make: Any) -> None:
    with respx.mock() as mock:
        route = mock.get("http://proxy.test/custom/v1/models/gpt-4o").respond(json=MODEL)
        await run(make(api_key=API_KEY, base_url="http://proxy.test/custom/v1").models.retrieve("gpt-4o"))
    assert route.called


# ---- secrets -------------------------------------------------------------------------------------


async def test_repr_hides_the_api_key(make: Any) -> None:
    client = make(api_key=API_KEY)
    assert API_KEY not in repr(client)
    assert API_KEY not in str(client)


async def test_connection_error_hides_the_api_key(make: Any, sleeps: List[float]) -> None:
    with respx.mock(base_url=BASE_URL) as mock:
        mock.get("/models/gpt-4o").mock(side_effect=httpx.ConnectError("refused"))
        with pytest.raises(openai.APIConnectionError) as info:
            await run(make(api_key=API_KEY, base_url=BASE_URL).models.retrieve("gpt-4o"))
    assert API_KEY not in str(info.value)
    assert API_KEY not in repr(info.value)


# ---- with_options / copy ---------------------------------------------------------------------------


@pytest.fixture(params=["with_options", "copy"])
def copy_of(request: pytest.FixtureRequest) -> Callable[..., Any]:
    return lambda client, **changes: getattr(client, request.param)(**changes)


async def test_copy_changes_only_what_is_given(make: Any, copy_of: Any) -> None:
    original = make(api_key=API_KEY, base_url=BASE_URL, organization="org-1", project="p-1", webhook_secret="w")
    copy = copy_of(original, timeout=5.0)
    assert copy.timeout == 5.0
    assert original.timeout == httpx.Timeout(600, connect=5)
    for name in ("api_key", "base_url", "organization", "project", "webhook_secret", "max_retries"):
        assert getattr(copy, name) == getattr(original, name)
    assert copy._client is original._client


async def test_copy_changes_max_retries(make: Any, copy_of: Any) -> None:
    original = make(api_key=API_KEY, max_retries=4)
    assert copy_of(original, max_retries=0).max_retries == 0
    assert original.max_retries == 4


async def test_copy_can_change_credentials(make: Any, copy_of: Any) -> None:
    copy = copy_of(make(api_key=API_KEY), api_key="sk-other", organization="org-2", base_url="http://b.test/v3")
    assert (copy.api_key, copy.organization, copy.base_url) == ("sk-other", "org-2", httpx.URL("http://b.test/v3/"))


async def test_copy_keeps_strict_validation(make: Any, copy_of: Any) -> None:
    assert copy_of(make(api_key=API_KEY, _strict_response_validation=True))._strict_response_validation is True


async def test_copy_default_headers_merge(make: Any, copy_of: Any) -> None:
    copy = copy_of(make(api_key=API_KEY, default_headers={"X-A": "1", "X-B": "1"}), default_headers={"X-B": "2"})
    assert copy.default_headers["X-A"] == "1"
    assert copy.default_headers["X-B"] == "2"


async def test_copy_set_default_headers_replaces(make: Any, copy_of: Any) -> None:
    copy = copy_of(make(api_key=API_KEY, default_headers={"X-A": "1"}), set_default_headers={"X-B": "2"})
    assert "X-A" not in copy.default_headers
    assert copy.default_headers["X-B"] == "2"
    assert copy.default_headers["Authorization"] == f"Bearer {API_KEY}"


async def test_copy_default_query_merge_and_replace(make: Any, copy_of: Any) -> None:
    original = make(api_key=API_KEY, default_query={"a": "1"})
    assert copy_of(original, default_query={"b": "2"}).default_query == {"a": "1", "b": "2"}
    assert copy_of(original, set_default_query={"b": "2"}).default_query == {"b": "2"}


@pytest.mark.parametrize("kind", ["headers", "query"])
async def test_copy_rejects_merge_and_replace_together(make: Any, copy_of: Any, kind: str) -> None:
    with pytest.raises(ValueError, match="mutually exclusive"):
        copy_of(make(api_key=API_KEY), **{f"default_{kind}": {"a": "1"}, f"set_default_{kind}": {"b": "2"}})


async def test_copy_sends_with_the_new_options(api: Any, respx_mock: respx.MockRouter) -> None:
    respx_mock.get(BASE_URL + "/models/gpt-4o").respond(json=MODEL)
    copy = api.with_options(default_headers={"X-Copy": "yes"}, timeout=3.0)
    await run(copy.models.retrieve("gpt-4o"))
    request = respx_mock.calls.last.request
    assert request.headers["X-Copy"] == "yes"
    assert request.extensions["timeout"] == httpx.Timeout(3.0).as_dict()
    await run(api.models.retrieve("gpt-4o"))
    assert "X-Copy" not in respx_mock.calls.last.request.headers


# ---- lifecycle ---------------------------------------------------------------------------------


async def test_close_closes_the_http_client(make: Any) -> None:
    client = make(api_key=API_KEY)
    assert not client.is_closed()
    await run(client.close())
    assert client.is_closed()
    assert client._client.is_closed


async def test_context_manager_closes_the_http_client(client_cls: Any) -> None:
    client = client_cls(api_key=API_KEY)
    if is_async(client):
        async with client as entered:
            assert not client.is_closed()
    else:
        with client as entered:
            assert not client.is_closed()
    assert entered is client
    assert client.is_closed()


async def test_copies_share_the_connection_pool(make: Any) -> None:
    original = make(api_key=API_KEY)
    await run(original.with_options(timeout=1.0).close())
    assert original.is_closed()


# ---- the httpx client ----------------------------------------------------------------------------


async def test_default_http_client_is_an_httpx_client(make: Any) -> None:
    client = make(api_key=API_KEY)
    expected = httpx.AsyncClient if is_async(client) else httpx.Client
    assert isinstance(client._client, expected)
    assert client._client.follow_redirects is True


async def test_user_http_client_receives_the_request(make: Any, client_cls: Any) -> None:
    seen: List[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=MODEL)

    http_client = httpx_client_for(client_cls, handler, headers={"X-From-Http-Client": "1"})
    client = make(api_key=API_KEY, base_url=BASE_URL, http_client=http_client)
    model = await run(client.models.retrieve("gpt-4o"))
    assert model.id == "gpt-4o"
    assert [str(r.url) for r in seen] == [BASE_URL + "/models/gpt-4o"]
    assert seen[0].headers["X-From-Http-Client"] == "1"
    assert seen[0].headers["Authorization"] == f"Bearer {API_KEY}"


async def test_user_http_client_timeout_is_used(make: Any, client_cls: Any) -> None:
    client = make(api_key=API_KEY, http_client=httpx_client_for(client_cls, lambda r: httpx.Response(200), timeout=42))
    assert client.timeout == httpx.Timeout(42)


async def test_user_http_client_with_httpx_default_timeout_gets_ours(make: Any, client_cls: Any) -> None:
    client = make(api_key=API_KEY, http_client=httpx_client_for(client_cls, lambda r: httpx.Response(200)))
    assert client.timeout == httpx.Timeout(600, connect=5)


@pytest.mark.parametrize(
    ("client_class", "wrong"), [(openai.OpenAI, httpx.AsyncClient), (openai.AsyncOpenAI, httpx.Client)]
)
async def test_http_client_of_the_wrong_kind_raises(client_class: Any, wrong: Any) -> None:
    http_client = wrong()
    with pytest.raises(TypeError, match="http_client"):
        client_class(api_key=API_KEY, http_client=http_client)
    await run(http_client.aclose() if isinstance(http_client, httpx.AsyncClient) else http_client.close())


@pytest.fixture(params=[openai.DefaultHttpxClient, openai.DefaultAsyncHttpxClient], ids=["sync", "async"])
def default_http_client_cls(request: pytest.FixtureRequest) -> Any:
    return request.param


async def close_http(http_client: Any) -> None:
    await run(http_client.aclose() if isinstance(http_client, httpx.AsyncClient) else http_client.close())


async def test_default_httpx_client_defaults(default_http_client_cls: Any) -> None:
    http_client = default_http_client_cls()
    pool = http_client._transport._pool
    assert http_client.timeout == httpx.Timeout(600, connect=5)
    assert http_client.follow_redirects is True
    assert pool._max_connections == 1000
    assert pool._max_keepalive_connections == 100
    await close_http(http_client)


async def test_default_httpx_client_is_overridable(default_http_client_cls: Any) -> None:
    limits = httpx.Limits(max_connections=3, max_keepalive_connections=1)
    http_client = default_http_client_cls(timeout=7.0, limits=limits, follow_redirects=False)
    assert http_client.timeout == httpx.Timeout(7.0)
    assert http_client.follow_redirects is False
    assert http_client._transport._pool._max_connections == 3
    await close_http(http_client)


async def test_requests_go_through_httpx_send(
    api: Any, respx_mock: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Recorded-traffic tools patch `send` on the httpx class; every request must pass there.
    seen: List[httpx.Request] = []
    httpx_class = httpx.AsyncClient if is_async(api) else httpx.Client
    original = httpx_class.send

    def spy(self: Any, request: httpx.Request, **kwargs: Any) -> Any:
        seen.append(request)
        assert self is api._client
        return original(self, request, **kwargs)

    monkeypatch.setattr(httpx_class, "send", spy)
    respx_mock.get(BASE_URL + "/models/gpt-4o").respond(json=MODEL)
    await run(api.models.retrieve("gpt-4o"))
    assert [r.url.path for r in seen] == ["/v1/models/gpt-4o"]
