"""Area B (`plat:`): images and audio (multipart uploads, binary replies, SSE streams)."""

from __future__ import annotations

import io
from typing import Any, Dict, List, Sequence

import dsl
from dsl import VIEWS, Reply, scenario
from helpers import rid, tmp_dir, tmp_file
from observe import type_name
from server import sse

from scenarios.plat_files import ep

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
MASK = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR mask"
MP3 = b"ID3\x04\x00\x00\x00\x00\x00\x00\xff\xfb\x90d" + bytes(range(32))

# ----------------------------------------------------------------------------- images


def image_usage() -> Dict[str, Any]:
    return {
        "input_tokens": 50,
        "input_tokens_details": {"image_tokens": 40, "text_tokens": 10},
        "output_tokens": 4160,
        "total_tokens": 4210,
    }


def images_json(**overrides: Any) -> Dict[str, Any]:
    body: Dict[str, Any] = {
        "created": 1713833628,
        "data": [{"b64_json": "iVBORw0KGgo=", "revised_prompt": None, "url": None}],
        "background": "transparent",
        "output_format": "png",
        "quality": "high",
        "size": "1024x1024",
        "usage": image_usage(),
    }
    body.update(overrides)
    return body


def images_reply(**overrides: Any) -> Reply:
    return Reply(json_body=images_json(**overrides), headers=rid("req_images"))


DALLE = {
    "created": 1589478378,
    "data": [
        {"url": "https://example.com/img-1.png", "revised_prompt": "A cute baby sea otter floating on its back"},
        {"url": "https://example.com/img-2.png"},
    ],
}

ep("images.generate", reply=images_reply(), prompt="A cute baby sea otter")
ep(
    "images.generate",
    reply=Reply(json_body=DALLE),
    variant="dall-e-3 all params",
    views=("plain",),
    prompt="A cute baby sea otter",
    model="dall-e-3",
    n=1,
    quality="hd",
    response_format="url",
    size="1792x1024",
    style="vivid",
    user="user-1234",
)
ep(
    "images.generate",
    reply=images_reply(output_format="webp"),
    variant="gpt-image-1 all params",
    views=("plain", "raw"),
    prompt="A lighthouse at dusk, watercolor",
    background="opaque",
    model="gpt-image-1",
    moderation="low",
    n=2,
    output_compression=80,
    output_format="webp",
    quality="medium",
    size="1536x1024",
    stream=False,
)
ep(
    "images.generate",
    reply=images_reply(),
    variant="None values",
    views=("plain",),
    prompt="A red square",
    model=None,
    n=None,
    quality=None,
    size=None,
    response_format=None,
    style=None,
)


def _partial(kind: str, index: int) -> Dict[str, Any]:
    return {
        "type": f"{kind}.partial_image",
        "b64_json": f"cGFydGlhbC{index}",
        "background": "opaque",
        "created_at": 1713833628 + index,
        "output_format": "png",
        "partial_image_index": index,
        "quality": "high",
        "size": "1024x1024",
    }


def _completed(kind: str) -> Dict[str, Any]:
    return {
        "type": f"{kind}.completed",
        "b64_json": "ZmluYWw=",
        "background": "opaque",
        "created_at": 1713833640,
        "output_format": "png",
        "quality": "high",
        "size": "1024x1024",
        "usage": image_usage(),
    }


def image_stream(kind: str, event_names: bool = True) -> Reply:
    return sse(_partial(kind, 0), _partial(kind, 1), _completed(kind), event_names=event_names)


ep(
    "images.generate",
    reply=image_stream("image_generation"),
    variant="stream partial images",
    prompt="A lighthouse at dusk",
    model="gpt-image-1",
    stream=True,
    partial_images=2,
)
ep(
    "images.generate",
    reply=image_stream("image_generation", event_names=False),
    variant="stream no event lines",
    views=("plain",),
    prompt="A lighthouse at dusk",
    model="gpt-image-1",
    stream=True,
    partial_images=0,
)
ep(
    "images.generate",
    reply=sse(
        _partial("image_generation", 0),
        {"type": "error", "error": {"message": "Image generation failed", "type": "server_error", "code": None}},
        event_names=True,
    ),
    variant="stream error event",
    views=("plain",),
    # Ours closes the response when the error event is raised; the official leaves it open.
    deviation="stream-closed-on-error",
    prompt="A lighthouse at dusk",
    model="gpt-image-1",
    stream=True,
    partial_images=1,
)

# images.edit: the image in every form, several images (`image[]`), mask, non-file fields.
ep("images.edit", reply=images_reply(), image=("otter.png", PNG, "image/png"), prompt="Add a red hat")
ep(
    "images.edit",
    reply=images_reply(),
    variant="bytes",
    views=("plain",),
    image=PNG,
    prompt="Add a red hat",
)
ep(
    "images.edit",
    reply=images_reply(),
    variant="path and mask path",
    views=("plain",),
    make=lambda: (
        (),
        {
            "image": tmp_file("otter.png", PNG),
            "mask": tmp_file("mask.png", MASK),
            "prompt": "Replace the background with a beach",
            "model": "dall-e-2",
            "n": 2,
            "size": "512x512",
            "response_format": "b64_json",
            "user": "user-1234",
        },
    ),
)
ep(
    "images.edit",
    reply=images_reply(),
    variant="open file and BytesIO mask",
    views=("plain",),
    make=lambda: (
        (),
        {"image": open(tmp_file("room.png", PNG), "rb"), "mask": io.BytesIO(MASK), "prompt": "Add a window"},
    ),
)
ep(
    "images.edit",
    reply=images_reply(),
    variant="several images",
    views=("plain", "raw", "streaming"),
    make=lambda: (
        (),
        {
            "image": [
                ("body-lotion.png", PNG, "image/png"),
                tmp_file("bath-bomb.png", PNG),
                io.BytesIO(PNG),
                PNG,
            ],
            "prompt": "A gift basket with these items",
            "model": "gpt-image-1",
            "background": "transparent",
            "input_fidelity": "high",
            "n": 1,
            "output_compression": 0,
            "output_format": "png",
            "quality": "auto",
            "size": "1024x1024",
            "stream": False,
        },
    ),
)
ep(
    "images.edit",
    reply=images_reply(),
    variant="None values",
    views=("plain",),
    deviation="file-argument-type-error",  # mask=None is rejected, by both, with their classes
    image=("otter.png", PNG),
    prompt="Add a red hat",
    mask=None,
    model=None,
    n=None,
    size=None,
    response_format=None,
    output_compression=None,
    background=None,
)
ep(
    "images.edit",
    reply=image_stream("image_edit"),
    variant="stream partial images",
    image=[("a.png", PNG), ("b.png", PNG)],
    prompt="Blend the two",
    model="gpt-image-1",
    partial_images=2,
    stream=True,
)
ep(
    "images.edit",
    reply=images_reply(),
    variant="bad image (rejected)",
    views=("plain",),
    deviation="file-argument-type-error",
    image="otter.png",
    prompt="Add a red hat",
)

ep(
    "images.create_variation",
    reply=Reply(json_body=DALLE),
    image=("otter.png", PNG, "image/png"),
)
ep(
    "images.create_variation",
    reply=Reply(json_body=DALLE),
    variant="path all params",
    views=("plain",),
    make=lambda: (
        (),
        {
            "image": tmp_file("otter.png", PNG),
            "model": "dall-e-2",
            "n": 2,
            "response_format": "url",
            "size": "256x256",
            "user": "user-1234",
        },
    ),
)
ep(
    "images.create_variation",
    reply=Reply(json_body=DALLE),
    variant="BytesIO None values",
    views=("plain",),
    make=lambda: ((), {"image": io.BytesIO(PNG), "model": None, "n": None, "size": None}),
)
ep(
    "images.create_variation",
    reply=Reply(json_body=DALLE),
    variant="bytes",
    views=("plain",),
    image=PNG,
    n=1,
)

# ----------------------------------------------------------------------------- audio.speech


def speech_reply(data: bytes = MP3, content_type: str = "audio/mpeg") -> Reply:
    return Reply(content=data, content_type=content_type, headers=rid("req_speech"))


ep(
    "audio.speech.create",
    reply=speech_reply(),
    input="The quick brown fox jumped over the lazy dog.",
    model="gpt-4o-mini-tts",
    voice="coral",
)
ep(
    "audio.speech.create",
    reply=speech_reply(b"RIFF....WAVEfmt ", "audio/wav"),
    variant="all params",
    views=("plain",),
    input="Today is a wonderful day to build something people love!",
    model="gpt-4o-mini-tts",
    voice="ash",
    instructions="Speak in a cheerful and positive tone.",
    response_format="wav",
    speed=1.25,
    stream_format="audio",
)
ep(
    "audio.speech.create",
    reply=Reply(
        chunks=[
            b'data: {"type": "speech.audio.delta", "audio": "SUQz"}\n\n',
            b'data: {"type": "speech.audio.done", "usage": {"input_tokens": 14, "output_tokens": 101, "total_tokens": 115}}\n\n',
        ],
        content_type="text/event-stream",
    ),
    variant="stream_format sse",
    views=("plain", "streaming"),
    input="Hello",
    model="gpt-4o-mini-tts",
    voice="alloy",
    stream_format="sse",
)


@scenario("plat:audio.speech.create streaming helpers")
def _(ctx: dsl.Ctx) -> None:
    client = ctx.client()
    ctx.reply(speech_reply())
    with client.audio.speech.with_streaming_response.create(
        input="Hello there", model="tts-1", voice="nova", response_format="mp3"
    ) as response:
        ctx.see("response", response)
        ctx.note("type", type_name(response))
        ctx.note("headers content-type", response.headers.get("content-type"))
        ctx.note("iter_bytes(16)", list(response.iter_bytes(16)))
        ctx.note("is_closed inside", response.is_closed)
    ctx.note("is_closed after", response.is_closed)
    ctx.reply(speech_reply())
    target = tmp_dir() / "speech.mp3"
    with client.audio.speech.with_streaming_response.create(input="Hi", model="tts-1-hd", voice="echo") as response:
        response.stream_to_file(target, chunk_size=10)
    ctx.note("stream_to_file", target.read_bytes())
    ctx.reply(speech_reply())
    with client.audio.speech.with_streaming_response.create(input="Hi", model="tts-1", voice="echo") as response:
        ctx.note("read()", response.read())
        ctx.note("parse()", response.parse())
    ctx.reply(speech_reply())
    content = client.audio.speech.create(input="Hi", model="tts-1", voice="fable")
    target2 = tmp_dir() / "speech2.mp3"
    content.write_to_file(target2)
    ctx.note("write_to_file", target2.read_bytes())
    ctx.reply(speech_reply())
    raw = client.audio.speech.with_raw_response.create(input="Hi", model="tts-1", voice="fable")
    ctx.note("raw.content", raw.content)
    ctx.note("raw.parse() type", type_name(raw.parse()))


@scenario("plat:audio.speech.create streaming helpers async")
async def _(ctx: dsl.Ctx) -> None:
    client = ctx.async_client()
    ctx.reply(speech_reply())
    async with client.audio.speech.with_streaming_response.create(
        input="Hello there", model="tts-1", voice="nova", response_format="mp3"
    ) as response:
        ctx.see("response", response)
        ctx.note("type", type_name(response))
        ctx.note("iter_bytes(16)", [c async for c in response.iter_bytes(16)])
    ctx.reply(speech_reply())
    target = tmp_dir() / "aspeech.mp3"
    async with client.audio.speech.with_streaming_response.create(input="Hi", model="tts-1", voice="echo") as response:
        await response.stream_to_file(target, chunk_size=10)
    ctx.note("stream_to_file", target.read_bytes())
    ctx.reply(speech_reply())
    content = await client.audio.speech.create(input="Hi", model="tts-1", voice="fable")
    ctx.note("content", content.content)
    target2 = tmp_dir() / "aspeech2.mp3"
    content.write_to_file(target2)
    ctx.note("write_to_file", target2.read_bytes())


# ----------------------------------------------------------------------------- transcriptions


def speech_file() -> Any:
    return ("speech.mp3", MP3, "audio/mpeg")


def whisper(path: str, *, reply: Reply, variant: str = "", views: Sequence[str] = VIEWS, **kwargs: Any) -> None:
    """`ep(path, ...)` for a `whisper-1` call (audio transcriptions/translations) on `speech_file()`."""
    ep(path, reply=reply, variant=variant, views=views, file=speech_file(), model="whisper-1", **kwargs)


TRANSCRIPTION = {
    "text": "Imagine the wildest idea that you've ever had.",
    "usage": {
        "type": "tokens",
        "input_tokens": 14,
        "input_token_details": {"text_tokens": 0, "audio_tokens": 14},
        "output_tokens": 45,
        "total_tokens": 59,
    },
}
VERBOSE = {
    "task": "transcribe",
    "language": "english",
    "duration": 8.47,
    "text": "The beach was a popular spot on a hot summer day.",
    "words": [{"word": "The", "start": 0.0, "end": 0.24}, {"word": "beach", "start": 0.24, "end": 0.7}],
    "segments": [
        {
            "id": 0,
            "seek": 0,
            "start": 0.0,
            "end": 3.32,
            "text": " The beach was a popular spot on a hot summer day.",
            "tokens": [50364, 440, 7534],
            "temperature": 0.0,
            "avg_logprob": -0.2860786020755768,
            "compression_ratio": 1.2363636493682861,
            "no_speech_prob": 0.00985979475080967,
        }
    ],
    "usage": {"type": "duration", "seconds": 9},
}
SRT = "1\n00:00:00,000 --> 00:00:03,320\nThe beach was a popular spot on a hot summer day.\n\n"
VTT = "WEBVTT\n\n00:00:00.000 --> 00:00:03.320\nThe beach was a popular spot on a hot summer day.\n\n"

ep(
    "audio.transcriptions.create",
    reply=Reply(json_body=TRANSCRIPTION, headers=rid("req_tr")),
    file=speech_file(),
    model="gpt-4o-transcribe",
)
whisper(
    "audio.transcriptions.create",
    reply=Reply(json_body=TRANSCRIPTION),
    variant="json and scalars",
    views=("plain",),
    language="en",
    prompt="Technical talk about SDKs",
    response_format="json",
    temperature=0,
    include=["logprobs"],
    chunking_strategy="auto",
)
whisper(
    "audio.transcriptions.create",
    reply=Reply(json_body=VERBOSE),
    variant="verbose_json granularities",
    response_format="verbose_json",
    timestamp_granularities=["word", "segment"],
    temperature=0.2,
)
ep(
    "audio.transcriptions.create",
    reply=Reply(json_body=TRANSCRIPTION),
    variant="server_vad chunking",
    views=("plain",),
    file=speech_file(),
    model="gpt-4o-transcribe",
    chunking_strategy={"type": "server_vad", "prefix_padding_ms": 300, "silence_duration_ms": 500, "threshold": 0.5},
    stream=False,
)
whisper(
    "audio.transcriptions.create",
    reply=Reply(text="The beach was a popular spot on a hot summer day.\n"),
    variant="text",
    response_format="text",
)
whisper("audio.transcriptions.create", reply=Reply(text=SRT), variant="srt", views=("plain",), response_format="srt")
whisper(
    "audio.transcriptions.create",
    reply=Reply(text=VTT, content_type="text/vtt; charset=utf-8"),
    variant="vtt",
    views=("plain",),
    response_format="vtt",
)
ep(
    "audio.transcriptions.create",
    reply=Reply(json_body=TRANSCRIPTION),
    variant="path",
    views=("plain",),
    make=lambda: ((), {"file": tmp_file("meeting.wav", b"RIFF....WAVEfmt "), "model": "whisper-1"}),
)
ep(
    "audio.transcriptions.create",
    reply=Reply(json_body=TRANSCRIPTION),
    variant="open file",
    views=("plain",),
    make=lambda: ((), {"file": open(tmp_file("meeting.m4a", MP3), "rb"), "model": "whisper-1"}),
)
ep(
    "audio.transcriptions.create",
    reply=Reply(json_body=TRANSCRIPTION),
    variant="BytesIO",
    views=("plain",),
    make=lambda: ((), {"file": io.BytesIO(MP3), "model": "whisper-1", "language": None, "prompt": None}),
)


def transcript_stream(event_names: bool = False) -> Reply:
    return sse(
        {
            "type": "transcript.text.delta",
            "delta": "The",
            "logprobs": [{"token": "The", "logprob": -0.01, "bytes": [84, 104, 101]}],
        },
        {"type": "transcript.text.delta", "delta": " beach"},
        {
            "type": "transcript.text.done",
            "text": "The beach",
            "logprobs": [{"token": "The", "logprob": -0.01, "bytes": [84, 104, 101]}],
            "usage": {"type": "tokens", "input_tokens": 14, "output_tokens": 2, "total_tokens": 16},
        },
        event_names=event_names,
    )


ep(
    "audio.transcriptions.create",
    reply=transcript_stream(),
    variant="stream",
    file=speech_file(),
    model="gpt-4o-mini-transcribe",
    stream=True,
    include=["logprobs"],
    response_format="json",
)
ep(
    "audio.transcriptions.create",
    reply=transcript_stream(event_names=True),
    variant="stream event lines",
    views=("plain",),
    file=speech_file(),
    model="gpt-4o-mini-transcribe",
    stream=True,
)


@scenario("plat:audio.transcriptions.create stream idioms")
def _(ctx: dsl.Ctx) -> None:
    client = ctx.client()
    ctx.reply(transcript_stream())
    stream = client.audio.transcriptions.create(file=speech_file(), model="gpt-4o-transcribe", stream=True)
    ctx.note("stream type", type_name(stream))
    ctx.see("first", next(iter(stream)))
    rest: List[Any] = []
    for event in stream:
        rest.append(event.type)
    ctx.note("rest", rest)
    ctx.note("closed", stream.response.is_closed)
    ctx.reply(transcript_stream())
    with client.audio.transcriptions.create(file=speech_file(), model="gpt-4o-transcribe", stream=True) as stream:
        for event in stream:
            ctx.see("event before break", event)
            break
    ctx.note("closed after with", stream.response.is_closed)


@scenario("plat:audio.transcriptions.create stream idioms async")
async def _(ctx: dsl.Ctx) -> None:
    client = ctx.async_client()
    ctx.reply(transcript_stream())
    stream = await client.audio.transcriptions.create(file=speech_file(), model="gpt-4o-transcribe", stream=True)
    ctx.note("stream type", type_name(stream))
    ctx.see("first", await stream.__aiter__().__anext__())
    ctx.note("rest", [event.type async for event in stream])
    ctx.note("closed", stream.response.is_closed)


# ----------------------------------------------------------------------------- translations

TRANSLATION = {"text": "Hello, my name is Wolfgang and I come from Germany. Where are you heading today?"}

whisper("audio.translations.create", reply=Reply(json_body=TRANSLATION, headers=rid("req_tl")))
ep(
    "audio.translations.create",
    reply=Reply(json_body=TRANSLATION),
    variant="all params",
    views=("plain",),
    file=("german.m4a", MP3),
    model="whisper-1",
    prompt="Keep names as spoken",
    response_format="json",
    temperature=0.0,
)
ep(
    "audio.translations.create",
    reply=Reply(
        json_body={
            "language": "english",
            "duration": 8.47,
            "text": TRANSLATION["text"],
            "segments": VERBOSE["segments"],
        }
    ),
    variant="verbose_json",
    views=("plain", "raw"),
    file=speech_file(),
    model="whisper-1",
    response_format="verbose_json",
)
whisper(
    "audio.translations.create",
    reply=Reply(text=TRANSLATION["text"]),
    variant="text",
    views=("plain", "streaming"),
    response_format="text",
)
whisper("audio.translations.create", reply=Reply(text=SRT), variant="srt", views=("plain",), response_format="srt")
ep(
    "audio.translations.create",
    reply=Reply(text=VTT),
    variant="vtt",
    views=("plain",),
    make=lambda: ((), {"file": tmp_file("talk.mp3", MP3), "model": "whisper-1", "response_format": "vtt"}),
)
