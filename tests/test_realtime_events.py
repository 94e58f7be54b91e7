"""Realtime server events as `parse_event` reads them: one complete payload per event type of the
beta Realtime API (shaped like the API reference's examples), each parsed as its class with
every field, nested ones included. `tests/test_realtime.py` sends the same payloads over a real
WebSocket."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Tuple, cast

import pytest
from typing_extensions import get_args

from openai.resources.beta.realtime.realtime import RealtimeConnection
from openai.types.beta.realtime import RealtimeServerEvent

_ITEM = {
    "id": "msg_003",
    "object": "realtime.item",
    "type": "message",
    "status": "completed",
    "role": "user",
    "content": [{"type": "input_text", "text": "Hello"}, {"type": "input_audio", "transcript": "hi", "audio": "AAAA"}],
}
_CALL = {
    "id": "item_2",
    "object": "realtime.item",
    "type": "function_call",
    "status": "in_progress",
    "call_id": "call_1",
    "name": "get_weather",
    "arguments": "",
}
_SESSION = {
    "id": "sess_001",
    "object": "realtime.session",
    "model": "gpt-4o-realtime-preview",
    "modalities": ["text", "audio"],
    "instructions": "Be brief.",
    "voice": "alloy",
    "input_audio_format": "pcm16",
    "output_audio_format": "pcm16",
    "input_audio_transcription": {"model": "whisper-1", "language": "en", "prompt": ""},
    "input_audio_noise_reduction": {"type": "near_field"},
    "turn_detection": {
        "type": "server_vad",
        "threshold": 0.5,
        "prefix_padding_ms": 300,
        "silence_duration_ms": 200,
        "create_response": True,
        "interrupt_response": True,
    },
    "tools": [{"type": "function", "name": "get_weather", "description": "Weather", "parameters": {"type": "object"}}],
    "tool_choice": "auto",
    "temperature": 0.8,
    "max_response_output_tokens": "inf",
    "speed": 1.1,
    "tracing": "auto",
}
_RESPONSE = {
    "id": "resp_001",
    "object": "realtime.response",
    "status": "completed",
    "status_details": None,
    "output": [{**_ITEM, "role": "assistant", "content": [{"type": "text", "text": "Sure."}]}],
    "conversation_id": "conv_1",
    "modalities": ["text"],
    "metadata": {"topic": "weather"},
    "voice": "alloy",
    "temperature": 0.8,
    "max_output_tokens": 4096,
    "output_audio_format": "pcm16",
    "usage": {
        "total_tokens": 12,
        "input_tokens": 5,
        "output_tokens": 7,
        "input_token_details": {"cached_tokens": 0, "text_tokens": 5, "audio_tokens": 0},
        "output_token_details": {"text_tokens": 7, "audio_tokens": 0},
    },
}
_STREAM = {"response_id": "resp_001", "item_id": "msg_007", "output_index": 0, "content_index": 0}

# (class name, payload): every server event of 1.102.0's `RealtimeServerEvent`, in its order.
SERVER_EVENTS: List[Tuple[str, Dict[str, Any]]] = [
    (
        "ConversationCreatedEvent",
        {
            "event_id": "e1",
            "type": "conversation.created",
            "conversation": {"id": "conv_1", "object": "realtime.conversation"},
        },
    ),
    (
        "ConversationItemCreatedEvent",
        {"event_id": "e2", "type": "conversation.item.created", "previous_item_id": "msg_002", "item": _ITEM},
    ),
    ("ConversationItemDeletedEvent", {"event_id": "e3", "type": "conversation.item.deleted", "item_id": "msg_005"}),
    (
        "ConversationItemInputAudioTranscriptionCompletedEvent",
        {
            "event_id": "e4",
            "type": "conversation.item.input_audio_transcription.completed",
            "item_id": "msg_003",
            "content_index": 0,
            "transcript": "Hello, how are you?",
            "usage": {
                "type": "tokens",
                "total_tokens": 22,
                "input_tokens": 13,
                "output_tokens": 9,
                "input_token_details": {"text_tokens": 0, "audio_tokens": 13},
            },
            "logprobs": [{"token": "Hello", "logprob": -0.1, "bytes": [72, 101]}],
        },
    ),
    (
        "ConversationItemInputAudioTranscriptionDeltaEvent",
        {
            "event_id": "e5",
            "type": "conversation.item.input_audio_transcription.delta",
            "item_id": "msg_003",
            "content_index": 0,
            "delta": "Hel",
            "logprobs": [{"token": "Hel", "logprob": -0.2, "bytes": [72]}],
        },
    ),
    (
        "ConversationItemInputAudioTranscriptionFailedEvent",
        {
            "event_id": "e6",
            "type": "conversation.item.input_audio_transcription.failed",
            "item_id": "msg_003",
            "content_index": 0,
            "error": {
                "type": "transcription_error",
                "code": "audio_unintelligible",
                "message": "No speech",
                "param": None,
            },
        },
    ),
    ("ConversationItemRetrieved", {"event_id": "e7", "type": "conversation.item.retrieved", "item": _ITEM}),
    (
        "ConversationItemTruncatedEvent",
        {
            "event_id": "e8",
            "type": "conversation.item.truncated",
            "item_id": "msg_004",
            "content_index": 0,
            "audio_end_ms": 1500,
        },
    ),
    (
        "ErrorEvent",
        {
            "event_id": "e9",
            "type": "error",
            "error": {
                "type": "invalid_request_error",
                "code": "invalid_event",
                "message": "Bad",
                "param": None,
                "event_id": "c1",
            },
        },
    ),
    ("InputAudioBufferClearedEvent", {"event_id": "e10", "type": "input_audio_buffer.cleared"}),
    (
        "InputAudioBufferCommittedEvent",
        {
            "event_id": "e11",
            "type": "input_audio_buffer.committed",
            "previous_item_id": "msg_001",
            "item_id": "msg_002",
        },
    ),
    (
        "InputAudioBufferSpeechStartedEvent",
        {"event_id": "e12", "type": "input_audio_buffer.speech_started", "audio_start_ms": 1000, "item_id": "msg_003"},
    ),
    (
        "InputAudioBufferSpeechStoppedEvent",
        {"event_id": "e13", "type": "input_audio_buffer.speech_stopped", "audio_end_ms": 2000, "item_id": "msg_003"},
    ),
    (
        "RateLimitsUpdatedEvent",
        {
            "event_id": "e14",
            "type": "rate_limits.updated",
            "rate_limits": [
                {"name": "requests", "limit": 1000, "remaining": 999, "reset_seconds": 60},
                {"name": "tokens", "limit": 50000, "remaining": 49950, "reset_seconds": 60.5},
            ],
        },
    ),
    ("ResponseAudioDeltaEvent", {"event_id": "e15", "type": "response.audio.delta", **_STREAM, "delta": "Base64=="}),
    ("ResponseAudioDoneEvent", {"event_id": "e16", "type": "response.audio.done", **_STREAM}),
    (
        "ResponseAudioTranscriptDeltaEvent",
        {"event_id": "e17", "type": "response.audio_transcript.delta", **_STREAM, "delta": "Hel"},
    ),
    (
        "ResponseAudioTranscriptDoneEvent",
        {"event_id": "e18", "type": "response.audio_transcript.done", **_STREAM, "transcript": "Hello."},
    ),
    (
        "ResponseContentPartAddedEvent",
        {"event_id": "e19", "type": "response.content_part.added", **_STREAM, "part": {"type": "text", "text": ""}},
    ),
    (
        "ResponseContentPartDoneEvent",
        {
            "event_id": "e20",
            "type": "response.content_part.done",
            **_STREAM,
            "part": {"type": "audio", "audio": "AAAA", "transcript": "Hello."},
        },
    ),
    (
        "ResponseCreatedEvent",
        {
            "event_id": "e21",
            "type": "response.created",
            "response": {"id": "resp_001", "object": "realtime.response", "status": "in_progress", "output": []},
        },
    ),
    ("ResponseDoneEvent", {"event_id": "e22", "type": "response.done", "response": _RESPONSE}),
    (
        "ResponseFunctionCallArgumentsDeltaEvent",
        {
            "event_id": "e23",
            "type": "response.function_call_arguments.delta",
            "response_id": "resp_002",
            "item_id": "item_2",
            "output_index": 0,
            "call_id": "call_1",
            "delta": '{"loc',
        },
    ),
    (
        "ResponseFunctionCallArgumentsDoneEvent",
        {
            "event_id": "e24",
            "type": "response.function_call_arguments.done",
            "response_id": "resp_002",
            "item_id": "item_2",
            "output_index": 0,
            "call_id": "call_1",
            "arguments": '{"location": "Paris"}',
        },
    ),
    (
        "ResponseOutputItemAddedEvent",
        {
            "event_id": "e25",
            "type": "response.output_item.added",
            "response_id": "resp_002",
            "output_index": 0,
            "item": _CALL,
        },
    ),
    (
        "ResponseOutputItemDoneEvent",
        {
            "event_id": "e26",
            "type": "response.output_item.done",
            "response_id": "resp_002",
            "output_index": 1,
            "item": {**_CALL, "status": "completed", "arguments": '{"location": "Paris"}'},
        },
    ),
    ("ResponseTextDeltaEvent", {"event_id": "e27", "type": "response.text.delta", **_STREAM, "delta": "Sure, I can h"}),
    (
        "ResponseTextDoneEvent",
        {"event_id": "e28", "type": "response.text.done", **_STREAM, "text": "Sure, I can help."},
    ),
    ("SessionCreatedEvent", {"event_id": "e29", "type": "session.created", "session": _SESSION}),
    (
        "SessionUpdatedEvent",
        {"event_id": "e30", "type": "session.updated", "session": {**_SESSION, "tracing": {"workflow_name": "w"}}},
    ),
    (
        "TranscriptionSessionUpdatedEvent",
        {
            "event_id": "e31",
            "type": "transcription_session.updated",
            "session": {
                "client_secret": {"value": "ek_1", "expires_at": 1700000000},
                "input_audio_format": "pcm16",
                "input_audio_transcription": {"model": "gpt-4o-transcribe", "language": "en", "prompt": ""},
                "modalities": ["text"],
                "turn_detection": {
                    "type": "server_vad",
                    "threshold": 0.5,
                    "prefix_padding_ms": 300,
                    "silence_duration_ms": 500,
                },
            },
        },
    ),
    ("OutputAudioBufferStarted", {"event_id": "e32", "type": "output_audio_buffer.started", "response_id": "resp_001"}),
    ("OutputAudioBufferStopped", {"event_id": "e33", "type": "output_audio_buffer.stopped", "response_id": "resp_001"}),
    ("OutputAudioBufferCleared", {"event_id": "e34", "type": "output_audio_buffer.cleared", "response_id": "resp_001"}),
]


def _parse(data: Any) -> Any:
    # `parse_event` reads nothing from the socket: a connection around a stand-in will do.
    return RealtimeConnection(cast(Any, object())).parse_event(data)


def test_the_payloads_cover_every_server_event_type() -> None:
    members = get_args(get_args(RealtimeServerEvent)[0])
    assert [m.__name__ for m in members] == [name for name, _ in SERVER_EVENTS]


@pytest.mark.parametrize(("class_name", "payload"), SERVER_EVENTS, ids=[p["type"] for _, p in SERVER_EVENTS])
def test_each_event_parses_as_its_class_with_every_field(class_name: str, payload: Dict[str, Any]) -> None:
    event = _parse(json.dumps(payload))
    assert type(event).__name__ == class_name
    assert event.model_dump(exclude_unset=True) == payload
    # Complete payloads validate as the model; `parse_event` found the same class.
    assert type(event).model_validate(payload).model_dump() == event.model_dump()


def test_nested_values_are_models() -> None:
    event = _parse(json.dumps(dict(SERVER_EVENTS)["ResponseDoneEvent"]))
    assert type(event.response.output[0].content[0]).__name__ == "ConversationItemContent"
    assert event.response.usage.input_token_details.cached_tokens == 0
    session = _parse(json.dumps(dict(SERVER_EVENTS)["SessionCreatedEvent"])).session
    assert session.turn_detection.silence_duration_ms == 200 and session.tools[0].name == "get_weather"


def test_parse_event_takes_bytes_and_keeps_unknown_keys() -> None:
    event = _parse(b'{"type": "input_audio_buffer.cleared", "event_id": "e", "new_field": [1]}')
    assert type(event).__name__ == "InputAudioBufferClearedEvent"
    assert event.new_field == [1] and event.to_dict() == {
        "type": "input_audio_buffer.cleared",
        "event_id": "e",
        "new_field": [1],
    }
