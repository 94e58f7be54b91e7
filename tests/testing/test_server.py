"""The fake behind a real socket: `fake.serve()` and `python -m openai.testing`, with our client."""

from __future__ import annotations

import subprocess
import sys
from typing import Iterator, List

import httpx
import pytest

import openai
from openai.testing import FakeOpenAI, FakeServer
from openai.types.chat import ChatCompletionMessageParam

MESSAGES: List[ChatCompletionMessageParam] = [{"role": "user", "content": "over the wire"}]


@pytest.fixture
def server(openai_fake: FakeOpenAI) -> Iterator[FakeServer]:
    with openai_fake.serve() as running:
        yield running


def test_sync_client_over_a_socket(server: FakeServer, openai_fake: FakeOpenAI) -> None:
    assert server.base_url.startswith("http://127.0.0.1:") and server.base_url.endswith("/v1")
    with openai.OpenAI(api_key="sk-x", base_url=server.base_url) as client:
        completion = client.chat.completions.create(model="gpt-4o", messages=MESSAGES)
        assert completion.choices[0].message.content == "Fake reply to: over the wire"
        chunks = list(client.chat.completions.create(model="gpt-4o", messages=MESSAGES, stream=True))
        assert "".join(c.choices[0].delta.content or "" for c in chunks) == "Fake reply to: over the wire"
        uploaded = client.audio.transcriptions.create(model="whisper-1", file=("clip.wav", b"RIFF" * 1000))
        assert uploaded.text == "Fake transcription of clip.wav."
        speech = client.audio.speech.create(model="tts-1", voice="alloy", input="hi", response_format="wav")
        assert speech.content.startswith(b"RIFF")
    assert openai_fake.requests[0].headers["authorization"] == "Bearer sk-x"
    assert len(openai_fake.requests) == 4


@pytest.mark.anyio
async def test_async_client_streams_responses_over_a_socket(server: FakeServer) -> None:
    async with openai.AsyncOpenAI(api_key="sk-x", base_url=server.base_url) as client:
        stream = await client.responses.create(model="gpt-4o", input="stream me", stream=True)
        kinds = [event.type async for event in stream]
        assert kinds[0] == "response.created" and kinds[-1] == "response.completed"
        with pytest.raises(openai.NotFoundError):
            await client.files.retrieve("file-missing")


def test_errors_and_cut_streams_over_a_socket(server: FakeServer, openai_fake: FakeOpenAI) -> None:
    with openai.OpenAI(api_key="sk-x", base_url=server.base_url, max_retries=0) as client:
        openai_fake.queue_error(429, "Too many", headers={"retry-after": "0"})
        with pytest.raises(openai.RateLimitError) as info:
            client.models.list()
        assert info.value.response.headers["retry-after"] == "0"
        openai_fake.inject_fault(cut_after=3)
        received = []
        with pytest.raises((httpx.RemoteProtocolError, openai.APIConnectionError)):
            for chunk in client.chat.completions.create(model="gpt-4o", messages=MESSAGES, stream=True):
                received.append(chunk)
        assert len(received) == 3
        assert client.models.list().data  # the server keeps serving after a cut connection


def test_no_key_is_a_401_over_a_socket(server: FakeServer) -> None:
    response = httpx.get(server.base_url + "/models")
    assert response.status_code == 401 and response.json()["error"]["type"] == "invalid_request_error"
    assert httpx.get(server.base_url + "/nowhere", headers={"authorization": "Bearer k"}).status_code == 404


def test_close_is_idempotent_and_frees_the_port() -> None:
    server = FakeOpenAI().serve()
    url = server.base_url
    server.close()
    server.close()
    with pytest.raises(httpx.ConnectError):
        httpx.get(url + "/models", timeout=1)
    assert repr(server).startswith("<FakeServer http://127.0.0.1:")


def test_module_command_prints_the_url_and_serves() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "openai.testing", "--port", "0"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith("Fake OpenAI API listening on http://127.0.0.1:")
        base_url = line.rsplit(" ", 1)[1].strip()
        with openai.OpenAI(api_key="sk-x", base_url=base_url) as client:
            assert client.embeddings.create(model="text-embedding-3-small", input="x", dimensions=4).data
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()
