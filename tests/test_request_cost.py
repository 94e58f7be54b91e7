"""Per-request work the client skips without changing what is sent or kept: parsing the same URL
text again, and httpx's cookie bookkeeping for responses that set no cookie."""

from __future__ import annotations

import http.cookiejar
from typing import Any, List

import httpx
import pytest

import openai
from openai import _base_client
from openai._base_client import DefaultAsyncHttpxClient, DefaultHttpxClient

MODELS = {"object": "list", "data": []}


def _client(reply: Any, **options: Any) -> openai.OpenAI:
    http_client = DefaultHttpxClient(transport=httpx.MockTransport(reply), **options)
    return openai.OpenAI(api_key="sk-test", base_url="http://api.test/v1", http_client=http_client)


def test_a_set_cookie_response_still_fills_the_jar_and_is_sent_back() -> None:
    seen: List[str] = []

    def reply(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("cookie", ""))
        return httpx.Response(200, json=MODELS, headers={"set-cookie": "session=abc; Path=/"})

    client = _client(reply)
    client.models.list()
    client.models.list()
    assert client._client.cookies.get("session") == "abc"
    assert seen == ["", "session=abc"]


def test_a_response_without_cookies_leaves_the_jar_as_it_was() -> None:
    client = _client(lambda request: httpx.Response(200, json=MODELS))
    client._client.cookies.set("kept", "1", domain="api.test")
    client.models.list()
    assert [(c.name, c.value) for c in client._client.cookies.jar] == [("kept", "1")]


def test_a_callers_cookie_jar_is_the_one_used() -> None:
    jar = http.cookiejar.CookieJar()
    for client in (DefaultHttpxClient(cookies=jar), DefaultAsyncHttpxClient(cookies=jar)):
        assert client.cookies.jar is jar and isinstance(client.cookies, httpx.Cookies)


def test_build_request_gets_the_url_parsed_once_and_equal_to_the_text() -> None:
    urls: List[Any] = []

    class Recording(DefaultHttpxClient):
        def build_request(self, method: str, url: Any, **kwargs: Any) -> httpx.Request:
            urls.append(url)
            return super().build_request(method, url, **kwargs)

    client = openai.OpenAI(
        api_key="sk-test",
        base_url="http://api.test/v1",
        http_client=Recording(transport=httpx.MockTransport(lambda r: httpx.Response(200, json=MODELS))),
    )
    client.models.list()
    client.models.list(extra_query={"b": "1 2"})
    client.models.list()
    # An httpx.URL, as the official client passes one; the same text gives the same object.
    assert all(isinstance(url, httpx.URL) for url in urls)
    assert [str(url) for url in urls] == [
        "http://api.test/v1/models",
        "http://api.test/v1/models?b=1+2",
        "http://api.test/v1/models",
    ]
    assert urls[0] is urls[2]


def test_the_parsed_url_cache_stays_bounded() -> None:
    _base_client._PARSED_URLS.clear()
    for i in range(1200):
        assert (
            str(_base_client._parsed_url(f"http://api.test/v1/files/file-{i}")) == f"http://api.test/v1/files/file-{i}"
        )
    assert 0 < len(_base_client._PARSED_URLS) <= 512


def test_merging_request_headers_gives_what_httpx_gives() -> None:
    client = DefaultHttpxClient(headers={"X-Client": "c", "Accept": "text/plain"})
    plain = httpx.Client(headers={"X-Client": "c", "Accept": "text/plain"})
    for headers in (
        {"Authorization": "Bearer k", "accept": "application/json", "X-Stainless-Retry-Count": "0"},
        {"ACCEPT": "a", "Accept": "b"},  # two cases of one name: both sent, as httpx sends them
        {},
    ):
        ours = client._merge_headers(headers)
        theirs = plain._merge_headers(headers)
        assert isinstance(ours, httpx.Headers) and isinstance(theirs, httpx.Headers)
        assert ours._list == theirs._list and ours.raw == theirs.raw and ours.encoding == theirs.encoding
    # Anything else is left to httpx, errors included.
    assert client._merge_headers([("A", "1")]).raw == plain._merge_headers([("A", "1")]).raw  # type: ignore[union-attr]
    assert client._merge_headers(None).raw == plain._merge_headers(None).raw  # type: ignore[union-attr]
    for bad in ({"X": "é"}, {"X": 1}):
        with pytest.raises(Exception) as ours_error:
            client._merge_headers(bad)
        with pytest.raises(Exception) as theirs_error:
            plain._merge_headers(bad)
        assert type(ours_error.value) is type(theirs_error.value)
    async_client = DefaultAsyncHttpxClient(headers={"X-Client": "c"})
    merged = async_client._merge_headers({"x-client": "d"})
    assert isinstance(merged, httpx.Headers) and merged.raw[-1] == (b"x-client", b"d")
    assert [key for key, _ in merged.raw].count(b"X-Client") == 0
