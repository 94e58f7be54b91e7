"""POST /audio/speech, /audio/transcriptions, /audio/translations.

Script keys: "audio.speech" (a queued text replaces the input being "spoken"),
"audio.transcriptions" and "audio.translations" (a queued text is the transcript). Without a
script, the transcript names the uploaded file, so tests can tell uploads apart.
"""

from __future__ import annotations

import hashlib
import struct
from typing import Any, Dict, Iterator, List

from .._core import ROUTES, SSE, FakeCore, FakeRequest, FakeUpload, Reply
from ._common import count_tokens, pieces, resolve

SPEECH_CONTENT_TYPES = {
    "mp3": "audio/mpeg",
    "opus": "audio/opus",
    "aac": "audio/aac",
    "flac": "audio/flac",
    "wav": "audio/wav",
    "pcm": "audio/pcm",
}
_MAGIC = {
    "mp3": b"ID3\x04\x00\x00\x00\x00\x00\x00",
    "opus": b"OggS\x00\x02",
    "aac": b"\xff\xf1\x50\x80",
    "flac": b"fLaC",
}


def speech_bytes(text: str, response_format: str) -> bytes:
    """Deterministic audio-looking bytes for `text` (a real WAV header for `wav`)."""
    samples = hashlib.sha256(text.encode()).digest() * 8  # 256 bytes of "audio"
    if response_format == "wav":
        pcm = samples
        header = b"RIFF" + struct.pack("<I", 36 + len(pcm)) + b"WAVEfmt "
        header += struct.pack("<IHHIIHH", 16, 1, 1, 24000, 48000, 2, 16) + b"data" + struct.pack("<I", len(pcm))
        return header + pcm
    return _MAGIC.get(response_format, b"") + samples


@ROUTES.route("POST", "/audio/speech")
def create_speech(fake: FakeCore, request: FakeRequest) -> Any:
    scripted = resolve(fake, "audio.speech", request)
    if isinstance(scripted, Reply):
        return scripted
    body: Dict[str, Any] = request.body if isinstance(request.body, dict) else {}
    text = scripted.text if scripted is not None and scripted.text is not None else str(body.get("input", ""))
    response_format = str(body.get("response_format") or "mp3")
    content = speech_bytes(text, response_format)
    if body.get("stream_format") == "sse":
        import base64

        encoded = base64.b64encode(content).decode()
        tokens = count_tokens(text)
        usage = {
            "input_tokens": tokens,
            "output_tokens": len(content) // 16,
            "total_tokens": tokens + len(content) // 16,
        }
        events = [
            SSE({"type": "speech.audio.delta", "audio": encoded}),
            SSE({"type": "speech.audio.done", "usage": usage}),
        ]
        return Reply(events=events)
    return Reply(content=content, content_type=SPEECH_CONTENT_TYPES.get(response_format, "application/octet-stream"))


def _timestamp(seconds: float, separator: str) -> str:
    millis = int(round(seconds * 1000))
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{separator}{millis:03d}"


def _field(body: Dict[str, Any], name: str) -> Any:
    return body.get(name, body.get(name + "[]"))


def _transcript(fake: FakeCore, request: FakeRequest, endpoint: str, task: str) -> Any:
    scripted = resolve(fake, endpoint, request)
    if isinstance(scripted, Reply):
        return scripted
    body: Dict[str, Any] = request.body if isinstance(request.body, dict) else {}
    upload = body.get("file")
    filename = upload.filename if isinstance(upload, FakeUpload) and upload.filename else "audio"
    text = scripted.text if scripted is not None and scripted.text is not None else f"Fake transcription of {filename}."
    response_format = str(body.get("response_format") or "json")
    words = text.split()
    duration = round(0.4 * max(len(words), 1), 2)
    if str(body.get("stream", "")).lower() == "true" and task == "transcribe":
        return Reply(events=_transcript_events(text))
    if response_format == "text":
        return Reply(content=(text + "\n").encode(), content_type="text/plain; charset=utf-8")
    if response_format in ("srt", "vtt"):
        start, end = (
            _timestamp(0, "," if response_format == "srt" else "."),
            _timestamp(duration, "," if response_format == "srt" else "."),
        )
        if response_format == "srt":
            document = f"1\n{start} --> {end}\n{text}\n\n"
        else:
            document = f"WEBVTT\n\n{start} --> {end}\n{text}\n\n"
        return Reply(content=document.encode(), content_type="text/plain; charset=utf-8")
    if response_format == "verbose_json":
        result: Dict[str, Any] = {
            "task": task,
            "language": str(body.get("language") or "english"),
            "duration": duration,
            "text": text,
        }
        granularities = _field(body, "timestamp_granularities") or ["segment"]
        granularities = granularities if isinstance(granularities, list) else [granularities]
        if "segment" in granularities:
            result["segments"] = [
                {
                    "id": 0,
                    "seek": 0,
                    "start": 0.0,
                    "end": duration,
                    "text": text,
                    "tokens": list(range(50364, 50364 + len(words))),
                    "temperature": 0.0,
                    "avg_logprob": -0.1,
                    "compression_ratio": 1.0,
                    "no_speech_prob": 0.01,
                }
            ]
        if "word" in granularities:
            result["words"] = [
                {"word": w, "start": round(0.4 * i, 2), "end": round(0.4 * (i + 1), 2)} for i, w in enumerate(words)
            ]
        if task == "transcribe":
            result["usage"] = {"type": "duration", "seconds": int(duration) + 1}
        return result
    result = {"text": text}
    if task == "transcribe" and not str(body.get("model", "")).startswith("whisper"):
        tokens = count_tokens(text)
        result["usage"] = {"type": "tokens", "input_tokens": 10, "output_tokens": tokens, "total_tokens": 10 + tokens}
    return result


def _transcript_events(text: str) -> Iterator[SSE]:
    parts: List[str] = pieces(text)
    for piece in parts:
        yield SSE({"type": "transcript.text.delta", "delta": piece, "logprobs": None})
    tokens = count_tokens(text)
    usage = {"type": "tokens", "input_tokens": 10, "output_tokens": tokens, "total_tokens": 10 + tokens}
    yield SSE({"type": "transcript.text.done", "text": text, "logprobs": None, "usage": usage})


@ROUTES.route("POST", "/audio/transcriptions")
def create_transcription(fake: FakeCore, request: FakeRequest) -> Any:
    return _transcript(fake, request, "audio.transcriptions", "transcribe")


@ROUTES.route("POST", "/audio/translations")
def create_translation(fake: FakeCore, request: FakeRequest) -> Any:
    return _transcript(fake, request, "audio.translations", "translate")
