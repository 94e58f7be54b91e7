"""Completions, embeddings, moderations, images and audio against the fake."""

from __future__ import annotations

import base64
import math
import struct
from typing import Any

import pytest

import openai
from openai.testing import FakeOpenAI
from tests.utils import run
from tests.utils.requests import collect

pytestmark = pytest.mark.anyio


async def test_completions_plain_echo_n_and_stream(oai: Any) -> None:
    completion = await run(oai.completions.create(model="gpt-3.5-turbo-instruct", prompt="Say hi"))
    assert completion.object == "text_completion" and completion.choices[0].text == "Fake reply to: Say hi"
    assert completion.usage.prompt_tokens == 2
    echoed = await run(oai.completions.create(model="gpt-3.5-turbo-instruct", prompt="Say hi", echo=True, n=2))
    assert [c.text for c in echoed.choices] == ["Say hiFake reply to: Say hi"] * 2
    chunks = await collect(
        await run(
            oai.completions.create(
                model="gpt-3.5-turbo-instruct", prompt="Say hi", stream=True, stream_options={"include_usage": True}
            )
        )
    )
    assert "".join(c.choices[0].text for c in chunks if c.choices) == "Fake reply to: Say hi"
    assert chunks[-2].choices[0].finish_reason == "stop" and chunks[-1].usage.total_tokens > 0


async def test_embeddings_are_deterministic_unit_vectors_of_the_model_dimension(oai: Any) -> None:
    result = await run(oai.embeddings.create(model="text-embedding-3-small", input=["cat", "dog", "cat"]))
    vectors = [d.embedding for d in result.data]
    assert [d.index for d in result.data] == [0, 1, 2] and len(vectors[0]) == 1536
    assert vectors[0] == vectors[2] and vectors[0] != vectors[1]
    assert math.isclose(sum(v * v for v in vectors[0]), 1.0, rel_tol=1e-5)
    assert result.usage.prompt_tokens == 3
    large = await run(oai.embeddings.create(model="text-embedding-3-large", input="cat"))
    assert len(large.data[0].embedding) == 3072


async def test_embeddings_dimensions_and_base64(oai: Any) -> None:
    floats = await run(oai.embeddings.create(model="text-embedding-3-small", input="cat", dimensions=8))
    assert len(floats.data[0].embedding) == 8
    # The client asks for base64 on the wire and decodes it; the raw body shows what was sent.
    raw = await run(
        oai.embeddings.with_raw_response.create(
            model="text-embedding-3-small", input="cat", dimensions=8, encoding_format="base64"
        )
    )
    encoded = raw.http_response.json()["data"][0]["embedding"]
    assert list(struct.unpack("<8f", base64.b64decode(encoded))) == floats.data[0].embedding


async def test_embeddings_reject_empty_input(oai: Any) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        await run(oai.embeddings.create(model="text-embedding-3-small", input=""))
    assert info.value.param == "input"


async def test_moderations_flag_trigger_words(oai: Any) -> None:
    result = await run(oai.moderations.create(input=["I will kill it", "nice day"]))
    assert [r.flagged for r in result.results] == [True, False]
    assert result.results[0].categories.violence and result.results[0].category_scores.violence > 0.5
    assert result.id.startswith("modr-") and result.model == "omni-moderation-latest"


async def test_images_generate_url_or_png(oai: Any) -> None:
    urls = await run(oai.images.generate(prompt="a cat", n=2))
    assert len(urls.data) == 2 and all(d.url and d.url.endswith(".png") for d in urls.data)
    b64 = await run(oai.images.generate(prompt="a cat", model="gpt-image-1"))
    assert base64.b64decode(b64.data[0].b64_json or "").startswith(b"\x89PNG") and b64.usage is not None
    dalle3 = await run(oai.images.generate(prompt="a cat", model="dall-e-3", response_format="b64_json"))
    assert dalle3.data[0].revised_prompt == "a cat" and dalle3.data[0].b64_json


async def test_images_edit_and_variation_take_uploads(oai: Any, openai_fake: FakeOpenAI) -> None:
    png = b"\x89PNG\r\n\x1a\nfake"
    edited = await run(oai.images.edit(image=("in.png", png, "image/png"), prompt="add a hat", response_format="url"))
    assert edited.data[0].url
    assert openai_fake.last_request.body["image"].content == png
    varied = await run(oai.images.create_variation(image=("in.png", png, "image/png"), n=3))
    assert len(varied.data) == 3


async def test_images_reject_bad_n(oai: Any) -> None:
    with pytest.raises(openai.BadRequestError):
        await run(oai.images.generate(prompt="a cat", n=11))


@pytest.mark.parametrize(
    ("fmt", "content_type"), [("mp3", "audio/mpeg"), ("wav", "audio/wav"), ("opus", "audio/opus"), ("pcm", "audio/pcm")]
)
async def test_speech_bytes_and_content_type(oai: Any, fmt: str, content_type: str) -> None:
    speech = await run(oai.audio.speech.create(model="tts-1", voice="alloy", input="Hello", response_format=fmt))
    assert speech.response.headers["content-type"] == content_type
    content = speech.content
    assert len(content) > 100
    if fmt == "wav":
        assert content[:4] == b"RIFF" and content[8:12] == b"WAVE"


async def test_transcription_formats(oai: Any, openai_fake: FakeOpenAI) -> None:
    audio = ("talk.mp3", b"ID3...", "audio/mpeg")
    plain = await run(oai.audio.transcriptions.create(model="whisper-1", file=audio))
    assert plain.text == "Fake transcription of talk.mp3."
    text = await run(oai.audio.transcriptions.create(model="whisper-1", file=audio, response_format="text"))
    assert text.strip() == "Fake transcription of talk.mp3."
    srt = await run(oai.audio.transcriptions.create(model="whisper-1", file=audio, response_format="srt"))
    assert srt.startswith("1\n00:00:00,000 --> ")
    vtt = await run(oai.audio.transcriptions.create(model="whisper-1", file=audio, response_format="vtt"))
    assert vtt.startswith("WEBVTT")
    openai_fake.queue_reply("hello big world", endpoint="audio.transcriptions")
    verbose = await run(
        oai.audio.transcriptions.create(
            model="whisper-1", file=audio, response_format="verbose_json", timestamp_granularities=["word", "segment"]
        )
    )
    assert verbose.text == "hello big world" and [w.word for w in verbose.words] == ["hello", "big", "world"]
    assert verbose.segments[0].text == "hello big world"


async def test_transcription_stream(oai: Any) -> None:
    events = await collect(
        await run(oai.audio.transcriptions.create(model="gpt-4o-transcribe", file=("a.wav", b"RIFF"), stream=True))
    )
    assert [e.type for e in events][-1] == "transcript.text.done"
    assert "".join(e.delta for e in events if e.type == "transcript.text.delta") == events[-1].text


async def test_translation(oai: Any) -> None:
    result = await run(oai.audio.translations.create(model="whisper-1", file=("fr.mp3", b"ID3")))
    assert result.text == "Fake transcription of fr.mp3."
