"""Credentials never leak: logs at every `OPENAI_LOG` level, reprs, exceptions (str, repr,
traceback, pickle), copies; redirects to another origin go without them, https never falls
back to http."""

from __future__ import annotations

import logging
import pickle
import traceback
from typing import Any, Callable, Iterator, List

import httpx
import pytest

import openai
from openai._logs import setup_logging
from tests.reliability.conftest import call, drain
from tests.reliability.fault_server import FaultServer

pytestmark = pytest.mark.anyio

API_KEY = "sk-canary-apikey-71c3"
AZURE_KEY = "azure-canary-key-5e02"
AD_TOKEN = "ad-canary-token-9b44"
WEBHOOK_SECRET = "whsec_Y2FuYXJ5LXdlYmhvb2stc2VjcmV0LTg4"
CUSTOM = "custom-canary-header-3a1f"
CANARIES = [API_KEY, AZURE_KEY, AD_TOKEN, WEBHOOK_SECRET, CUSTOM]


def leaks(text: str) -> List[str]:
    return [canary for canary in CANARIES if canary in text]


class _Everything(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: List[str] = []
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture(params=["debug", "info", ""])
def log_lines(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[List[str]]:
    """Every log line of openai, httpx and httpcore, with `OPENAI_LOG` set as the param says."""
    monkeypatch.setenv("OPENAI_LOG", request.param)
    names = ["openai", "httpx", "httpcore"]
    saved = {name: logging.getLogger(name).level for name in names}
    handler = _Everything()
    root = logging.getLogger()
    root.addHandler(handler)
    setup_logging()
    if request.param == "debug":
        logging.getLogger("httpcore").setLevel(logging.DEBUG)  # the noisiest, header by header
    try:
        yield handler.lines
    finally:
        root.removeHandler(handler)
        for name, level in saved.items():
            logging.getLogger(name).setLevel(level)


def clients(server: FaultServer, fault: str, kind: str, **params: Any) -> List[Any]:
    """An OpenAI client, an Azure client with a key, and one with an AD token, all with a custom
    credential header, all on `fault`."""
    base = server.url(fault, **params)
    common: Any = {"max_retries": 1, "default_headers": {"X-Gateway-Token": CUSTOM}, "webhook_secret": WEBHOOK_SECRET}
    if kind == "sync":
        plain, azure = openai.OpenAI, openai.AzureOpenAI
    else:
        plain, azure = openai.AsyncOpenAI, openai.AsyncAzureOpenAI  # type: ignore[assignment]
    return [
        plain(api_key=API_KEY, base_url=base, **common),
        azure(api_key=AZURE_KEY, base_url=base, api_version="2024-06-01", **common),
        azure(azure_ad_token=AD_TOKEN, base_url=base, api_version="2024-06-01", **common),
    ]


def scrub_all(error: BaseException) -> str:
    return "\n".join([str(error), repr(error), "".join(traceback.format_exception(error))])


async def test_nothing_secret_in_logs_or_errors(
    server: FaultServer, log_lines: List[str], kind: str, sleeps: List[float]
) -> None:
    for client in clients(server, "status", kind, code=401):
        with pytest.raises(openai.AuthenticationError) as caught:
            await call(client.models.retrieve("m", extra_headers={"Authorization": f"Bearer {API_KEY}"}))
        assert leaks(scrub_all(caught.value)) == []
        assert leaks(repr(pickle.dumps(caught.value))) == []
        assert leaks(repr(client)) == [] and leaks(repr(client.copy())) == []
        assert leaks(repr(client.with_options(timeout=3))) == []
        await call(client.close())
    for client in clients(server, "sse", kind, events=2, end="reset"):
        with pytest.raises(openai.StreamInterruptedError) as interrupted:
            await drain(await call(client.chat.completions.create(model="m", messages=[], stream=True)))
        assert leaks(scrub_all(interrupted.value)) == []
        assert leaks(repr(pickle.dumps(interrupted.value))) == []
        await call(client.close())
    assert leaks("\n".join(log_lines)) == []
    if log_lines:  # with logging on, the requests were logged (so the check above saw them)
        assert any("models/m" in line for line in log_lines)


async def test_a_pickled_status_error_round_trips_without_credentials(server: FaultServer) -> None:
    client = openai.OpenAI(api_key=API_KEY, base_url=server.url("status", code=429), max_retries=0)
    with pytest.raises(openai.RateLimitError) as caught:
        client.models.retrieve("m")
    data = pickle.dumps(caught.value)
    assert API_KEY.encode() not in data
    restored = pickle.loads(data)  # 1.102.0's fails: its __init__ wants keyword arguments
    assert type(restored) is openai.RateLimitError
    assert restored.status_code == 429 and restored.request_id == "req_fault"
    assert restored.body == caught.value.body and str(restored) == str(caught.value)
    assert restored.request.headers["authorization"] == "<redacted>"
    assert restored.response.request.headers["authorization"] == "<redacted>"
    client.close()


def test_a_webhook_secret_is_not_in_the_signature_error() -> None:
    client = openai.OpenAI(api_key=API_KEY, webhook_secret=WEBHOOK_SECRET)
    headers = {"webhook-id": "msg_1", "webhook-timestamp": "1", "webhook-signature": "v1,bm9wZQ=="}
    with pytest.raises(openai.InvalidWebhookSignatureError) as caught:
        client.webhooks.verify_signature('{"x": 1}', headers)
    assert leaks(scrub_all(caught.value)) == []
    assert leaks(repr(client)) == []


# ----------------------------------------------------------------------------- redirects


@pytest.fixture(scope="module")
def other() -> Iterator[FaultServer]:
    srv = FaultServer()  # another port: another origin
    yield srv
    srv.close()


SENSITIVE = {"authorization", "api-key", "openai-organization", "openai-project", "x-gateway-token"}


@pytest.mark.parametrize("code", [301, 302, 307, 308])
async def test_a_redirect_to_another_origin_drops_credentials(
    server: FaultServer, other: FaultServer, make: Callable[..., Any], code: int
) -> None:
    target = other.url("ok")
    client = make(
        server.url("redirect", to=target, code=code),
        api_key=API_KEY,
        organization="org-canary",
        project="proj-canary",
        default_headers={"X-Gateway-Token": CUSTOM},
    )
    before = len(other.requests)
    assert (await call(client.models.retrieve("m"))).id == "m"
    hop = other.requests[before]
    assert SENSITIVE & set(hop.headers) == set()  # 1.102.0 forwards all but Authorization
    assert hop.headers["x-stainless-lang"] == "python"  # the rest goes on


async def test_a_redirect_keeps_history_and_method(
    server: FaultServer, other: FaultServer, make: Callable[..., Any]
) -> None:
    client = make(server.url("redirect", to=other.url("ok"), code=307))
    raw = await call(client.chat.completions.with_raw_response.create(model="m", messages=[]))
    assert [r.status_code for r in raw.http_response.history] == [307]
    assert other.requests[-1].method == "POST" and b'"model":"m"' in other.requests[-1].body


async def test_a_same_origin_redirect_keeps_credentials(server: FaultServer, make: Callable[..., Any]) -> None:
    client = make(server.url("redirect", to=server.url("ok"), code=302), api_key=API_KEY, organization="org-c")
    before = len(server.requests)
    assert (await call(client.models.retrieve("m"))).id == "m"
    hop = server.requests[before + 1]
    assert hop.headers["authorization"] == f"Bearer {API_KEY}" and hop.headers["openai-organization"] == "org-c"


async def test_a_redirect_from_https_to_http_is_refused(make: Callable[..., Any], kind: str) -> None:
    seen: List[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.scheme == "https":
            return httpx.Response(302, headers={"location": "http://api.test/v1/models/m"})
        return httpx.Response(200, json={"id": "m", "object": "model", "created": 1, "owned_by": "o"})

    transport: Any = httpx.MockTransport(handler)
    cls: Any = httpx.Client if kind == "sync" else httpx.AsyncClient
    client = make("https://api.test/v1", http_client=cls(transport=transport, follow_redirects=True), api_key=API_KEY)
    with pytest.raises(openai.APIStatusError) as caught:
        await call(client.models.retrieve("m"))
    assert caught.value.status_code == 302 and "downgrade https to http" in str(caught.value)
    assert [r.url.scheme for r in seen] == ["https"]  # 1.102.0 follows it (without Authorization)


async def test_redirects_are_not_followed_when_the_http_client_says_so(
    server: FaultServer, other: FaultServer, make: Callable[..., Any], kind: str
) -> None:
    cls: Any = httpx.Client if kind == "sync" else httpx.AsyncClient
    client = make(server.url("redirect", to=other.url("ok")), http_client=cls(follow_redirects=False))
    with pytest.raises(openai.APIStatusError) as caught:
        await call(client.models.retrieve("m"))
    assert caught.value.status_code == 302  # as 1.102.0: an unfollowed redirect is an error


async def test_too_many_redirects(server: FaultServer, make: Callable[..., Any], kind: str) -> None:
    cls: Any = httpx.Client if kind == "sync" else httpx.AsyncClient
    loop = server.url("redirect", to=server.url("redirect", to="x"))  # each hop redirects again
    client = make(server.url("redirect", to=loop), http_client=cls(follow_redirects=True, max_redirects=1))
    with pytest.raises(openai.APIConnectionError) as caught:
        await call(client.models.retrieve("m"))
    assert isinstance(caught.value.__cause__, httpx.TooManyRedirects)


async def test_an_azure_key_does_not_follow_a_redirect_to_another_origin(
    server: FaultServer, other: FaultServer, kind: str
) -> None:
    cls: Any = openai.AzureOpenAI if kind == "sync" else openai.AsyncAzureOpenAI
    client = cls(api_key=AZURE_KEY, base_url=server.url("redirect", to=other.url("ok")), api_version="2024-06-01")
    before = len(other.requests)
    assert (await call(client.models.retrieve("m"))).id == "m"
    assert "api-key" not in other.requests[before].headers
    assert server.requests[-1].headers["api-key"] == AZURE_KEY  # it went to the first origin only
    await call(client.close())
