"""Arguments are checked before anything is sent, and the errors read as the official methods'
(plain Python functions, and `required_args` on the overloaded ones) -- plus, for an unknown
keyword, the closest valid name (COMPAT.md#unknown-keyword-hint)."""

from __future__ import annotations

import inspect
from typing import Any

import pytest
import respx

from tests.utils import BASE_URL

pytestmark = [pytest.mark.anyio, pytest.mark.respx(base_url=BASE_URL)]


def prefix(api: Any, name: str) -> str:
    return ("Async" if type(api).__name__.startswith("Async") else "") + name


async def raises(call: Any) -> TypeError:
    with pytest.raises(TypeError) as info:
        result = call()
        if inspect.isawaitable(result):
            await result
    return info.value


async def test_unknown_keyword_names_the_method_and_suggests(api: Any, respx_mock: respx.MockRouter) -> None:
    error = await raises(lambda: api.chat.completions.create(model="m", messages=[], temprature=0.5))
    assert str(error) == (
        f"{prefix(api, 'Completions')}.create() got an unexpected keyword argument 'temprature'"
        "; did you mean `temperature`?"
    )
    assert not respx_mock.calls


async def test_unknown_keyword_without_a_close_name(api: Any, respx_mock: respx.MockRouter) -> None:
    error = await raises(lambda: api.models.list(zzz=1))
    assert str(error) == f"{prefix(api, 'Models')}.list() got an unexpected keyword argument 'zzz'"


async def test_missing_keywords_as_python_words_them(api: Any, respx_mock: respx.MockRouter) -> None:
    one = await raises(lambda: api.files.create(file=b"x"))
    assert str(one) == f"{prefix(api, 'Files')}.create() missing 1 required keyword-only argument: 'purpose'"
    two = await raises(lambda: api.batches.create(endpoint="/v1/chat/completions"))
    assert str(two) == (
        f"{prefix(api, 'Batches')}.create() missing 2 required keyword-only arguments: "
        "'completion_window' and 'input_file_id'"
    )


async def test_overloaded_methods_check_their_combinations_first(api: Any, respx_mock: respx.MockRouter) -> None:
    # `model` missing and a typo: the combination check speaks first, as upstream's `required_args`.
    error = await raises(lambda: api.chat.completions.create(messages=[], modle="m"))
    assert str(error) == (
        "Missing required arguments; Expected either ('messages' and 'model') "
        "or ('messages', 'model' and 'stream') arguments to be given"
    )


async def test_combinations_may_name_a_path_keyword(api: Any, respx_mock: respx.MockRouter) -> None:
    with pytest.warns(DeprecationWarning):  # the Assistants API is deprecated
        error = await raises(lambda: api.beta.threads.runs.submit_tool_outputs("run_1", thread_id="t"))
    assert str(error) == (
        "Missing required arguments; Expected either ('thread_id' and 'tool_outputs') "
        "or ('thread_id', 'stream' and 'tool_outputs') arguments to be given"
    )
