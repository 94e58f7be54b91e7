"""`AzureOpenAI` / `AsyncAzureOpenAI`: where requests go, which credentials they carry, copies."""

from __future__ import annotations

import inspect
import subprocess
import sys
from typing import Any, Callable, Iterator, List

import httpx
import pytest
import respx

import openai
from openai.lib.azure import API_KEY_SENTINEL, AsyncAzureOpenAI, AzureOpenAI
from tests.utils import run

ENDPOINT = "https://example-resource.openai.azure.com"
VERSION = "2024-10-21"
# An answer every call below can parse: a list page, an embeddings result, a model, a completion.
ANSWER = {"object": "list", "id": "x", "data": [{"object": "embedding", "index": 0, "embedding": [0.5]}]}
AZURE_ENV = ("AZURE_OPENAI_API_KEY", "AZURE_OPENAI_AD_TOKEN", "AZURE_OPENAI_ENDPOINT", "OPENAI_API_VERSION")
OFFICIAL_PARAMS = set(
    "api_version azure_endpoint azure_deployment api_key azure_ad_token azure_ad_token_provider organization project "
    "webhook_secret websocket_base_url base_url timeout max_retries default_headers default_query http_client "
    "_strict_response_validation".split()
)
OPT_IN_PARAMS = {"limiter", "deadline", "retry_budget", "strict_stream_end"}
# The paths the official client sends to `/deployments/{model}` (the test's own list, on purpose).
DEPLOYMENT_PATHS = (
    "/completions /chat/completions /embeddings /audio/transcriptions /audio/translations /audio/speech "
    "/images/generations /images/edits".split()
)

pytestmark = pytest.mark.anyio


@pytest.fixture(autouse=True)
def _no_azure_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in AZURE_ENV:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(params=[AzureOpenAI, AsyncAzureOpenAI], ids=["sync", "async"])
def azure_cls(request: pytest.FixtureRequest) -> Any:
    return request.param


@pytest.fixture
async def make(azure_cls: Any) -> Any:
    """Builds clients of the parametrized class (endpoint, version and key by default); closes them."""
    made: List[Any] = []

    def factory(**kwargs: Any) -> Any:
        if "base_url" not in kwargs:
            kwargs.setdefault("azure_endpoint", ENDPOINT)
        kwargs.setdefault("api_version", VERSION)
        if not {"azure_ad_token", "azure_ad_token_provider"} & set(kwargs):
            kwargs.setdefault("api_key", "azure-key")
        made.append(azure_cls(**kwargs))
        return made[-1]

    yield factory
    for client in made:
        await run(client.close())


@pytest.fixture
def wire() -> Iterator[respx.MockRouter]:
    """Every request answered with ANSWER; `wire.calls` records what was sent."""
    with respx.mock(assert_all_called=False) as mock:
        mock.route().respond(json=ANSWER)
        yield mock


def last(wire: respx.MockRouter) -> httpx.Request:
    return wire.calls.last.request


def counting_provider(calls: List[int], *, is_async: bool = False) -> Callable[[], Any]:
    """A token provider returning `token-1`, `token-2`, ... (an async function if asked)."""

    def next_token() -> str:
        calls.append(1)
        return f"token-{len(calls)}"

    async def next_token_async() -> str:
        return next_token()

    return next_token_async if is_async else next_token


# ---- construction ------------------------------------------------------------------------------


def test_constructor_takes_the_official_keyword_parameters(azure_cls: Any) -> None:
    params = inspect.signature(azure_cls.__init__).parameters
    # this package's opt-in options come last, as on `OpenAI`
    assert set(params) - {"self"} == OFFICIAL_PARAMS | OPT_IN_PARAMS
    assert list(params)[-len(OPT_IN_PARAMS) :] == ["limiter", "deadline", "retry_budget", "strict_stream_end"]
    assert all(param.kind is inspect.Parameter.KEYWORD_ONLY for name, param in params.items() if name != "self")


async def test_is_an_openai_client(make: Any) -> None:
    client = make()
    assert isinstance(client, openai.AsyncOpenAI if isinstance(client, AsyncAzureOpenAI) else openai.OpenAI)


@pytest.mark.parametrize(
    ("endpoint", "deployment", "expected"),
    [
        (ENDPOINT, None, f"{ENDPOINT}/openai/"),
        (ENDPOINT + "/", None, f"{ENDPOINT}/openai/"),
        (ENDPOINT, "my-gpt", f"{ENDPOINT}/openai/deployments/my-gpt/"),
        ("https://proxy.test/sub/", "my-gpt", "https://proxy.test/sub/openai/deployments/my-gpt/"),
    ],
    ids=["endpoint", "trailing-slash", "deployment", "endpoint-with-path"],
)
async def test_base_url_is_built_from_the_endpoint(make: Any, endpoint: str, deployment: Any, expected: str) -> None:
    assert str(make(azure_endpoint=endpoint, azure_deployment=deployment).base_url) == expected


async def test_base_url_is_used_as_given(make: Any) -> None:
    assert str(make(base_url="https://gateway.test/azure").base_url) == "https://gateway.test/azure/"


async def test_base_url_and_endpoint_are_mutually_exclusive(make: Any) -> None:
    with pytest.raises(ValueError, match="base_url and azure_endpoint are mutually exclusive"):
        make(base_url="https://gateway.test/azure", azure_endpoint=ENDPOINT)


@pytest.mark.parametrize(
    ("missing", "error", "names"),
    [
        ({"azure_endpoint": None}, ValueError, ["azure_endpoint", "base_url", "AZURE_OPENAI_ENDPOINT"]),
        ({"api_version": None}, ValueError, ["api_version", "OPENAI_API_VERSION"]),
        (
            {"api_key": None},
            openai.OpenAIError,
            ["api_key", "azure_ad_token", "azure_ad_token_provider", "AZURE_OPENAI_API_KEY", "AZURE_OPENAI_AD_TOKEN"],
        ),
    ],
    ids=["endpoint", "api-version", "credentials"],
)
async def test_missing_setting_is_a_clear_error(make: Any, missing: dict, error: type, names: List[str]) -> None:
    with pytest.raises(error) as info:
        make(**missing)
    for name in names:
        assert name in str(info.value)


async def test_empty_settings_are_used_as_given(
    make: Any, wire: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Only a missing setting is an error (as officially): an empty one, e.g. from a variable
    # exported empty by a deployment script, is sent as is.
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", "https://env-resource.test")
    await run(make(api_version="", azure_endpoint=None).models.list())
    assert str(last(wire).url) == "https://env-resource.test/openai/models"  # an empty param is left out


async def test_openai_variables_are_not_azure_settings(make: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-openai")
    with pytest.raises(openai.OpenAIError, match="Missing credentials"):
        make(api_key=None)
    monkeypatch.setenv("OPENAI_BASE_URL", "https://api.openai.test/v1")
    assert str(make().base_url) == f"{ENDPOINT}/openai/"


def test_sync_client_refuses_an_async_token_provider_when_used(wire: respx.MockRouter) -> None:
    # Construction succeeds, as officially (code building a sync and an async client from one
    # configuration still works); a request says what the provider returned, and the coroutine
    # is closed, not left to warn "never awaited".
    calls: List[int] = []
    client = AzureOpenAI(
        azure_ad_token_provider=counting_provider(calls, is_async=True), api_version=VERSION, azure_endpoint=ENDPOINT
    )
    with pytest.raises(ValueError, match=r"to return a string but it returned <coroutine object "):
        client.models.list()
    assert not wire.calls and calls == []
    client.close()


async def test_token_provider_must_be_callable(make: Any) -> None:
    with pytest.raises(TypeError, match="azure_ad_token_provider"):
        make(azure_ad_token_provider="a-token")


async def test_repr_hides_credentials(make: Any) -> None:
    text = repr(make(api_key="secret-key")) + repr(make(azure_ad_token="secret-token"))
    assert "secret" not in text


# ---- environment -------------------------------------------------------------------------------


@pytest.fixture
def azure_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Key, version and endpoint set in the environment."""
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", "env-key")
    monkeypatch.setenv("OPENAI_API_VERSION", "2099-01-01")
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", "https://env-resource.test")


async def test_settings_from_the_environment(make: Any, wire: respx.MockRouter, azure_env: None) -> None:
    await run(make(api_key=None, api_version=None, azure_endpoint=None).models.list())
    assert str(last(wire).url) == "https://env-resource.test/openai/models?api-version=2099-01-01"
    assert last(wire).headers["api-key"] == "env-key"


async def test_environment_ad_token_wins_over_environment_key(
    make: Any, wire: respx.MockRouter, azure_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AZURE_OPENAI_AD_TOKEN", "env-token")
    await run(make(api_key=None).models.list())
    assert last(wire).headers["Authorization"] == "Bearer env-token"
    assert "api-key" not in last(wire).headers


async def test_arguments_win_over_the_environment(make: Any, wire: respx.MockRouter, azure_env: None) -> None:
    await run(make(api_key="arg-key").models.list())
    assert str(last(wire).url) == f"{ENDPOINT}/openai/models?api-version={VERSION}"
    assert last(wire).headers["api-key"] == "arg-key"


# ---- credentials -------------------------------------------------------------------------------


async def test_api_key_goes_in_the_api_key_header_and_as_bearer(make: Any, wire: respx.MockRouter) -> None:
    client = make(api_key="azure-key")
    assert client.auth_headers == {"Authorization": "Bearer azure-key"}
    await run(client.models.list())
    assert last(wire).headers["api-key"] == "azure-key"
    assert last(wire).headers["Authorization"] == "Bearer azure-key"  # as the official client sends it


def header_names(request: httpx.Request) -> List[str]:
    return [name.lower() for name in request.headers.keys()]


async def test_api_key_header_comes_after_the_client_headers(make: Any, wire: respx.MockRouter) -> None:
    # The official client adds `api-key` per request: after `X-Stainless-Async` and the raw
    # response marker, before the retry count.
    await run(make(api_key="azure-key").with_raw_response.models.list())
    names = header_names(last(wire))
    assert names.index("authorization") < names.index("x-stainless-async") < names.index("x-stainless-raw-response")
    assert names.index("x-stainless-raw-response") < names.index("api-key") < names.index("x-stainless-retry-count")


@pytest.mark.parametrize("credential", ["azure_ad_token", "azure_ad_token_provider"])
async def test_token_replaces_the_default_authorization_in_place(
    make: Any, wire: respx.MockRouter, credential: str
) -> None:
    client = make(**{credential: "ad-token" if credential == "azure_ad_token" else (lambda: "ad-token")})
    assert client.auth_headers == {"Authorization": f"Bearer {API_KEY_SENTINEL}"}  # as officially
    await run(client.models.list())
    names = header_names(last(wire))
    assert names.index("authorization") < names.index("x-stainless-async")
    assert names.count("authorization") == 1
    assert last(wire).headers["Authorization"] == "Bearer ad-token"


@pytest.mark.parametrize("with_key", [False, True], ids=["token-only", "token-and-key"])
async def test_ad_token_is_a_bearer_token_and_wins_over_the_key(
    make: Any, wire: respx.MockRouter, with_key: bool
) -> None:
    client = make(azure_ad_token="ad-token", **({"api_key": "azure-key"} if with_key else {}))
    await run(client.models.list())
    assert last(wire).headers["Authorization"] == "Bearer ad-token"
    assert "api-key" not in last(wire).headers
    if not with_key:
        assert client.api_key == API_KEY_SENTINEL


async def test_token_provider_is_asked_before_every_request(make: Any, wire: respx.MockRouter) -> None:
    calls: List[int] = []
    client = make(azure_ad_token_provider=counting_provider(calls), api_key="azure-key")
    await run(client.models.list())
    await run(client.chat.completions.create(model="gpt", messages=[]))
    assert [call.request.headers["Authorization"] for call in wire.calls] == ["Bearer token-1", "Bearer token-2"]
    assert "api-key" not in last(wire).headers


async def test_token_provider_is_asked_again_on_retry(make: Any, sleeps: List[float]) -> None:
    calls: List[int] = []
    with respx.mock() as mock:
        mock.route().mock(side_effect=[httpx.Response(500), httpx.Response(200, json=ANSWER)])
        await run(make(azure_ad_token_provider=counting_provider(calls)).models.list())
        assert [call.request.headers["Authorization"] for call in mock.calls] == ["Bearer token-1", "Bearer token-2"]


async def test_raw_responses_carry_the_provider_token(make: Any, wire: respx.MockRouter) -> None:
    calls: List[int] = []
    await run(make(azure_ad_token_provider=counting_provider(calls)).with_raw_response.models.list())
    assert last(wire).headers["Authorization"] == "Bearer token-1"


@pytest.mark.parametrize("provider_is_async", [False, True], ids=["sync-provider", "async-provider"])
async def test_async_client_takes_a_sync_or_async_provider(wire: respx.MockRouter, provider_is_async: bool) -> None:
    calls: List[int] = []
    provider = counting_provider(calls, is_async=provider_is_async)
    async with AsyncAzureOpenAI(azure_ad_token_provider=provider, api_version=VERSION, azure_endpoint=ENDPOINT) as c:
        await c.models.list()
        await c.models.list()
    assert [call.request.headers["Authorization"] for call in wire.calls] == ["Bearer token-1", "Bearer token-2"]


async def test_fixed_ad_token_wins_over_the_provider(make: Any, wire: respx.MockRouter) -> None:
    calls: List[int] = []
    await run(make(azure_ad_token="ad-token", azure_ad_token_provider=counting_provider(calls)).models.list())
    assert last(wire).headers["Authorization"] == "Bearer ad-token"
    assert calls == []


@pytest.mark.parametrize(("token", "shown"), [("", ""), (None, "None"), (42, "42")], ids=["empty", "none", "number"])
async def test_provider_returning_no_token_is_an_error(
    make: Any, wire: respx.MockRouter, token: Any, shown: str
) -> None:
    with pytest.raises(ValueError) as info:
        await run(make(azure_ad_token_provider=lambda: token).models.list())
    assert str(info.value) == f"Expected `azure_ad_token_provider` argument to return a string but it returned {shown}"
    assert not wire.calls


async def test_async_provider_returning_no_token_is_an_error(wire: respx.MockRouter) -> None:
    async def provider() -> str:
        return ""

    async with AsyncAzureOpenAI(azure_ad_token_provider=provider, api_version=VERSION, azure_endpoint=ENDPOINT) as c:
        with pytest.raises(ValueError, match="^Expected `azure_ad_token_provider` argument to return a string"):
            await c.models.list()
    assert not wire.calls


async def test_per_request_authorization_header_wins(make: Any, wire: respx.MockRouter) -> None:
    calls: List[int] = []
    client = make(azure_ad_token_provider=counting_provider(calls))
    await run(client.models.list(extra_headers={"Authorization": "Bearer mine"}))
    assert last(wire).headers["Authorization"] == "Bearer mine"
    assert calls == [1]  # the provider is still asked, as officially


async def test_token_wins_over_a_default_authorization_header(make: Any, wire: respx.MockRouter) -> None:
    # Client-wide headers are defaults; the credential is per request, so it wins (as officially).
    calls: List[int] = []
    client = make(azure_ad_token_provider=counting_provider(calls), default_headers={"Authorization": "Bearer mine"})
    await run(client.models.list())
    assert last(wire).headers["Authorization"] == "Bearer token-1"


@pytest.mark.parametrize("where", ["request", "client"])
async def test_api_key_header(make: Any, wire: respx.MockRouter, where: str) -> None:
    # A per-request `api-key` wins; a client-wide one is replaced by the client's key (as officially).
    other = {"api-key": "other-key"}
    client = make(api_key="azure-key", **({"default_headers": other} if where == "client" else {}))
    await run(client.models.list(**({"extra_headers": other} if where == "request" else {})))
    assert last(wire).headers.get_list("api-key") == ["other-key" if where == "request" else "azure-key"]


# ---- api-version -------------------------------------------------------------------------------


async def test_api_version_is_in_every_query(make: Any, wire: respx.MockRouter) -> None:
    client = make(default_query={"extra": "1", "api-version": "ignored"})
    await run(client.models.list())
    await run(client.embeddings.create(model="emb", input="hi"))
    for call in wire.calls:
        assert call.request.url.params["api-version"] == VERSION
        assert call.request.url.params["extra"] == "1"


async def test_extra_query_can_override_the_api_version(make: Any, wire: respx.MockRouter) -> None:
    await run(make().models.list(extra_query={"api-version": "preview"}))
    assert last(wire).url.params["api-version"] == "preview"


# ---- deployment routing ------------------------------------------------------------------------


@pytest.mark.parametrize("path", DEPLOYMENT_PATHS)
async def test_model_names_the_deployment(make: Any, wire: respx.MockRouter, path: str) -> None:
    await run(make().post(path, body={"model": "my-deployment"}, cast_to=object))
    assert last(wire).url.path == f"/openai/deployments/my-deployment{path}"


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/responses", {"model": "gpt"}),
        ("/moderations", {"model": "gpt"}),
        ("/images/variations", {"model": "dall-e"}),
        ("/chat/completions", {"messages": []}),
        ("/chat/completions", {"model": None}),
    ],
    ids=["responses", "moderations", "image-variations", "no-model", "null-model"],
)
async def test_other_calls_are_not_routed(make: Any, wire: respx.MockRouter, path: str, body: dict) -> None:
    await run(make().post(path, body=body, cast_to=object))
    assert last(wire).url.path == f"/openai{path}"


async def test_resource_methods_are_routed(make: Any, wire: respx.MockRouter) -> None:
    client = make()
    await run(client.chat.completions.create(model="chat-dep", messages=[{"role": "user", "content": "hi"}]))
    assert last(wire).url.path == "/openai/deployments/chat-dep/chat/completions"
    await run(client.audio.transcriptions.create(model="whisper-dep", file=("a.wav", b"RIFF")))
    assert last(wire).url.path == "/openai/deployments/whisper-dep/audio/transcriptions"
    await run(client.models.list())
    assert last(wire).url.path == "/openai/models"


async def test_fixed_deployment_takes_model_scoped_calls(make: Any, wire: respx.MockRouter) -> None:
    client = make(azure_deployment="fixed")
    await run(client.chat.completions.create(model="other", messages=[]))
    assert last(wire).url.path == "/openai/deployments/fixed/chat/completions"


@pytest.mark.parametrize("call", ["models", "files", "absolute"])
async def test_fixed_deployment_sends_other_calls_to_the_resource(make: Any, wire: respx.MockRouter, call: str) -> None:
    client = make(azure_deployment="fixed")
    expected = {"models": f"{ENDPOINT}/openai/models", "files": f"{ENDPOINT}/openai/files"}
    expected["absolute"] = "https://elsewhere.test/thing"
    await run(client.get(expected[call] if call == "absolute" else f"/{call}", cast_to=object))
    assert str(last(wire).url).split("?")[0] == expected[call]


@pytest.mark.parametrize(
    ("base_url", "expected"),
    [
        ("https://gateway.test/azure", "/azure/deployments/gpt/chat/completions"),
        ("https://gateway.test/openai/deployments/pinned", "/openai/deployments/pinned/chat/completions"),
    ],
    ids=["routed-under-base-url", "base-url-names-a-deployment"],
)
async def test_routing_with_base_url(make: Any, wire: respx.MockRouter, base_url: str, expected: str) -> None:
    await run(make(base_url=base_url).chat.completions.create(model="gpt", messages=[]))
    assert last(wire).url.path == expected


# ---- copy / with_options -----------------------------------------------------------------------


@pytest.fixture(params=["copy", "with_options"])
def copy_of(request: pytest.FixtureRequest) -> Callable[..., Any]:
    return lambda client, **changes: getattr(client, request.param)(**changes)


async def send_both(client: Any, wire: respx.MockRouter) -> List[httpx.Request]:
    """A resource-wide call then a model-scoped one; the two requests sent."""
    await run(client.models.list())
    await run(client.chat.completions.create(model="gpt", messages=[]))
    return [call.request for call in wire.calls[-2:]]


# COMPAT.md#azure-copy-keeps-endpoint: the official copy forgets the endpoint, and its
# resource-wide calls (`/models`, `/files`) go under the deployment.
async def test_copy_keeps_endpoint_deployment_and_credentials(
    make: Any, wire: respx.MockRouter, copy_of: Callable[..., Any]
) -> None:
    original = make(azure_deployment="fixed", api_key="azure-key")
    copied = copy_of(original, max_retries=5)
    models, chat = await send_both(copied, wire)
    assert copied.max_retries == 5
    assert copied._client is original._client
    assert str(models.url) == f"{ENDPOINT}/openai/models?api-version={VERSION}"
    assert chat.url.path == "/openai/deployments/fixed/chat/completions"
    assert chat.headers["api-key"] == "azure-key"


async def test_copy_changes_azure_settings(make: Any, wire: respx.MockRouter, copy_of: Callable[..., Any]) -> None:
    original = make(azure_deployment="fixed")
    copied = copy_of(
        original,
        api_version="2099-01-01",
        azure_ad_token="new-token",
        azure_endpoint="https://other-resource.test",
        azure_deployment="moved",
    )
    models, chat = await send_both(copied, wire)
    assert str(models.url) == "https://other-resource.test/openai/models?api-version=2099-01-01"
    assert str(chat.url).startswith("https://other-resource.test/openai/deployments/moved/chat/completions?")
    assert chat.headers["Authorization"] == "Bearer new-token"
    assert "api-key" not in chat.headers
    assert str(original.base_url) == f"{ENDPOINT}/openai/deployments/fixed/"


async def test_copy_takes_a_token_provider(make: Any, wire: respx.MockRouter, copy_of: Callable[..., Any]) -> None:
    calls: List[int] = []
    copied = copy_of(make(api_key="azure-key"), azure_ad_token_provider=counting_provider(calls))
    await run(copied.models.list())
    assert last(wire).headers["Authorization"] == "Bearer token-1"


async def test_copy_with_base_url(make: Any, wire: respx.MockRouter, copy_of: Callable[..., Any]) -> None:
    copied = copy_of(make(azure_deployment="fixed"), base_url="https://gateway.test/azure")
    models, chat = await send_both(copied, wire)
    assert str(models.url) == f"https://gateway.test/azure/models?api-version={VERSION}"
    assert chat.url.path == "/azure/deployments/gpt/chat/completions"
    with pytest.raises(ValueError, match="mutually exclusive"):
        copy_of(make(), base_url="https://gateway.test/azure", azure_endpoint=ENDPOINT)
    with pytest.raises(ValueError, match="azure_endpoint"):
        copy_of(copied, azure_deployment="gpt")


# ---- where the names live ----------------------------------------------------------------------


def test_mutually_exclusive_auth_error_message() -> None:
    from openai.lib.azure import MutuallyExclusiveAuthError

    assert str(MutuallyExclusiveAuthError()) == (
        "The `api_key`, `azure_ad_token` and `azure_ad_token_provider` arguments are mutually exclusive; "
        "Only one can be passed at a time"
    )


def test_exported_by_openai() -> None:
    assert openai.AzureOpenAI is AzureOpenAI
    assert openai.AsyncAzureOpenAI is AsyncAzureOpenAI
    assert {"AzureOpenAI", "AsyncAzureOpenAI"} <= set(openai.__all__)


def test_import_openai_loads_azure_without_the_heavy_helpers() -> None:
    # The Azure clients are plain attributes of `openai`; the parsing helpers and the types
    # they need must still wait for first use.
    code = "import sys, openai; print(sorted(m for m in sys.modules if m.startswith(('openai.lib._parsing', 'openai.types'))))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


async def test_the_opt_in_options_are_taken_by_the_constructor_and_kept_by_copies(make: Any) -> None:
    limiter = openai.Limiter(requests_per_minute=60)
    budget = openai.RetryBudget(ratio=0.2)
    client = make(limiter=limiter, deadline=5.0, retry_budget=budget, strict_stream_end=False)
    for each in (client, client.copy(timeout=3.0)):
        assert each._limiter is limiter
        assert each._deadline == 5.0
        assert each._retry_budget is budget
        assert each._strict_stream_end is False
    plain = make()
    assert plain._deadline is None and plain._strict_stream_end is True
    with pytest.raises(ValueError, match="deadline"):
        make(deadline=-1)
