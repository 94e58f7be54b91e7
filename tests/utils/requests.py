"""Request-table helpers for the respx tests, each run on the sync and the async client: make one call
and see what went on the wire, tables of `case`s turned into tests, bad arguments failing before
anything is sent, and cursor pages."""

from __future__ import annotations

import json
from typing import Any, Callable, Dict, List, Optional, Tuple
from urllib.parse import unquote

import httpx
import pytest
import respx

import openai
from tests.utils import run

# ----------------------------------------------------------------------------- one call


def on_the_wire(request: httpx.Request) -> Tuple[str, Optional[object]]:
    """`("VERB /path?query", decoded JSON body or None)`."""
    query = unquote(request.url.query.decode())
    line = f"{request.method} {request.url.path}" + (f"?{query}" if query else "")
    return line, json.loads(request.content) if request.content else None


async def exchange(
    api: Any, respx_mock: respx.MockRouter, call: Callable[[Any], Any], reply: Any
) -> Tuple[httpx.Request, Any]:
    """Make one call against a server answering `reply`: `(the request sent, the result)`."""
    route = respx_mock.route(host="api.test").respond(200, json=reply)
    result = await run(call(api))
    assert route.call_count == 1
    return route.calls.last.request, result


async def send(api: Any, respx_mock: respx.MockRouter, call: Callable[[Any], Any], reply: Any) -> Tuple[Any, Any]:
    """Make one call against a server answering `reply`: `(on_the_wire(request), result)`."""
    request, result = await exchange(api, respx_mock, call, reply)
    return on_the_wire(request), result


async def assert_fails_before_sending(
    api: Any, respx_mock: respx.MockRouter, call: Callable[[Any], Any], error: type, match: str
) -> None:
    route = respx_mock.route(host="api.test")
    with pytest.raises(error, match=match):
        await run(call(api))
    assert not route.called


# ----------------------------------------------------------------------------- request tables


def case(name: str, call: Callable[[Any], Any], line: str, body: object, reply: Any, returns: Any) -> Any:
    """`call` sends exactly `line` (verb, path, query) and the JSON `body`, and turns `reply` into a
    `returns`: a type, or `(sync page type, async page type)`."""
    return pytest.param(call, line, body, reply, returns, id=name)


def expected_type(api: Any, returns: Any) -> type:
    if isinstance(returns, tuple):
        return returns[1] if isinstance(api, openai.AsyncOpenAI) else returns[0]
    return returns  # type: ignore[no-any-return]


def request_test(cases: List[Any]) -> Callable[..., Any]:
    """The test of a module's `case` table (bound to a `test_...` name there), on both clients."""

    @pytest.mark.parametrize("call, line, body, reply, returns", cases)
    async def test(
        api: Any, respx_mock: respx.MockRouter, call: Any, line: str, body: object, reply: Any, returns: Any
    ) -> None:
        sent, result = await send(api, respx_mock, call, reply)
        assert sent == (line, body)
        assert isinstance(result, expected_type(api, returns))

    return test


def bad_arguments_test(cases: List[Any]) -> Callable[..., Any]:
    """The test of a table of `(call, error class, message pattern)`: each call raises before sending."""

    @pytest.mark.parametrize("call, error, match", cases)
    async def test(api: Any, respx_mock: respx.MockRouter, call: Any, error: type, match: str) -> None:
        await assert_fails_before_sending(api, respx_mock, call, error, match)

    return test


# ----------------------------------------------------------------------------- cursor pages


def page_of(*items: Dict[str, Any], has_more: bool = False) -> Dict[str, Any]:
    return {"object": "list", "data": list(items), "has_more": has_more}


async def collect(listing: Any) -> List[Any]:
    """Every item of a list call, across pages: `for` on the sync client, `async for` on the async one."""
    if hasattr(listing, "__aiter__"):
        return [item async for item in listing]
    return list(listing)


async def assert_follows_cursor(
    api: Any, respx_mock: respx.MockRouter, url: str, call: Callable[[Any], Any], first: List[Any], second: List[Any]
) -> List[Any]:
    """Iterating `call(api)` reads the page `first` (with more to come), then asks for the page after
    its last id and gets `second`; returns the items."""
    route = respx_mock.get(url)
    route.side_effect = [
        httpx.Response(200, json=page_of(*first, has_more=True)),
        httpx.Response(200, json=page_of(*second)),
    ]
    items = await collect(call(api))
    assert [item.id for item in items] == [item["id"] for item in first + second]
    assert [sent.request.url.params.get("after") for sent in route.calls] == [None, first[-1]["id"]]
    return items
