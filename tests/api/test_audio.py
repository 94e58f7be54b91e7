"""`audio.*` against the Prism mock server, each test on the sync and the async client.

Prism validates the JSON body of `speech.create` and the multipart forms of transcriptions and
translations (422 on a bad field, see `test_prism_rejects_an_invalid_response_format`).

What Prism cannot do here:
- Answer in the requested format: it always sends the JSON example, so a `text`/`srt` request
  gives that JSON as the text (still a `str`, as asked), and `verbose_json` is filled loosely
  from the plain JSON shape. Real text and verbose bodies are tested with respx in
  tests/test_audio.py.
- Stream transcripts: it answers `stream=True` with JSON; the streaming test only shows that the
  request is accepted and the stream gives its connection back.
"""

from __future__ import annotations

import pathlib
from typing import Any

import pytest

import openai
from openai import AsyncStream, HttpxBinaryResponseContent, Stream
from openai.types.audio import (
    Transcription,
    TranscriptionStreamEvent,
    TranscriptionVerbose,
    Translation,
    TranslationVerbose,
)
from tests.utils import run

pytestmark = pytest.mark.anyio

MP3 = b"ID3\x03\x00" + bytes(128)
AUDIO = ("greeting.mp3", MP3, "audio/mpeg")
SPEECH: Any = {"input": "Hello there.", "model": "gpt-4o-mini-tts", "voice": "coral"}
ALL_TRANSCRIPTION_PARAMS: Any = {
    "file": AUDIO,
    "model": "gpt-4o-transcribe",
    "chunking_strategy": {"type": "server_vad", "threshold": 0.5, "prefix_padding_ms": 300, "silence_duration_ms": 200},
    "include": ["logprobs"],
    "language": "en",
    "prompt": "A greeting.",
    "response_format": "json",
    "temperature": 0.2,
    "timestamp_granularities": ["word", "segment"],
}


async def test_speech_with_required_params(prism: Any) -> None:
    audio = await run(prism.audio.speech.create(**SPEECH))
    assert isinstance(audio, HttpxBinaryResponseContent) and audio.content


async def test_speech_with_all_params(prism: Any) -> None:
    params = {"instructions": "Cheerful.", "response_format": "wav", "speed": 1.5, "stream_format": "audio"}
    audio = await run(prism.audio.speech.create(**SPEECH, **params))
    assert isinstance(audio, HttpxBinaryResponseContent) and audio.content


def test_speech_streamed_to_a_file(prism_client: openai.OpenAI, tmp_path: pathlib.Path) -> None:
    target = tmp_path / "speech.mp3"
    with prism_client.audio.speech.with_streaming_response.create(**SPEECH) as response:
        response.stream_to_file(target)
    assert target.stat().st_size > 0 and response.is_closed


async def test_async_speech_streamed_to_a_file(prism_async_client: openai.AsyncOpenAI, tmp_path: pathlib.Path) -> None:
    target = tmp_path / "speech.mp3"
    async with prism_async_client.audio.speech.with_streaming_response.create(**SPEECH) as response:
        await response.stream_to_file(target)
    assert target.stat().st_size > 0 and response.is_closed


async def test_transcription_with_required_params(prism: Any, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "greeting.mp3"
    path.write_bytes(MP3)
    result = await run(prism.audio.transcriptions.create(file=path, model="whisper-1"))
    assert isinstance(result, Transcription) and isinstance(result.text, str)


async def test_transcription_with_all_params(prism: Any) -> None:
    result = await run(prism.audio.transcriptions.create(**ALL_TRANSCRIPTION_PARAMS, stream=False))
    assert isinstance(result, Transcription) and isinstance(result.text, str)


@pytest.mark.parametrize("response_format, expected", [("verbose_json", TranscriptionVerbose), ("srt", str)])
async def test_transcription_result_type(prism: Any, response_format: str, expected: type) -> None:
    result = await run(
        prism.audio.transcriptions.create(file=AUDIO, model="whisper-1", response_format=response_format)
    )
    assert type(result) is expected


async def test_transcription_chunking_auto_and_stream_is_accepted(prism: Any) -> None:
    params = {"file": AUDIO, "model": "gpt-4o-mini-transcribe", "chunking_strategy": "auto"}
    stream = await run(prism.audio.transcriptions.create(**params, stream=True))
    assert isinstance(stream, (Stream, AsyncStream)) and stream._cast_to is TranscriptionStreamEvent
    assert stream.response.status_code == 200
    await run(stream.close())
    assert stream.response.is_closed


async def test_translation_with_required_params(prism: Any) -> None:
    result = await run(prism.audio.translations.create(file=AUDIO, model="whisper-1"))
    assert isinstance(result, Translation) and isinstance(result.text, str)


@pytest.mark.parametrize("response_format, expected", [("verbose_json", TranslationVerbose), ("vtt", str)])
async def test_translation_with_all_params(prism: Any, response_format: str, expected: type) -> None:
    params = {"prompt": "A greeting.", "temperature": 0.1, "response_format": response_format}
    result = await run(prism.audio.translations.create(file=AUDIO, model="whisper-1", **params))
    assert type(result) is expected


async def test_prism_rejects_an_invalid_response_format(prism: Any) -> None:
    with pytest.raises(openai.UnprocessableEntityError):
        await run(prism.audio.transcriptions.create(file=AUDIO, model="whisper-1", response_format="docx"))


async def test_transcription_with_raw_response(prism: Any) -> None:
    response = await run(prism.audio.transcriptions.with_raw_response.create(file=AUDIO, model="whisper-1"))
    assert response.status_code == 200 and response.http_request.headers["content-type"].startswith(
        "multipart/form-data"
    )
    assert isinstance(response.parse(), Transcription)
