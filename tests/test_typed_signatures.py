"""What type checkers read from the package, checked at run time: the generated keyword TypedDicts
are current and admit `NOT_GIVEN`, every method's annotations resolve, the typed views name real
methods, and the view classes import and work as the official ones do.

(What mypy and pyright infer from user code is checked by `scripts/lint` on tests/typing/.)"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any, Dict, Iterator, List, Tuple, Type

import pytest
import respx

import openai
import openai.resources
from openai import NOT_GIVEN, NotGiven
from openai._resource import AsyncAPIResource, SyncAPIResource
from openai._response import LegacyAPIResponse
from openai.resources.chat.completions.completions import CompletionsWithRawResponse, CompletionsWithStreamingResponse
from openai.types.chat import ChatCompletion
from tests.utils import API_KEY, BASE_URL

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import gen_kwargs  # noqa: E402

COMPLETION = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1700000000,
    "model": "gpt-4o",
    "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "hello"}}],
}


def resource_classes() -> Iterator[Tuple[str, Type[Any]]]:
    for info in pkgutil.walk_packages(openai.resources.__path__, "openai.resources."):
        module = importlib.import_module(info.name)
        for value in list(vars(module).values()):
            if (
                isinstance(value, type)
                and value.__module__ == info.name
                and issubclass(value, (SyncAPIResource, AsyncAPIResource))
            ):
                yield info.name, value


def public_methods(cls: Type[Any]) -> Dict[str, Any]:
    return {
        name: getattr(cls, name)
        for name in dir(cls)
        if not name.startswith("_")
        and name not in ("with_raw_response", "with_streaming_response")
        and inspect.isfunction(getattr(cls, name))
    }


def test_generated_kwargs_are_current() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_kwargs.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("target", gen_kwargs.TARGETS, ids=lambda t: t.name)
def test_generated_kwargs_mirror_their_params(target: Any) -> None:
    module = importlib.import_module("openai.types." + target.module.replace("/", "."))
    source, kwargs = getattr(module, target.source), getattr(module, target.name)
    wanted = set(source.__annotations__) - set(target.exclude)
    if target.only:
        wanted &= set(target.only)
    assert set(kwargs.__annotations__) == wanted
    assert kwargs.__required_keys__ == source.__required_keys__ & wanted
    hints = typing.get_type_hints(kwargs)
    for key, hint in hints.items():
        takes_not_given = NotGiven in typing.get_args(hint)
        assert takes_not_given == (key not in kwargs.__required_keys__), key


def test_every_method_signature_resolves_at_run_time() -> None:
    """`typing.get_type_hints` works on every resource method, `**kw: Unpack[...]` included, and
    the keyword TypedDicts take `NOT_GIVEN` for each optional key but `stream`-like literals."""
    checked = 0
    for _, cls in resource_classes():
        for name, method in public_methods(cls).items():
            hints = typing.get_type_hints(method)
            kwargs = hints.get("kw")
            if kwargs is None:
                continue
            (typed_dict,) = typing.get_args(kwargs)
            keys = typing.get_type_hints(typed_dict)
            for key, hint in keys.items():
                if key in typed_dict.__required_keys__ or key in ("extra_headers", "extra_query", "extra_body"):
                    continue
                assert NotGiven in typing.get_args(hint), f"{cls.__qualname__}.{name}: `{key}` rejects NOT_GIVEN"
            checked += 1
    assert checked > 100


def _view_declarations(module_name: str) -> Dict[str, List[str]]:
    """Per view class of a resource module: the attributes its (type-checking) `__init__` sets."""
    source = Path(importlib.import_module(module_name).__file__ or "").read_text()
    views: Dict[str, List[str]] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.ClassDef) and node.name.endswith(("WithRawResponse", "WithStreamingResponse")):
            views[node.name] = [
                target.attr
                for stmt in ast.walk(node)
                if isinstance(stmt, ast.Assign)
                for target in stmt.targets
                if isinstance(target, ast.Attribute)
            ]
    return views


def test_typed_views_name_real_methods() -> None:
    for module_name, cls in resource_classes():
        if cls.__name__.endswith("Webhooks"):
            continue  # no views in 1.102.0 either
        views = _view_declarations(module_name)
        raw, streamed = views[f"{cls.__name__}WithRawResponse"], views[f"{cls.__name__}WithStreamingResponse"]
        assert raw == streamed, cls.__qualname__
        methods = public_methods(cls)
        assert set(raw) <= set(methods), (cls.__qualname__, set(raw) - set(methods))
        # Everything that sends one request is in the views; helpers (polling, streaming, the
        # Realtime WebSocket) are not.
        helpers = {n for n in methods if n not in raw}
        assert all(
            ("poll" in n or "stream" in n or "upload" in n or n in ("wait_for_processing", "connect", "run"))
            for n in helpers
        ), (
            cls.__qualname__,
            helpers,
        )


@pytest.mark.respx(base_url=BASE_URL)
def test_view_classes_construct_as_in_the_official_package(respx_mock: respx.MockRouter) -> None:
    respx_mock.post("/chat/completions").respond(200, json=COMPLETION)
    with openai.OpenAI(api_key=API_KEY, base_url=BASE_URL) as client:
        raw = CompletionsWithRawResponse(client.chat.completions).create(
            model="gpt-4o", messages=[{"role": "user", "content": "hi"}], temperature=NOT_GIVEN
        )
        assert isinstance(raw, LegacyAPIResponse)
        assert isinstance(raw.parse(), ChatCompletion)
        view = CompletionsWithStreamingResponse(client.chat.completions)
        with view.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}]) as response:
            assert isinstance(response.parse(), ChatCompletion)


def test_resource_packages_export_the_view_classes() -> None:
    """As in 1.102.0: `openai.resources` and each resource package export their resources and
    the typed views (`openai.resources` loads each one's module on first use)."""
    packages = [
        importlib.import_module(info.name)
        for info in pkgutil.walk_packages(openai.resources.__path__, "openai.resources.")
        if info.ispkg
    ]
    for package in [openai.resources, *packages]:
        for name in package.__all__:
            value = getattr(package, name)
            assert isinstance(value, type), f"{package.__name__}.{name}"
    assert openai.resources.CompletionsWithRawResponse.__module__ == "openai.resources.completions"
    assert "ChatWithStreamingResponse" in openai.resources.chat.__all__
