"""`beta.realtime.sessions.create` and `beta.realtime.transcription_sessions.create` on the wire
(respx), with the sync and the async client, plain and through the raw / streaming views."""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator

import pytest
import respx

from openai._response import APIResponse, AsyncAPIResponse, LegacyAPIResponse
from openai.types.beta.realtime import SessionCreateResponse, TranscriptionSession
from tests.utils import BASE_URL, run

pytestmark = pytest.mark.anyio

SESSION = {
    "client_secret": {"value": "ek_abc123", "expires_at": 1234567890},
    "modalities": ["audio", "text"],
    "instructions": "Be brief.",
    "voice": "alloy",
    "input_audio_format": "pcm16",
    "output_audio_format": "pcm16",
    "input_audio_transcription": {"model": "whisper-1"},
    "turn_detection": None,
    "tools": [],
    "tool_choice": "none",
    "temperature": 0.7,
    "max_response_output_tokens": 200,
    "speed": 1.1,
    "tracing": "auto",
}
TRANSCRIPTION = {
    "client_secret": {"value": "ek_xyz", "expires_at": 1234567890},
    "modalities": ["text"],
    "input_audio_format": "pcm16",
    "input_audio_transcription": {"model": "gpt-4o-transcribe", "language": "en", "prompt": ""},
    "turn_detection": {"type": "server_vad", "threshold": 0.5, "prefix_padding_ms": 300, "silence_duration_ms": 500},
}


@pytest.fixture
def mock() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        yield router


def sent(route: respx.Route) -> Dict[str, Any]:
    request = route.calls.last.request
    return {"headers": request.headers, "body": request.content.decode()}


async def test_sessions_create(api: Any, mock: respx.MockRouter) -> None:
    route = mock.post("/realtime/sessions").respond(json=SESSION, headers={"x-request-id": "req_1"})
    session = await run(
        api.beta.realtime.sessions.create(
            voice="alloy",
            model="gpt-4o-realtime-preview",
            modalities=["text"],
            turn_detection={"type": "server_vad", "silence_duration_ms": 200},
            client_secret={"expires_after": {"anchor": "created_at", "seconds": 600}},
            max_response_output_tokens="inf",
        )
    )
    assert isinstance(session, SessionCreateResponse) and session._request_id == "req_1"
    assert session.client_secret.value == "ek_abc123" and session.tracing == "auto"
    request = sent(route)
    # The beta header 1.102.0 sends on these calls (the Assistants one), and the keys in the order
    # of its signature.
    assert request["headers"]["OpenAI-Beta"] == "assistants=v2"
    assert request["body"] == (
        '{"client_secret":{"expires_after":{"anchor":"created_at","seconds":600}},'
        '"max_response_output_tokens":"inf","modalities":["text"],"model":"gpt-4o-realtime-preview",'
        '"turn_detection":{"type":"server_vad","silence_duration_ms":200},"voice":"alloy"}'
    )


async def test_sessions_create_with_nothing_sends_an_empty_object(api: Any, mock: respx.MockRouter) -> None:
    route = mock.post("/realtime/sessions").respond(json=SESSION)
    await run(api.beta.realtime.sessions.create())
    assert sent(route)["body"] == "{}"


async def test_the_beta_header_can_be_replaced(api: Any, mock: respx.MockRouter) -> None:
    route = mock.post("/realtime/sessions").respond(json=SESSION)
    await run(api.beta.realtime.sessions.create(extra_headers={"OpenAI-Beta": "realtime=v1"}))
    assert sent(route)["headers"].get_list("OpenAI-Beta") == ["realtime=v1"]


async def test_transcription_sessions_create(api: Any, mock: respx.MockRouter) -> None:
    route = mock.post("/realtime/transcription_sessions").respond(json=TRANSCRIPTION)
    session = await run(
        api.beta.realtime.transcription_sessions.create(
            input_audio_transcription={"model": "gpt-4o-transcribe", "language": "en"},
            include=["item.input_audio_transcription.logprobs"],
            input_audio_noise_reduction={"type": "far_field"},
        )
    )
    assert isinstance(session, TranscriptionSession)
    assert session.turn_detection is not None and session.turn_detection.silence_duration_ms == 500
    request = sent(route)
    assert request["headers"]["OpenAI-Beta"] == "assistants=v2"
    assert request["body"] == (
        '{"include":["item.input_audio_transcription.logprobs"],"input_audio_noise_reduction":{"type":"far_field"},'
        '"input_audio_transcription":{"model":"gpt-4o-transcribe","language":"en"}}'
    )


async def test_an_unknown_keyword_is_refused_before_sending(api: Any, mock: respx.MockRouter) -> None:
    route = mock.post("/realtime/sessions").respond(json=SESSION)
    with pytest.raises(TypeError, match="unexpected keyword argument 'voise'"):
        await run(api.beta.realtime.sessions.create(voise="alloy"))
    assert not route.called


async def test_raw_response(api: Any, mock: respx.MockRouter) -> None:
    mock.post("/realtime/sessions").respond(json=SESSION, headers={"x-request-id": "req_raw"})
    raw = await run(api.beta.realtime.with_raw_response.sessions.create(voice="ash"))
    assert isinstance(raw, LegacyAPIResponse) and raw.request_id == "req_raw"
    assert raw.http_request.headers["X-Stainless-Raw-Response"] == "true"
    assert isinstance(raw.parse(), SessionCreateResponse)


def test_streaming_response(client: Any, mock: respx.MockRouter) -> None:
    mock.post("/realtime/transcription_sessions").respond(json=TRANSCRIPTION)
    with client.beta.realtime.transcription_sessions.with_streaming_response.create() as response:
        assert isinstance(response, APIResponse)
        assert json.loads(response.read()) == TRANSCRIPTION
        assert isinstance(response.parse(), TranscriptionSession)


async def test_async_streaming_response(async_client: Any, mock: respx.MockRouter) -> None:
    mock.post("/realtime/transcription_sessions").respond(json=TRANSCRIPTION)
    view = async_client.beta.with_streaming_response.realtime.transcription_sessions
    async with view.create() as response:
        assert isinstance(response, AsyncAPIResponse)
        assert isinstance(await response.parse(), TranscriptionSession)
