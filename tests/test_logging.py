"""`OPENAI_LOG`: what the client logs, and that no credential ever reaches a log line."""

from __future__ import annotations

import logging
from typing import Any, List

import httpx
import pytest
import respx

import openai
from openai._logs import setup_logging
from tests.utils import BASE_URL, run

CANARY = "sk-canary-7f3a9c1e5b"
MODEL = {"id": "m", "object": "model", "created": 1, "owned_by": "o"}

pytestmark = [pytest.mark.anyio, pytest.mark.respx(base_url=BASE_URL)]


@pytest.fixture(autouse=True)
def _restore_levels() -> Any:
    saved = {name: logging.getLogger(name).level for name in ("openai", "httpx")}
    yield
    for name, level in saved.items():
        logging.getLogger(name).setLevel(level)


@pytest.mark.parametrize("value, level", [("debug", logging.DEBUG), ("info", logging.INFO)])
def test_openai_log_sets_the_levels(monkeypatch: pytest.MonkeyPatch, value: str, level: int) -> None:
    monkeypatch.setenv("OPENAI_LOG", value)
    setup_logging()
    assert logging.getLogger("openai").level == level
    assert logging.getLogger("httpx").level == level


def test_other_values_leave_logging_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    logging.getLogger("openai").setLevel(logging.WARNING)
    monkeypatch.setenv("OPENAI_LOG", "verbose")
    setup_logging()
    assert logging.getLogger("openai").level == logging.WARNING


def every_line(caplog: pytest.LogCaptureFixture) -> List[str]:
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    return [formatter.format(record) for record in caplog.records]


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_debug_log_tells_the_story_without_the_key(
    kind: str, respx_mock: respx.MockRouter, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(openai.OpenAI, "_sleep", lambda self, seconds: None)

    async def no_sleep(self: Any, seconds: float) -> None:
        return None

    monkeypatch.setattr(openai.AsyncOpenAI, "_sleep", no_sleep)
    respx_mock.get("/models/m").mock(
        side_effect=[
            httpx.Response(500, json={"error": {"message": "boom"}}, headers={"x-request-id": "req_1"}),
            httpx.Response(200, json=MODEL, headers={"x-request-id": "req_2"}),
        ]
    )
    respx_mock.get("/models/missing").respond(404, json={"error": {"message": "no"}})
    cls = openai.OpenAI if kind == "sync" else openai.AsyncOpenAI
    client = cls(api_key=CANARY, base_url=BASE_URL, organization="org-1")
    with caplog.at_level(logging.DEBUG):
        await run(client.models.retrieve("m", extra_headers={"Authorization": f"Bearer {CANARY}", "api-key": CANARY}))
        with pytest.raises(openai.NotFoundError):
            await run(client.models.retrieve("missing"))
    lines = every_line(caplog)
    text = "\n".join(lines)
    assert CANARY not in text
    assert "<redacted>" in text  # the per-call credentials in the logged request options
    assert f"Sending HTTP Request: GET {BASE_URL}/models/m" in text
    assert "Retrying due to status code 500" in text
    assert "1 retry left" in text or "2 retries left" in text
    assert any(line.startswith("openai INFO Retrying request to /models/m in ") for line in lines)
    assert "request_id: req_2" in text
    assert "Re-raising status error" in text


@pytest.mark.respx(base_url="https://res.example.com/openai")
async def test_azure_token_never_logged(respx_mock: respx.MockRouter, caplog: pytest.LogCaptureFixture) -> None:
    route = respx_mock.get("/models/m").respond(200, json=MODEL)
    client = openai.AzureOpenAI(
        azure_endpoint="https://res.example.com", api_version="2024-10-21", azure_ad_token_provider=lambda: CANARY
    )
    with caplog.at_level(logging.DEBUG):
        client.models.retrieve("m")
    assert route.called
    assert CANARY not in "\n".join(every_line(caplog))
