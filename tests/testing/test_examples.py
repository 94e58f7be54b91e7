"""Every script in examples/ runs against the fake API, unchanged, as `./scripts/demo` runs them:
an example can never rot. Each one's output is checked for a sign that it did its job."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Dict, Iterator

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_demo() -> ModuleType:
    spec = importlib.util.spec_from_file_location("demo", ROOT / "scripts" / "demo.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["demo"] = module
    spec.loader.exec_module(module)  # pyright: ignore[reportAttributeAccessIssue]
    return module


demo = _load_demo()

# What each example's output must contain (beyond exiting with 0).
EXPECTED: Dict[str, str] = {
    "assistants.py": "assistant: Fake reply to: What is 12 times 12?",
    "azure.py": "Fake reply to: Say hello",
    "batch.py": "question-2: Fake reply to: Name a primary colour.",
    "bulk_batches.py": "2000 results from 1 batches",
    "chat.py": "request id: req_",
    "chat_async.py": "Fake reply to: Say the number 2 in French",
    "embeddings.py": "cat~kitten",
    "errors_and_retries.py": "not found: 404",
    "file_upload.py": " validating",
    "pagination.py": "7 models",
    "raw_response.py": '"object": "list"',
    "rate_limits.py": " of 10000 reset in 0:00:00",
    "realtime_text.py": "Fake reply to: What is the capital of France?",
    "responses.py": "Fake reply to: Count to five.",
    "stream_helpers.py": "response id: resp_",
    "streaming.py": "Fake reply to: Count from 1 to 10",
    "structured_outputs.py": "example final_answer",
    "tools.py": "tool call: get_weather",
    "vector_stores.py": "indexed: file-",
    "voice.py": "Fake transcription of audio.wav",
    "webhook.py": "tampered delivery -> 400",
}


@pytest.fixture(scope="module")
def env() -> Iterator[Dict[str, str]]:
    with demo.fake_servers() as environment:
        yield environment


def test_every_example_has_an_expectation() -> None:
    assert sorted(f"{name}.py" for name in demo.example_names()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", demo.example_names())
def test_example_runs_against_the_fake(name: str, env: Dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    outcome = demo.run_example(name, env, timeout=60)
    assert outcome.ok, outcome.output
    assert EXPECTED[f"{name}.py"] in outcome.output, outcome.output
    assert "Traceback" not in outcome.output
