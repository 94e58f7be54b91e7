"""Bad input from the caller is refused before anything is sent (every public method, walked);
a malformed answer from the server gives a documented exception carrying the status, the
request id and the body text (1.102.0 raises a bare `JSONDecodeError`, or returns the text of an
HTML page as the result)."""

from __future__ import annotations

import inspect
import warnings
from typing import Any, Callable, Iterator, List, Tuple

import httpx
import pytest

import openai
from openai._resource import AsyncAPIResource, SyncAPIResource
from tests.reliability.conftest import call
from tests.reliability.fault_server import FaultServer

pytestmark = pytest.mark.anyio

SKIP = {"with_raw_response", "with_streaming_response"}


def public_methods(client: Any) -> Iterator[Tuple[str, Any]]:
    """Every public method of every resource reachable from `client`."""
    seen = set()
    base = (SyncAPIResource, AsyncAPIResource)

    def walk(obj: Any, path: str) -> Iterator[Tuple[str, Any]]:
        for name in dir(type(obj)):
            if name.startswith("_") or name in SKIP:
                continue
            value = getattr(obj, name)
            if isinstance(value, base):
                if type(value) not in seen:
                    seen.add(type(value))
                    yield from walk(value, f"{path}.{name}")
            elif inspect.ismethod(value):
                yield f"{path}.{name}", value

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # the Assistants API
        for name in dir(type(client)):  # the resources only: not the low-level `get`/`post`/...
            resource = getattr(client, name) if not name.startswith("_") and name not in SKIP else None
            if isinstance(resource, base) and type(resource) not in seen:
                seen.add(type(resource))
                yield from walk(resource, f"client.{name}")


def positional(method: Any) -> List[str]:
    params = inspect.signature(method).parameters.values()
    return [p.name for p in params if p.kind is p.POSITIONAL_OR_KEYWORD and p.default is p.empty]


@pytest.fixture
def refusing(kind: str) -> Iterator[Tuple[Any, List[httpx.Request]]]:
    """A client whose transport records (and fails) anything sent."""
    sent: List[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    transport: Any = httpx.MockTransport(handler)
    if kind == "sync":
        yield openai.OpenAI(api_key="k", max_retries=0, http_client=httpx.Client(transport=transport)), sent
    else:
        yield openai.AsyncOpenAI(api_key="k", max_retries=0, http_client=httpx.AsyncClient(transport=transport)), sent


async def attempt(method: Any, *args: Any, **kwargs: Any) -> BaseException:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        try:
            await call(method(*args, **kwargs))
        except BaseException as exc:  # the test looks at whatever came
            return exc
    raise AssertionError(f"{method} accepted it")


async def test_every_method_refuses_an_unknown_keyword_before_sending(refusing: Tuple[Any, List[Any]]) -> None:
    client, sent = refusing
    methods = list(public_methods(client))
    assert len(methods) > 120  # the whole surface was walked
    for path, method in methods:
        error = await attempt(method, *["x"] * len(positional(method)), zzz_unknown=1)
        assert isinstance(error, TypeError), (path, error)
        # It names the unknown keyword, or first the required one that is missing (as Python does).
        assert "zzz_unknown" in str(error) or "missing" in str(error).lower(), (path, error)
    assert sent == []


async def test_every_method_refuses_an_empty_or_non_string_path_parameter(refusing: Tuple[Any, List[Any]]) -> None:
    client, sent = refusing
    checked = 0
    for path, method in public_methods(client):
        names = positional(method)
        if not names or path.startswith("client.webhooks."):
            continue
        for bad in ("", 123, None):
            error = await attempt(method, bad, *["x"] * (len(names) - 1))
            assert isinstance(error, (TypeError, ValueError)), (path, bad, error)
            assert names[0] in str(error) or "missing" in str(error).lower(), (path, bad, error)
        checked += 1
    assert checked > 60 and sent == []


@pytest.mark.parametrize(
    ("call_it", "name"),
    [
        (lambda c, v: c.models.retrieve(v), "model"),
        (lambda c, v: c.files.retrieve(v), "file_id"),
        (lambda c, v: c.responses.retrieve(v), "response_id"),
        (lambda c, v: c.vector_stores.files.retrieve(v, vector_store_id="vs_1"), "file_id"),
        (lambda c, v: c.vector_stores.files.retrieve("file_1", vector_store_id=v), "vector_store_id"),
    ],
)
async def test_a_bad_path_parameter_is_named(
    refusing: Tuple[Any, List[Any]], call_it: Callable[..., Any], name: str
) -> None:
    client, sent = refusing
    empty = await attempt(call_it, client, "")
    assert isinstance(empty, ValueError) and f"`{name}`" in str(empty)
    number = await attempt(call_it, client, 42)
    assert isinstance(number, TypeError) and f"`{name}`" in str(number)
    assert sent == []


async def test_a_missing_required_keyword_is_named(refusing: Tuple[Any, List[Any]]) -> None:
    client, sent = refusing
    error = await attempt(client.embeddings.create, model="m")
    assert isinstance(error, TypeError) and "'input'" in str(error)
    assert sent == []


async def test_a_file_of_the_wrong_kind_is_named(refusing: Tuple[Any, List[Any]]) -> None:
    client, sent = refusing
    for bad in (123, None, {"a": 1}):
        error = await attempt(client.files.create, file=bad, purpose="assistants")
        # RuntimeError, as 1.102.0 raises it (its message names the argument).
        assert isinstance(error, RuntimeError) and "`file`" in str(error)
    assert sent == []


# ----------------------------------------------------------------------------- malformed answers


MALFORMED = [
    ("invalid_json", "invalid JSON", '{"id": "gpt-4o", "object": '),
    ("empty", "an empty body", ""),
    ("html", "a non-JSON body", "<h1>502 Bad Gateway</h1>"),
    ("text", "a non-JSON body", "upstream says no"),
]


@pytest.mark.parametrize(("body", "what", "text"), MALFORMED)
async def test_a_malformed_success_is_a_validation_error(
    server: FaultServer, make: Callable[..., Any], body: str, what: str, text: str
) -> None:
    client = make(server.url("malformed", body=body))
    requests = (
        lambda: client.models.retrieve("gpt-4o"),
        lambda: client.chat.completions.create(model="m", messages=[]),
    )
    for request in requests:
        with pytest.raises(openai.APIResponseValidationError) as caught:
            await call(request())
        error = caught.value
        assert error.status_code == 200 and error.response.headers["x-request-id"] == "req_fault"
        assert text in str(error.body) and what in str(error) and "req_fault" in str(error) and "200" in str(error)
        assert not isinstance(error, ValueError)  # not a JSONDecodeError in disguise


@pytest.mark.parametrize(("body", "what", "text"), MALFORMED)
async def test_a_malformed_error_is_a_status_error_with_the_text(
    server: FaultServer, make: Callable[..., Any], body: str, what: str, text: str
) -> None:
    client = make(server.url("malformed", body=body, status=500))
    with pytest.raises(openai.InternalServerError) as caught:
        await call(client.models.retrieve("gpt-4o"))
    assert caught.value.status_code == 500 and caught.value.request_id == "req_fault"
    assert text.strip() in str(caught.value.body) and text.strip() in str(caught.value)


async def test_a_truncated_body_is_a_connection_error(server: FaultServer, make: Callable[..., Any]) -> None:
    client = make(server.url("malformed", body="truncated"))
    with pytest.raises(openai.APIConnectionError) as caught:
        await call(client.models.retrieve("gpt-4o"))
    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)


async def test_an_empty_success_for_a_model_is_still_the_empty_text(make: Callable[..., Any], kind: str) -> None:
    # A 204 (or any empty body without a JSON content type) stays as 1.102.0 returns it.
    transport: Any = httpx.MockTransport(lambda request: httpx.Response(204))
    http_client = httpx.Client(transport=transport) if kind == "sync" else httpx.AsyncClient(transport=transport)
    client = make("http://empty.test/v1", http_client=http_client)
    assert await call(client.models.retrieve("gpt-4o")) == ""


async def test_text_results_are_still_text(server: FaultServer, make: Callable[..., Any]) -> None:
    # Endpoints whose result is text (transcriptions as `text`/`srt`) still get the body as is.
    client = make(server.url("malformed", body="text"))
    result = await call(client.get("/anything", cast_to=str))
    assert result == "upstream says no"
