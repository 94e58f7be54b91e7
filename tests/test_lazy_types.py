"""The packages under `openai.types` import their names on first access (`openai._lazy_exports`):
every name is reachable as before, type checkers see the same imports, and a first call loads
the types it uses rather than all of them."""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Tuple

import pytest

import openai

TYPES = Path(openai.__file__).parent / "types"
PACKAGES = sorted(TYPES.rglob("__init__.py"))


def _package_name(init: Path) -> str:
    return ".".join(("openai", *init.relative_to(TYPES.parent).parent.parts))


def _declared(init: Path) -> Tuple[Dict[str, str], Dict[str, str]]:
    """What the `__init__` imports for type checkers, and what it hands `lazy_package` at runtime."""
    tree = ast.parse(init.read_text())
    (block,) = [node for node in tree.body if isinstance(node, ast.If)]
    static: Dict[str, str] = {}
    for node in block.body:
        assert isinstance(node, ast.ImportFrom) and node.level == 1
        for alias in node.names:
            assert alias.asname in (None, alias.name)
            static[alias.name] = "." + str(node.module)
    (call,) = [node.value for node in block.orelse if isinstance(node, ast.Assign)]
    assert isinstance(call, ast.Call)
    runtime = ast.literal_eval(call.args[1])
    return static, runtime


@pytest.mark.parametrize("init", PACKAGES, ids=lambda p: _package_name(p))
def test_type_checkers_and_the_runtime_see_the_same_names(init: Path) -> None:
    static, runtime = _declared(init)
    assert static == runtime and static


@pytest.mark.parametrize("init", PACKAGES, ids=lambda p: _package_name(p))
def test_every_name_is_the_class_its_module_defines(init: Path) -> None:
    package = importlib.import_module(_package_name(init))
    _, runtime = _declared(init)
    for name, module in runtime.items():
        assert getattr(package, name) is getattr(importlib.import_module(module, package.__name__), name)


def test_names_load_on_first_access_and_stay() -> None:
    code = (
        "import sys, openai.types.chat as chat\n"
        "assert 'openai.types.chat.chat_completion_chunk' not in sys.modules\n"
        "assert 'ChatCompletionChunk' not in vars(chat)\n"
        "from openai.types.chat import ChatCompletionChunk\n"
        "assert vars(chat)['ChatCompletionChunk'] is ChatCompletionChunk\n"
        "assert 'openai.types.chat.chat_completion_chunk' in sys.modules\n"
        "assert 'openai.types.responses' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-I", "-c", code], check=True)


def test_submodules_unknown_names_and_introspection() -> None:
    import openai.types as types

    assert types.chat_model.ChatModel is types.ChatModel  # a module, as an eager `__init__` bound it
    assert types.chat.ChatCompletion is importlib.import_module("openai.types.chat.chat_completion").ChatCompletion
    with pytest.raises(AttributeError, match="no attribute 'NoSuchType'"):
        types.NoSuchType  # noqa: B018
    assert not hasattr(types, "__wrapped__") and not hasattr(types.chat, "no_such_module")
    listed = dir(types.beta)
    assert "Assistant" in listed and "AssistantStreamEvent" in listed
    # After `dir()` every name is in the namespace, for tools that read it without `getattr`.
    assert inspect.getattr_static(types.beta, "Assistant") is types.beta.Assistant


def test_star_import_gives_every_name() -> None:
    namespace: Dict[str, object] = {}
    exec("from openai.types.audio import *", namespace)
    _, runtime = _declared(TYPES / "audio" / "__init__.py")
    assert set(runtime) <= set(namespace)


def test_a_first_chat_call_loads_the_chat_types_only() -> None:
    code = """
import json, sys, httpx
import openai
def handler(request):
    choice = {"index": 0, "message": {"role": "assistant", "content": "hi"}, "finish_reason": "stop", "logprobs": None}
    return httpx.Response(200, json={"id": "c", "object": "chat.completion", "created": 1, "model": "m", "choices": [choice]})
client = openai.OpenAI(api_key="k", base_url="http://t/v1", http_client=openai.DefaultHttpxClient(transport=httpx.MockTransport(handler)))
assert client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}]).choices[0].message.content == "hi"
print(json.dumps(sorted(m for m in sys.modules if m.startswith("openai.types"))))
"""
    loaded: List[str] = json.loads(
        subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True, check=True).stdout
    )
    others = [m for m in loaded if not m.startswith(("openai.types.chat", "openai.types.shared"))]
    assert others == ["openai.types", "openai.types.completion_usage"]
    assert len(loaded) < 80  # of the ~600 modules under openai.types
