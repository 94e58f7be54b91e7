"""`audio.speech`, `audio.transcriptions` and `audio.translations` on the wire (respx), sync and async.

Speech: a JSON request, binary audio back, and streaming it to a file without holding it in
memory. Transcriptions and translations: multipart uploads (every file form), a result type that
follows `response_format` (a model, or the text itself as `str`), and streamed transcript events.
"""

from __future__ import annotations

import json
import pathlib
from contextlib import ExitStack
from typing import Any, AsyncIterator, Dict

import pytest
import respx

import openai
from openai import HttpxBinaryResponseContent
from openai._response import APIResponse, AsyncAPIResponse, LegacyAPIResponse
from openai.types.audio import (
    Transcription,
    TranscriptionTextDeltaEvent,
    TranscriptionTextDoneEvent,
    TranscriptionVerbose,
    Translation,
    TranslationVerbose,
)
from tests.utils import API_KEY, BASE_URL, run
from tests.utils.multipart import FILE_FORMS, file_arg, file_parts, form_fields
from tests.utils.servers import BODY, CHUNKS, Server, collect, not_buffered, sse

pytestmark = [pytest.mark.anyio, pytest.mark.respx(base_url=BASE_URL)]

MP3 = b"ID3\x03\x00" + bytes(range(256)) * 4
SEGMENT = {
    "id": 0,
    "seek": 0,
    "start": 0.0,
    "end": 1.5,
    "text": "Hello there.",
    "tokens": [1, 2],
    "temperature": 0.0,
    "avg_logprob": -0.2,
    "compression_ratio": 1.1,
    "no_speech_prob": 0.01,
}
VERBOSE = {"text": "Hello there.", "language": "english", "duration": 1.5, "segments": [SEGMENT]}
WORDS = [{"word": "Hello", "start": 0.0, "end": 0.6}, {"word": "there", "start": 0.7, "end": 1.4}]
SRT = "1\n00:00:00,000 --> 00:00:01,500\nHello there.\n\n"
VTT = "WEBVTT\n\n00:00:00.000 --> 00:00:01.500\nHello there.\n\n"
TEXT_REPLIES = {"text": "Hello there.\n", "srt": SRT, "vtt": VTT}


@pytest.fixture
def mp3(tmp_path: pathlib.Path) -> pathlib.Path:
    path = tmp_path / "greeting.mp3"
    path.write_bytes(MP3)
    return path


@pytest.fixture(params=["sync", "async"])
async def strict_api(request: pytest.FixtureRequest) -> AsyncIterator[Any]:
    """A client that raises instead of keeping a body that does not fit the expected type: a
    result type picked wrongly cannot pass as the text it fell back to."""
    if request.param == "sync":
        with openai.OpenAI(api_key=API_KEY, base_url=BASE_URL, _strict_response_validation=True) as client:
            yield client
    else:
        async with openai.AsyncOpenAI(api_key=API_KEY, base_url=BASE_URL, _strict_response_validation=True) as client:
            yield client


@pytest.fixture
def server(respx_mock: respx.MockRouter) -> Server:
    """Serves the speech audio as many chunks, counting how many the client pulled."""
    server = Server()
    respx_mock.post("/audio/speech").mock(side_effect=server.respond)
    return server


def reply_for(respx_mock: respx.MockRouter, path: str, response_format: str, json_reply: Dict[str, Any]) -> respx.Route:
    """What the API answers for `response_format`: JSON for json/verbose_json, plain text otherwise."""
    if response_format in TEXT_REPLIES:
        headers = {"content-type": "text/plain; charset=utf-8"}
        return respx_mock.post(path).respond(text=TEXT_REPLIES[response_format], headers=headers)
    return respx_mock.post(path).respond(json=json_reply)


# ----------------------------------------------------------------------------- speech


async def test_speech_sends_json_and_returns_binary_audio(api: Any, respx_mock: respx.MockRouter) -> None:
    route = respx_mock.post("/audio/speech").respond(content=MP3, headers={"content-type": "audio/mpeg"})
    params = {"input": "Hello there.", "model": "gpt-4o-mini-tts", "voice": "coral", "instructions": "Cheerful."}
    audio = await run(api.audio.speech.create(**params, response_format="mp3", speed=1.25, stream_format="audio"))
    request = route.calls.last.request
    assert request.headers["accept"] == "application/octet-stream"
    assert json.loads(request.content) == {**params, "response_format": "mp3", "speed": 1.25, "stream_format": "audio"}
    assert isinstance(audio, HttpxBinaryResponseContent)
    assert audio.content == MP3


def test_speech_streamed_to_a_file_chunk_by_chunk(
    client: openai.OpenAI, server: Server, tmp_path: pathlib.Path
) -> None:
    target = tmp_path / "speech.mp3"
    with client.audio.speech.with_streaming_response.create(input="Hi", model="tts-1", voice="alloy") as response:
        assert isinstance(response, APIResponse)
        assert server.pulled == 0  # nothing read before we ask
        response.stream_to_file(target)
    assert target.read_bytes() == BODY and server.pulled == len(CHUNKS)
    assert not_buffered(response.http_response) and response.is_closed


async def test_async_speech_streamed_to_a_file_chunk_by_chunk(
    async_client: openai.AsyncOpenAI, server: Server, tmp_path: pathlib.Path
) -> None:
    target = tmp_path / "speech.mp3"
    speech = async_client.audio.speech
    async with speech.with_streaming_response.create(input="Hi", model="tts-1", voice="alloy") as response:
        assert isinstance(response, AsyncAPIResponse)
        assert server.pulled == 0
        await response.stream_to_file(target)
    assert target.read_bytes() == BODY and server.pulled == len(CHUNKS)
    assert not_buffered(response.http_response) and response.is_closed


async def test_speech_with_raw_response_through_the_client_view(api: Any, respx_mock: respx.MockRouter) -> None:
    respx_mock.post("/audio/speech").respond(content=MP3, headers={"x-request-id": "req_tts"})
    response = await run(api.with_raw_response.audio.speech.create(input="Hi", model="tts-1", voice="alloy"))
    assert isinstance(response, LegacyAPIResponse) and response.request_id == "req_tts"
    assert response.parse().content == MP3


# ----------------------------------------------------------------------------- transcriptions


@pytest.mark.parametrize("form", FILE_FORMS)
async def test_transcription_uploads_the_file_in_every_form(
    api: Any, respx_mock: respx.MockRouter, mp3: pathlib.Path, form: str
) -> None:
    route = respx_mock.post("/audio/transcriptions").respond(json={"text": "Hello there."})
    with ExitStack() as stack:
        file, filename, content_type = file_arg(form, mp3, stack)
        result = await run(api.audio.transcriptions.create(file=file, model="whisper-1"))
        [part] = file_parts(route.calls.last.request)
    assert (part.name, part.filename, part.content_type, part.content) == ("file", filename, content_type, MP3)
    assert form_fields(route.calls.last.request) == {"model": ["whisper-1"]}
    assert isinstance(result, Transcription) and result.text == "Hello there."


async def test_transcription_sends_every_param_as_a_form_field(api: Any, respx_mock: respx.MockRouter) -> None:
    route = respx_mock.post("/audio/transcriptions").respond(json=VERBOSE)
    await run(
        api.audio.transcriptions.create(
            file=("greeting.mp3", MP3),
            model="whisper-1",
            chunking_strategy={"type": "server_vad", "threshold": 0.5, "silence_duration_ms": 300},
            include=["logprobs"],
            language="en",
            prompt="A greeting.",
            response_format="verbose_json",
            temperature=0.2,
            timestamp_granularities=["word", "segment"],
        )
    )
    assert form_fields(route.calls.last.request) == {
        "model": ["whisper-1"],
        "chunking_strategy[type]": ["server_vad"],
        "chunking_strategy[threshold]": ["0.5"],
        "chunking_strategy[silence_duration_ms]": ["300"],
        "include[]": ["logprobs"],
        "language": ["en"],
        "prompt": ["A greeting."],
        "response_format": ["verbose_json"],
        "temperature": ["0.2"],
        "timestamp_granularities[]": ["word", "segment"],
    }


async def test_transcription_stream_yields_delta_then_done_events(api: Any, respx_mock: respx.MockRouter) -> None:
    usage = {"type": "tokens", "input_tokens": 14, "output_tokens": 3, "total_tokens": 17}
    events = [
        {
            "type": "transcript.text.delta",
            "delta": "Hello",
            "logprobs": [{"token": "Hello", "logprob": -0.1, "bytes": [72]}],
        },
        {"type": "transcript.text.delta", "delta": " there."},
        {"type": "transcript.text.done", "text": "Hello there.", "usage": usage},
    ]
    route = respx_mock.post("/audio/transcriptions").mock(return_value=sse(*events))
    stream = await run(
        api.audio.transcriptions.create(file=MP3, model="gpt-4o-transcribe", stream=True, include=["logprobs"])
    )
    received = await collect(stream)
    fields = form_fields(route.calls.last.request)
    assert fields["stream"] == ["true"] and fields["include[]"] == ["logprobs"]
    assert [type(e) for e in received] == [
        TranscriptionTextDeltaEvent,
        TranscriptionTextDeltaEvent,
        TranscriptionTextDoneEvent,
    ]
    assert "".join(e.delta for e in received[:2]) == received[2].text == "Hello there."
    assert received[0].logprobs[0].bytes == [72] and received[2].usage.total_tokens == 17
    assert stream.response.is_closed


async def test_transcription_raw_response_parses_text_to_str(api: Any, respx_mock: respx.MockRouter) -> None:
    reply_for(respx_mock, "/audio/transcriptions", "srt", {})
    transcriptions = api.audio.transcriptions.with_raw_response
    response = await run(transcriptions.create(file=MP3, model="whisper-1", response_format="srt"))
    assert response.parse() == SRT


# ----------------------------------------------------------------------------- translations


async def test_translation_uploads_the_file_and_fields(
    api: Any, respx_mock: respx.MockRouter, mp3: pathlib.Path
) -> None:
    route = respx_mock.post("/audio/translations").respond(json={"text": "Hello there."})
    result = await run(api.audio.translations.create(file=mp3, model="whisper-1", prompt="A greeting.", temperature=0))
    request = route.calls.last.request
    assert [(p.name, p.filename, p.content_type, p.content) for p in file_parts(request)] == [
        ("file", "greeting.mp3", "audio/mpeg", MP3)
    ]
    assert form_fields(request) == {"model": ["whisper-1"], "prompt": ["A greeting."], "temperature": ["0"]}
    assert isinstance(result, Translation) and result.text == "Hello there."


# ----------------------------------------------------------------------------- result types


RESULT_TYPES = [
    ("transcriptions", "json", Transcription),
    ("transcriptions", "verbose_json", TranscriptionVerbose),
    ("translations", "json", Translation),
    ("translations", "verbose_json", TranslationVerbose),
    *[(resource, text_format, str) for resource in ("transcriptions", "translations") for text_format in TEXT_REPLIES],
]


@pytest.mark.parametrize("resource, response_format, expected", RESULT_TYPES)
async def test_result_type_follows_response_format(
    strict_api: Any, respx_mock: respx.MockRouter, resource: str, response_format: str, expected: type
) -> None:
    route = reply_for(respx_mock, f"/audio/{resource}", response_format, {**VERBOSE, "words": WORDS})
    create = getattr(strict_api.audio, resource).create
    result = await run(create(file=MP3, model="whisper-1", response_format=response_format))
    assert form_fields(route.calls.last.request)["response_format"] == [response_format]
    assert type(result) is expected
    if expected is str:
        assert result == TEXT_REPLIES[response_format]
        return
    assert result.text == "Hello there."
    if response_format == "verbose_json":
        assert result.language == "english" and result.segments[0].end == 1.5
    if expected is TranscriptionVerbose:
        assert [word.word for word in result.words] == ["Hello", "there"]


# ----------------------------------------------------------------------------- arguments


@pytest.mark.parametrize(
    "call, error",
    [
        pytest.param(
            lambda audio: audio.speech.create(input="x", model="tts-1"),
            r"missing\ 1\ required\ keyword\-only\ argument:\ 'voice'",
            id="no-voice",
        ),
        pytest.param(
            lambda audio: audio.speech.create(input="x", model="tts-1", voice="alloy", stream=True),
            "unexpected keyword argument 'stream'",
            id="speech-stream",
        ),
        pytest.param(
            lambda audio: audio.transcriptions.create(model="whisper-1"),
            r"Missing\ required\ arguments;\ Expected\ either\ \('file'\ and\ 'model'\)\ or\ \('file',\ 'model'\ and\ 'stream'\)\ arguments\ to\ be\ given",
            id="no-file",
        ),
        pytest.param(
            lambda audio: audio.transcriptions.create(file=MP3, model="whisper-1", languag="en"),
            "did you mean `language`",
            id="typo",
        ),
        pytest.param(
            lambda audio: audio.translations.create(file=MP3, model="whisper-1", stream=True),
            "unexpected keyword argument 'stream'",
            id="translate-stream",
        ),
    ],
)
async def test_bad_arguments_raise_before_sending(
    api: Any, respx_mock: respx.MockRouter, call: Any, error: str
) -> None:
    with pytest.raises(TypeError, match=error):
        await run(call(api.audio))
    assert not respx_mock.calls


@pytest.mark.parametrize("resource", ["transcriptions", "translations"])
async def test_a_file_given_as_a_str_raises_the_official_runtime_error(
    api: Any, respx_mock: respx.MockRouter, resource: str
) -> None:
    with pytest.raises(RuntimeError, match="^Expected entry at `file` .* received <class 'str'> instead"):
        await run(getattr(api.audio, resource).create(file="a.mp3", model="whisper-1"))
    assert not respx_mock.calls
