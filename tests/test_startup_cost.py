"""What `import openai` and `OpenAI()` cost: the modules the import loads, and the TLS context
that default clients share instead of loading the CA bundle each time."""

from __future__ import annotations

import json
import ssl
import subprocess
import sys
import warnings
from typing import Any, List

import httpx
import pytest

import openai
from openai._base_client import DefaultAsyncHttpxClient, DefaultHttpxClient


def _ssl_context(client: Any) -> ssl.SSLContext:
    http_client = client._client if isinstance(client, (openai.OpenAI, openai.AsyncOpenAI)) else client
    return http_client._transport._pool._ssl_context


def _modules_after(code: str) -> List[str]:
    """The modules `code` loads in a fresh interpreter beyond those `import httpx` loads."""
    script = f"import sys, httpx\nbefore = set(sys.modules)\n{code}\nprint(__import__('json').dumps(sorted(set(sys.modules) - before)))"
    out = subprocess.run([sys.executable, "-I", "-c", script], capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def test_import_openai_loads_only_the_client_machinery() -> None:
    # Pydantic, asyncio, the types, the resources and the helpers load on first use: the first
    # call, or the first access to a name that needs them.
    assert _modules_after("import openai") == [
        "openai",
        "openai._base_client",
        "openai._client",
        "openai._client_views",
        "openai._constants",
        "openai._exceptions",
        "openai._files",
        "openai._logs",
        "openai._module_client",
        "openai._request",
        "openai._resource",
        "openai._response",
        "openai._streaming",
        "openai._typed_views",
        "openai._types",
        "openai._version",
        "openai.lib",
        "openai.lib.azure",
        "openai.version",
        "typing_extensions",
    ]


def test_constructing_a_client_loads_no_models_and_no_resources() -> None:
    loaded = _modules_after("import openai\nopenai.OpenAI(api_key='k')\nopenai.AsyncOpenAI(api_key='k')")
    assert "httpcore" in loaded  # the transport httpx builds (it brings anyio and asyncio)
    assert not [m for m in loaded if m.startswith(("pydantic", "openai.types", "openai.resources", "openai._models"))]


def test_lazy_exports_are_the_official_objects_named_as_the_official_names_them() -> None:
    from openai._models import BaseModel
    from openai.lib.streaming import AssistantEventHandler, AsyncAssistantEventHandler

    assert openai.BaseModel is BaseModel and BaseModel.__module__ == "openai"
    assert openai.AssistantEventHandler is AssistantEventHandler and AssistantEventHandler.__module__ == "openai"
    assert openai.AsyncAssistantEventHandler is AsyncAssistantEventHandler
    assert {"BaseModel", "AssistantEventHandler", "AsyncAssistantEventHandler"} <= set(dir(openai))


def test_a_response_parses_into_models_when_nothing_loaded_them_before() -> None:
    code = (
        "import httpx, openai\n"
        "def reply(request):\n"
        "    data = [{'id': 'm', 'object': 'model', 'created': 1, 'owned_by': 'o'}]\n"
        "    return httpx.Response(200, json={'object': 'list', 'data': data}, headers={'x-request-id': 'req_1'})\n"
        "client = openai.OpenAI(api_key='k', base_url='http://api.test/v1', http_client=httpx.Client(transport=httpx.MockTransport(reply)))\n"
        "raw = client.models.with_raw_response.list()\n"
        "page = raw.parse()\n"
        "print(type(page).__name__, page._request_id, type(page.data[0]).__name__, isinstance(page.data[0], openai.BaseModel))\n"
    )
    out = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["SyncPage[Model]", "req_1", "Model", "True"]


def test_astream_to_file_is_deprecated_as_officially() -> None:
    from openai._response import HttpxBinaryResponseContent

    method = HttpxBinaryResponseContent.astream_to_file
    assert "doesn't actually stream" in method.__deprecated__
    content = HttpxBinaryResponseContent(httpx.Response(200, content=b"x"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        coroutine = content.astream_to_file("/dev/null")  # warns at the call, as typing_extensions does
    coroutine.close()
    assert [w.category for w in caught] == [DeprecationWarning]


# ---- one TLS context for the clients that use the default verification -------------------


def test_default_clients_share_one_ssl_context() -> None:
    contexts = {id(_ssl_context(c)) for c in (openai.OpenAI(api_key="k"), openai.OpenAI(api_key="k"))}
    contexts |= {id(_ssl_context(openai.AsyncOpenAI(api_key="k"))), id(_ssl_context(DefaultHttpxClient()))}
    assert len(contexts) == 1
    context = _ssl_context(DefaultAsyncHttpxClient())
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname


def test_a_copied_client_keeps_its_http_client() -> None:
    client = openai.OpenAI(api_key="k")
    assert client.with_options(timeout=3)._client is client._client


def test_callers_tls_settings_are_honoured_exactly() -> None:
    shared = _ssl_context(openai.OpenAI(api_key="k"))
    unverified = DefaultHttpxClient(verify=False)
    assert _ssl_context(unverified) is not shared and _ssl_context(unverified).verify_mode == ssl.CERT_NONE
    own = ssl.create_default_context()
    assert _ssl_context(DefaultHttpxClient(verify=own)) is own
    http_client = httpx.Client()
    assert openai.OpenAI(api_key="k", http_client=http_client)._client is http_client
    assert _ssl_context(http_client) is not shared


def test_http2_clients_get_their_own_context() -> None:
    # httpcore writes the ALPN protocols into the context: HTTP/1.1-only and HTTP/2 clients
    # must not share one. (Checked on the options: building an HTTP/2 client needs `h2`.)
    from openai._base_client import _default_client_options

    shared = _ssl_context(DefaultHttpxClient())
    http2 = _default_client_options({"http2": True})["verify"]
    assert http2 is not shared and http2 is _default_client_options({"http2": True})["verify"]
    assert _default_client_options({})["verify"] is shared


def test_no_trust_env_gets_its_own_context() -> None:
    shared = _ssl_context(DefaultHttpxClient())
    alone = _ssl_context(DefaultHttpxClient(trust_env=False))
    assert alone is not shared and alone is _ssl_context(DefaultHttpxClient(trust_env=False))


def test_the_certificate_environment_is_read_for_each_client(monkeypatch: pytest.MonkeyPatch) -> None:
    import certifi

    shared = _ssl_context(DefaultHttpxClient())
    monkeypatch.setenv("SSL_CERT_FILE", certifi.where() + "-not-the-usual")  # a new setting: a new context
    monkeypatch.setattr(httpx, "create_ssl_context", lambda trust_env: ssl.create_default_context())
    from_env = _ssl_context(DefaultHttpxClient())
    assert from_env is not shared and _ssl_context(openai.OpenAI(api_key="k")) is from_env
    monkeypatch.undo()
    assert _ssl_context(DefaultHttpxClient()) is shared


def test_astream_to_file_is_a_coroutine_function_to_asyncio_once_an_async_client_exists() -> None:
    code = (
        "import asyncio, inspect, openai\n"
        "from openai._response import HttpxBinaryResponseContent as H\n"
        "before = asyncio.iscoroutinefunction(H.astream_to_file)\n"
        "openai.AsyncOpenAI(api_key='k')\n"
        "print(before, asyncio.iscoroutinefunction(H.astream_to_file), inspect.isfunction(H.astream_to_file))\n"
    )
    out = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True", "True"]  # the official: True from the start (COMPAT.md)
