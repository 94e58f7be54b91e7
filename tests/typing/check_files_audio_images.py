"""Uploads, binary content, audio (result type follows `response_format`), images, embeddings."""

from __future__ import annotations

from pathlib import Path
from typing import List, Union

from typing_extensions import assert_type

from openai import OpenAI, Stream
from openai._legacy_response import HttpxBinaryResponseContent, LegacyAPIResponse
from openai.types import (
    CreateEmbeddingResponse,
    FileDeleted,
    FileObject,
    ImageGenStreamEvent,
    ImagesResponse,
    Moderation,
    ModerationCreateResponse,
)
from openai.types.audio import Transcription, TranscriptionStreamEvent, TranscriptionVerbose, Translation

client = OpenAI(api_key="sk-test")


def files(path: Path) -> None:
    uploaded = client.files.create(file=path, purpose="assistants")
    assert_type(uploaded, FileObject)
    from_bytes = client.files.create(file=("data.jsonl", b"{}", "application/jsonl"), purpose="batch")
    assert_type(from_bytes.id, str)
    content = client.files.content(uploaded.id)
    assert_type(content, HttpxBinaryResponseContent)
    assert_type(content.read(), bytes)
    content.write_to_file(path)
    assert_type(client.files.delete(uploaded.id), FileDeleted)
    assert_type(client.files.wait_for_processing(uploaded.id), FileObject)

    raw = client.files.with_raw_response.content(uploaded.id)
    assert_type(raw, LegacyAPIResponse[HttpxBinaryResponseContent])
    with client.files.with_streaming_response.content(uploaded.id) as response:
        response.stream_to_file(path)
        for chunk in response.iter_bytes():
            assert_type(chunk, bytes)


def audio(path: Path, stream: bool) -> None:
    with path.open("rb") as f:
        transcription = client.audio.transcriptions.create(model="whisper-1", file=f)
    assert_type(transcription, Transcription)
    verbose = client.audio.transcriptions.create(model="whisper-1", file=path, response_format="verbose_json")
    assert_type(verbose, TranscriptionVerbose)
    text = client.audio.transcriptions.create(model="whisper-1", file=path, response_format="text")
    assert_type(text, str)
    events = client.audio.transcriptions.create(model="gpt-4o-transcribe", file=path, stream=True)
    assert_type(events, Stream[TranscriptionStreamEvent])
    either = client.audio.transcriptions.create(model="gpt-4o-transcribe", file=path, stream=stream)
    assert_type(either, Union[Transcription, TranscriptionVerbose, Stream[TranscriptionStreamEvent]])
    assert_type(client.audio.translations.create(model="whisper-1", file=path), Translation)
    assert_type(client.audio.translations.create(model="whisper-1", file=path, response_format="srt"), str)

    speech = client.audio.speech.create(model="tts-1", voice="alloy", input="Hello")
    assert_type(speech, HttpxBinaryResponseContent)
    with client.audio.speech.with_streaming_response.create(model="tts-1", voice="alloy", input="Hi") as spoken:
        spoken.stream_to_file(path)


def images_and_embeddings(prompt: str, stream: bool) -> None:
    generated = client.images.generate(prompt=prompt, model="dall-e-3", size="1024x1024")
    assert_type(generated, ImagesResponse)
    partials = client.images.generate(prompt=prompt, model="gpt-image-1", stream=True, partial_images=2)
    assert_type(partials, Stream[ImageGenStreamEvent])
    either = client.images.generate(prompt=prompt, stream=stream)
    assert_type(either, Union[ImagesResponse, Stream[ImageGenStreamEvent]])

    embedded = client.embeddings.create(model="text-embedding-3-small", input=["a", "b"])
    assert_type(embedded, CreateEmbeddingResponse)
    assert_type(embedded.data[0].embedding, List[float])

    moderation = client.moderations.create(input=prompt)
    assert_type(moderation, ModerationCreateResponse)
    assert_type(moderation.results[0], Moderation)
