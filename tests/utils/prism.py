"""Request tables for the Prism-backed tests (tests/api/): each call is accepted by the mock
server and answers with the declared type, on the sync and the async client."""

from __future__ import annotations

from typing import Any, Callable, List

import pytest

import openai
from tests.utils import run


def case(name: str, call: Callable[[Any], Any], returns: Any, item: Any = None) -> Any:
    """`returns`: the result type, or `(sync page, async page)` whose items are `item`s."""
    return pytest.param(call, returns, item, id=name)


def prism_test(cases: List[Any]) -> Callable[..., Any]:
    """The test of a module's `case` table (bound to a `test_...` name there), on both clients: each
    call is accepted by Prism and answers with `returns` (a page of `item`s for lists)."""

    @pytest.mark.parametrize("call, returns, item", cases)
    async def test(prism: Any, call: Callable[[Any], Any], returns: Any, item: Any) -> None:
        result = await run(call(prism))
        if isinstance(returns, tuple):
            assert isinstance(result, returns[1] if isinstance(prism, openai.AsyncOpenAI) else returns[0])
            assert result.data
            assert all(isinstance(entry, item) for entry in result.data)
        else:
            assert isinstance(result, returns)

    return test
