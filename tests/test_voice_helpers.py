"""The voice helpers (`openai.helpers`): `LocalAudioPlayer` and `Microphone`.

No sound card here: `sounddevice` is replaced in `sys.modules` by `FakeDevice`, whose streams
call the helper's callback on their own thread, block after block, as PortAudio does, and keep
what was written to the output (or feed recorded blocks to the input). numpy is real (the `dev`
extra). The values compared below (stream settings, scaled samples, WAV bytes, error text) were
observed on the official 1.102.0 running against the same fake device.
"""

from __future__ import annotations

import asyncio
import inspect
import io
import struct
import subprocess
import sys
import threading
import time
import types
from typing import Any, AsyncGenerator, Callable, Dict, List, Optional, Tuple, cast

import numpy as np
import pytest
import respx

import openai
from openai._extras import _common
from openai._extras._common import MissingDependencyError
from openai.helpers import LocalAudioPlayer, Microphone
from openai.helpers import microphone as microphone_module
from tests.utils import API_KEY, BASE_URL

pytestmark = pytest.mark.anyio

MISSING_SOUNDDEVICE = (
    "\n\nOpenAI error:\n\n    missing `sounddevice`\n\n"
    "This feature requires additional dependencies:\n\n    $ pip install openai[voice_helpers]\n\n"
)
MISSING_NUMPY = MISSING_SOUNDDEVICE.replace("sounddevice", "numpy")

# 2500 int16 samples, none of them zero (so silence is told apart from sound), both signs.
PCM16 = np.array([((i * 37) % 2000 + 1) * (1 if i % 3 else -1) for i in range(2500)], dtype=np.int16)


def as_float(samples: Any) -> Any:
    return (samples.astype(np.float32) / 32767.0).reshape(-1, 1)


# ---- the fake sounddevice ---------------------------------------------------------------------


class FakeStream:
    """A PortAudio stream: from `__enter__` to `__exit__`, a thread calls `callback` once per block."""

    def __init__(self, device: FakeDevice, kind: str, kwargs: Dict[str, Any]) -> None:
        self.device = device
        self.kind = kind
        self.kwargs = kwargs
        self.played: List[Any] = []  # output blocks the device played
        self.calls = 0
        self.ended: Optional[str] = None  # "complete" (CallbackStop), "abort", or None (closed)
        self.closed = False
        self._closing = threading.Event()
        self._thread = threading.Thread(target=self._run)

    def __enter__(self) -> FakeStream:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._closing.set()
        self._thread.join()
        self.closed = True

    def _run(self) -> None:
        device = self.device
        channels, dtype = self.kwargs["channels"], self.kwargs["dtype"]
        buffer = np.zeros((device.blocksize, channels), dtype=dtype)  # reused, as PortAudio does
        while not self._closing.is_set() and self.calls < 10_000:
            if self.kind == "output":
                buffer[:] = device.fill  # what the host buffer holds before the callback writes it
            elif self.calls < len(device.recording):
                buffer = device.recording[self.calls]
            self.calls += 1
            try:
                self.kwargs["callback"](buffer, len(buffer), None, None)
            except device.CallbackStop:
                self.ended = "complete"  # the block written by this call is still played
            except BaseException:  # CallbackAbort, or an error (sounddevice prints it and aborts)
                self.ended = "abort"
                return
            if self.kind == "output":
                self.played.append(buffer.copy())
            if self.ended:
                return
            time.sleep(device.pause)


class FakeDevice(types.ModuleType):
    def __init__(self, blocksize: int = 1000, recording: Any = (), pause: float = 0.0005) -> None:
        super().__init__("sounddevice")
        self.blocksize = blocksize
        self.fill = 0.0
        self.recording = list(recording)
        self.pause = pause
        self.streams: List[FakeStream] = []
        self.CallbackStop = type("CallbackStop", (Exception,), {})
        self.CallbackAbort = type("CallbackAbort", (Exception,), {})

    def OutputStream(self, **kwargs: Any) -> FakeStream:
        return self._open("output", kwargs)

    def InputStream(self, **kwargs: Any) -> FakeStream:
        return self._open("input", kwargs)

    def _open(self, kind: str, kwargs: Dict[str, Any]) -> FakeStream:
        stream = FakeStream(self, kind, kwargs)
        self.streams.append(stream)
        return stream

    @property
    def stream(self) -> FakeStream:
        (only,) = self.streams
        return only

    def played(self) -> Any:
        return np.concatenate(self.stream.played)


@pytest.fixture
def device(monkeypatch: pytest.MonkeyPatch) -> FakeDevice:
    fake = FakeDevice()
    monkeypatch.setitem(sys.modules, "sounddevice", fake)
    return fake


def settings(stream: FakeStream) -> Dict[str, Any]:
    return {k: v for k, v in stream.kwargs.items() if k != "callback"}


def counter(limit: int) -> Callable[[], bool]:
    """True for the first `limit` calls, then False."""
    calls = [0]

    def within() -> bool:
        calls[0] += 1
        return calls[0] <= limit

    return within


def stop_after(calls: int) -> Callable[[], bool]:
    """A `should_stop`: False for the first `calls` calls, then True."""
    keep = counter(calls)
    return lambda: not keep()


# ---- LocalAudioPlayer.play --------------------------------------------------------------------


async def test_play_int16_samples_scales_them_and_fills_the_last_block_with_silence(device: FakeDevice) -> None:
    await LocalAudioPlayer().play(PCM16)

    assert settings(device.stream) == {"samplerate": 24000, "dtype": np.float32, "channels": 1}
    played = device.played()
    assert played.dtype == np.float32
    assert played.shape == (4000, 1)  # 3 blocks of sound, then the (silent) block that ends it
    assert np.array_equal(played[:2500], as_float(PCM16))
    assert not played[2500:].any()
    assert device.stream.ended == "complete" and device.stream.closed


async def test_play_float32_samples_as_given_mono_or_stereo(device: FakeDevice) -> None:
    mono = as_float(PCM16)
    await LocalAudioPlayer().play(mono)
    assert settings(device.stream) == {"samplerate": 24000, "dtype": np.float32, "channels": 1}
    assert np.array_equal(device.played()[:2500], mono)

    stereo = mono.reshape(-1, 2)
    device.streams.clear()
    await LocalAudioPlayer().play(stereo)
    assert device.stream.kwargs["channels"] == 2
    assert np.array_equal(device.played()[:1250], stereo)


async def test_play_a_flat_float32_array_as_mono(device: FakeDevice) -> None:
    # Deviation voice-flat-float-samples: the official fails on a 1-D float32 array (IndexError in
    # `play`; in `play_stream` a broadcasting error on the audio thread, and it never returns).
    flat = as_float(PCM16).ravel()
    await LocalAudioPlayer().play(flat)
    assert device.stream.kwargs["channels"] == 1
    assert np.array_equal(device.played()[:2500, 0], flat)

    async def flat_buffers() -> AsyncGenerator[Any, None]:
        yield flat[:1200]
        yield flat[1200:]

    device.streams.clear()
    await asyncio.wait_for(LocalAudioPlayer().play_stream(flat_buffers()), 5)
    assert np.array_equal(sound(device.played())[:, 0], flat)


@pytest.mark.parametrize("dtype", [np.float64, np.int32, np.uint8])
async def test_play_rejects_other_sample_types(device: FakeDevice, dtype: Any) -> None:
    with pytest.raises(ValueError) as raised:
        await LocalAudioPlayer().play(PCM16.astype(dtype))
    assert str(raised.value) == f"Unsupported dtype: {np.dtype(dtype)}"
    assert device.streams == []


async def test_play_an_empty_clip_ends_at_once(device: FakeDevice) -> None:
    await LocalAudioPlayer().play(np.array([], dtype=np.int16))
    assert device.stream.calls == 1 and device.stream.ended == "complete"
    assert not device.played().any()


SPEECH_WAYS = ["sync", "async", "sync streaming", "async streaming"]


@pytest.mark.parametrize("way", SPEECH_WAYS)
async def test_play_a_pcm_speech_response(device: FakeDevice, way: str) -> None:
    device.blocksize = 512
    args: Dict[str, Any] = {"model": "tts-1", "voice": "alloy", "input": "hi", "response_format": "pcm"}
    with respx.mock(base_url=BASE_URL) as mock:
        mock.post("/audio/speech").respond(200, content=PCM16.tobytes(), headers={"content-type": "audio/pcm"})
        if way.startswith("sync"):
            with openai.OpenAI(api_key=API_KEY, base_url=BASE_URL) as client:
                if way == "sync":
                    await LocalAudioPlayer().play(client.audio.speech.create(**args))
                else:
                    with client.audio.speech.with_streaming_response.create(**args) as response:
                        await LocalAudioPlayer().play(response)
        else:
            async with openai.AsyncOpenAI(api_key=API_KEY, base_url=BASE_URL) as aclient:
                if way == "async":
                    await LocalAudioPlayer().play(await aclient.audio.speech.create(**args))
                else:
                    async with aclient.audio.speech.with_streaming_response.create(**args) as streamed:
                        await LocalAudioPlayer().play(streamed)

    assert settings(device.stream) == {"samplerate": 24000, "dtype": np.float32, "channels": 1}
    played = device.played()
    assert played.shape == (3072, 1)
    assert np.array_equal(played[:2500], as_float(PCM16))
    assert not played[2500:].any()


async def test_should_stop_ends_playback_at_the_next_block(device: FakeDevice) -> None:
    await LocalAudioPlayer(should_stop=stop_after(2)).play(PCM16)

    played = device.played()
    assert played.shape == (3000, 1)  # two blocks, then the silent one that stops
    assert np.array_equal(played[:2000], as_float(PCM16)[:2000])
    assert not played[2000:].any()
    assert device.stream.ended == "complete" and device.stream.closed


async def _endless() -> AsyncGenerator[Any, None]:
    while True:
        yield PCM16


async def _three_buffers() -> AsyncGenerator[Any, None]:
    for start in (0, 700, 1900):
        yield PCM16[start : start + 600]


async def _then_none() -> AsyncGenerator[Any, None]:
    yield PCM16[:1300]
    yield None


ENDINGS: Dict[str, Callable[[], Any]] = {
    "play: the end of the clip": lambda: LocalAudioPlayer().play(PCM16),
    "play: should_stop": lambda: LocalAudioPlayer(should_stop=stop_after(2)).play(PCM16),
    "play_stream: the end of the stream": lambda: LocalAudioPlayer().play_stream(_three_buffers()),
    "play_stream: None": lambda: LocalAudioPlayer().play_stream(_then_none()),
    "play_stream: should_stop": lambda: LocalAudioPlayer(should_stop=stop_after(2)).play_stream(_endless()),
}


@pytest.mark.parametrize("ending", list(ENDINGS))
async def test_the_block_that_ends_playback_is_written_with_silence(device: FakeDevice, ending: str) -> None:
    # Deviation voice-silent-end: the device still plays the block of the callback that stops the
    # stream; the official leaves its unwritten frames as the host buffer had them (noise, or a
    # repeat of earlier audio).
    device.fill = 7.0
    await asyncio.wait_for(ENDINGS[ending](), 5)
    assert device.stream.ended == "complete"
    assert device.stream.played and not (device.played() == 7.0).any()


async def test_cancelling_play_closes_the_stream(device: FakeDevice) -> None:
    device.pause = 0.01
    long_clip = np.ones(1_000_000, dtype=np.int16)
    with pytest.raises(asyncio.TimeoutError):
        await asyncio.wait_for(LocalAudioPlayer().play(long_clip), 0.05)
    assert device.stream.closed and device.stream.ended is None
    assert 0 < len(device.stream.played) < 1000


async def test_an_error_in_should_stop_is_raised_instead_of_hanging(device: FakeDevice) -> None:
    # Deviation voice-callback-errors: the official waits forever (the audio thread prints the
    # error, the stream aborts, the coroutine is never woken).
    def broken() -> bool:
        raise KeyError("no")

    with pytest.raises(KeyError):
        await asyncio.wait_for(LocalAudioPlayer(should_stop=broken).play(PCM16), 5)
    assert device.stream.ended == "abort" and device.stream.closed


# ---- LocalAudioPlayer.play_stream -------------------------------------------------------------


def sound(played: Any) -> Any:
    """The frames that are not silence (a late buffer is bridged with silence)."""
    return played[played[:, 0] != 0]


async def test_play_stream_plays_the_buffers_in_order_until_none(device: FakeDevice) -> None:
    device.blocksize = 300
    pulled: List[str] = []

    async def buffers() -> AsyncGenerator[Any, None]:
        pulled.append("int16")
        yield PCM16[:700]  # int16: scaled, as a column
        pulled.append("float32 column")
        yield as_float(PCM16[700:1500])
        pulled.append("int16 column")
        yield PCM16[1500:].reshape(-1, 1)
        pulled.append("none")
        yield None  # the end, whatever follows
        pulled.append("after none")
        yield PCM16

    await LocalAudioPlayer().play_stream(buffers())

    assert settings(device.stream) == {"samplerate": 24000, "channels": 1, "dtype": np.float32}
    assert np.array_equal(sound(device.played()), as_float(PCM16))
    assert pulled == ["int16", "float32 column", "int16 column", "none"]
    assert device.stream.ended == "complete" and device.stream.closed


async def test_play_stream_ends_with_the_generator(device: FakeDevice) -> None:
    async def buffers() -> AsyncGenerator[Any, None]:
        for start in range(0, 2500, 500):
            await asyncio.sleep(0)
            yield PCM16[start : start + 500]

    await asyncio.wait_for(LocalAudioPlayer().play_stream(buffers()), 5)
    assert np.array_equal(sound(device.played()), as_float(PCM16))
    assert device.stream.ended == "complete"


async def test_play_stream_bridges_a_late_buffer_with_silence(device: FakeDevice) -> None:
    device.blocksize = 100

    async def buffers() -> AsyncGenerator[Any, None]:
        yield PCM16[:1000]
        await asyncio.sleep(0.3)  # longer than the audio thread waits for a buffer
        yield PCM16[1000:]

    await asyncio.wait_for(LocalAudioPlayer().play_stream(buffers()), 5)
    played = device.played()
    silent = np.flatnonzero(played[:, 0] == 0)
    assert silent.size and silent[0] == 1000  # the gap comes right after the first buffer
    assert np.array_equal(sound(played), as_float(PCM16))


async def test_play_stream_stops_when_should_stop_and_closes_the_generator(device: FakeDevice) -> None:
    # Deviation voice-stream-should-stop: the official ignores should_stop in play_stream.
    closed = asyncio.Event()

    async def endless() -> AsyncGenerator[Any, None]:
        try:
            while True:
                yield PCM16
        finally:
            closed.set()

    await asyncio.wait_for(LocalAudioPlayer(should_stop=stop_after(3)).play_stream(endless()), 5)
    played = device.played()
    assert played.shape == (4000, 1)
    assert np.array_equal(played[:2500], as_float(PCM16)) and np.array_equal(played[2500:3000], as_float(PCM16)[:500])
    assert not played[3000:].any()
    assert closed.is_set() and device.stream.closed


async def test_play_stream_takes_any_async_iterable(device: FakeDevice) -> None:
    class Buffers:  # an async iterator without `aclose`
        def __init__(self) -> None:
            self.left = 10

        def __aiter__(self) -> Buffers:
            return self

        async def __anext__(self) -> Any:
            if not self.left:
                raise StopAsyncIteration
            self.left -= 1
            return PCM16[:500]

    await asyncio.wait_for(LocalAudioPlayer().play_stream(Buffers()), 5)  # type: ignore[arg-type]
    assert np.array_equal(sound(device.played()), np.concatenate([as_float(PCM16[:500])] * 10))

    device.streams.clear()
    await asyncio.wait_for(LocalAudioPlayer(should_stop=stop_after(1)).play_stream(Buffers()), 5)  # type: ignore[arg-type]
    assert device.stream.closed and len(device.stream.played) == 2


async def test_play_stream_raises_the_generators_error_after_playing_what_came_before(device: FakeDevice) -> None:
    # Deviation voice-callback-errors: the official plays silence forever.
    async def failing() -> AsyncGenerator[Any, None]:
        yield PCM16[:1000]
        raise RuntimeError("the source failed")

    with pytest.raises(RuntimeError, match="the source failed"):
        await asyncio.wait_for(LocalAudioPlayer().play_stream(failing()), 5)
    assert np.array_equal(sound(device.played()), as_float(PCM16[:1000]))
    assert device.stream.closed


# ---- Microphone.record ------------------------------------------------------------------------


def blocks(count: int, channels: int = 1, dtype: Any = np.int16, size: int = 400) -> List[Any]:
    return [(np.arange(size * channels) % 251 + i * 1000).astype(dtype).reshape(size, channels) for i in range(count)]


def wav_tuple(recording: object) -> Tuple[str, io.BytesIO, str]:
    """`record()`'s result, typed (as the official, it is declared as any `FileTypes`)."""
    return cast(Tuple[str, io.BytesIO, str], recording)


def wav_header(frames: int, channels: int, width: int) -> bytes:
    data = frames * channels * width
    return (
        b"RIFF"
        + struct.pack("<I", 36 + data)
        + b"WAVEfmt "
        + struct.pack("<IHHIIHH", 16, 1, channels, 24000, 24000 * channels * width, channels * width, 8 * width)
        + b"data"
        + struct.pack("<I", data)
    )


async def test_record_returns_a_wav_file_tuple_for_transcription(device: FakeDevice) -> None:
    device.recording = blocks(6)
    name, file, content_type = wav_tuple(await Microphone(should_record=counter(3)).record())

    assert (name, content_type) == ("audio.wav", "audio/wav")
    assert isinstance(file, io.BytesIO) and file.tell() == 0
    expected = np.concatenate(device.recording[:3])
    assert file.read() == wav_header(1200, 1, 2) + expected.tobytes()
    assert settings(device.stream) == {"dtype": np.int16, "samplerate": 24000, "channels": 1}
    assert device.stream.ended == "complete" and device.stream.closed


async def test_record_return_ndarray_gives_the_samples(device: FakeDevice) -> None:
    device.recording = blocks(6)
    samples = await Microphone(should_record=counter(3)).record(return_ndarray=True)
    assert samples.dtype == np.int16 and samples.shape == (1200, 1)
    assert np.array_equal(samples, np.concatenate(device.recording[:3]))


async def test_record_keeps_a_copy_of_each_block(device: FakeDevice) -> None:
    # PortAudio hands the callback the same buffer every time, refilled.
    shared = np.zeros((400, 1), dtype=np.int16)
    device.recording = [shared] * 5
    calls = [0]

    def refill_three_times() -> bool:  # runs in the callback, before the block is kept
        calls[0] += 1
        shared[:] = calls[0]
        return calls[0] <= 3

    samples = await Microphone(should_record=refill_three_times).record(return_ndarray=True)
    assert [int(v) for v in samples[::400, 0]] == [1, 2, 3]


@pytest.mark.parametrize(("channels", "dtype", "width"), [(2, np.int16, 2), (1, np.float32, 4), (1, np.int32, 4)])
async def test_record_other_channels_and_sample_types(
    device: FakeDevice, channels: int, dtype: Any, width: int
) -> None:
    device.recording = blocks(4, channels, dtype)
    mic = Microphone(channels=channels, dtype=dtype, should_record=counter(2))
    _, file, _ = wav_tuple(await mic.record())
    assert file.read() == wav_header(800, channels, width) + np.concatenate(device.recording[:2]).tobytes()
    assert settings(device.stream) == {"dtype": dtype, "samplerate": 24000, "channels": channels}


async def test_record_stops_at_the_first_block_after_the_timeout(
    device: FakeDevice, monkeypatch: pytest.MonkeyPatch
) -> None:
    ticks = iter(range(100))  # one second per reading: start at 0, blocks at 1, 2, 3, 4, ...
    monkeypatch.setattr(microphone_module, "time", types.SimpleNamespace(perf_counter=lambda: float(next(ticks))))
    device.recording = blocks(10)

    samples = await Microphone(timeout=3.5).record(return_ndarray=True)
    assert np.array_equal(samples, np.concatenate(device.recording[:3]))  # the block at 4 s is dropped
    assert device.stream.calls == 4


async def test_record_with_a_real_timeout_ends(device: FakeDevice) -> None:
    device.pause = 0.005
    samples = await asyncio.wait_for(Microphone(timeout=0.1).record(return_ndarray=True), 5)
    assert 0 < len(samples) < 1000 * 400
    assert device.stream.closed


async def test_an_empty_recording(device: FakeDevice) -> None:
    mic = Microphone(should_record=lambda: False)
    _, file, _ = wav_tuple(await mic.record())
    assert file.read() == wav_header(0, 1, 2)
    empty = await mic.record(return_ndarray=True)
    assert empty.shape == (0,) and empty.dtype == np.int16


async def test_microphone_attributes_and_a_fresh_buffer_per_recording(device: FakeDevice) -> None:
    mic = Microphone()
    assert (mic.channels, mic.dtype, mic.should_record, mic.timeout, mic.has_record_function) == (
        1,
        np.int16,
        None,
        None,
        False,
    )
    assert mic.buffer_chunks == []
    assert Microphone(should_record=lambda: True).has_record_function is True

    device.recording = blocks(4)
    mic.should_record = counter(2)
    await mic.record()
    assert len(mic.buffer_chunks) == 2
    mic.should_record = counter(1)
    await mic.record()
    assert len(mic.buffer_chunks) == 1


async def test_an_error_in_should_record_is_raised_instead_of_hanging(device: FakeDevice) -> None:
    # Deviation voice-callback-errors.
    def broken() -> bool:
        raise KeyError("no")

    with pytest.raises(KeyError):
        await asyncio.wait_for(Microphone(should_record=broken).record(), 5)
    assert device.stream.ended == "abort" and device.stream.closed


# ---- the official surface ---------------------------------------------------------------------


def test_signatures_are_the_official_ones() -> None:
    def described(function: Any) -> List[Any]:
        return [(p.name, p.kind.name, p.default) for p in inspect.signature(function).parameters.values()]

    assert described(LocalAudioPlayer) == [("should_stop", "POSITIONAL_OR_KEYWORD", None)]
    assert described(LocalAudioPlayer.play) == [("self", "POSITIONAL_OR_KEYWORD", inspect.Parameter.empty)] + [
        ("input", "POSITIONAL_OR_KEYWORD", inspect.Parameter.empty)
    ]
    assert described(LocalAudioPlayer.play_stream)[1:] == [
        ("buffer_stream", "POSITIONAL_OR_KEYWORD", inspect.Parameter.empty)
    ]
    assert described(Microphone) == [
        ("channels", "POSITIONAL_OR_KEYWORD", 1),
        ("dtype", "POSITIONAL_OR_KEYWORD", np.int16),
        ("should_record", "POSITIONAL_OR_KEYWORD", None),
        ("timeout", "POSITIONAL_OR_KEYWORD", None),
    ]
    assert described(Microphone.record)[1:] == [("return_ndarray", "POSITIONAL_OR_KEYWORD", False)]
    for method in (LocalAudioPlayer.play, LocalAudioPlayer.play_stream, Microphone.record):
        assert inspect.iscoroutinefunction(method)
    player = LocalAudioPlayer()
    assert (player.channels, player.dtype, player.should_stop) == (1, np.float32, None)
    assert microphone_module.SAMPLE_RATE == 24000


# ---- without the extra ------------------------------------------------------------------------


async def test_without_sounddevice_each_helper_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sounddevice", None)  # `import sounddevice` fails

    async def nothing() -> AsyncGenerator[Any, None]:
        yield None

    uses: List[Callable[[], Any]] = [
        lambda: LocalAudioPlayer().play(PCM16),
        lambda: LocalAudioPlayer().play_stream(nothing()),
        lambda: Microphone().record(),
    ]
    for use in uses:
        with pytest.raises(MissingDependencyError) as raised:
            await use()
        assert str(raised.value) == MISSING_SOUNDDEVICE
        assert isinstance(raised.value, openai.OpenAIError)
        assert isinstance(raised.value.__cause__, ImportError)


async def test_without_sounddevice_the_helpers_fail_where_the_official_does(
    device: FakeDevice, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As 1.102.0, sounddevice is looked up when the stream is opened: the samples are checked and
    # a speech response is read before that, and a microphone's earlier recording is dropped.
    mic = Microphone(should_record=counter(2))
    device.recording = blocks(3)
    await mic.record()
    assert len(mic.buffer_chunks) == 2
    monkeypatch.setitem(sys.modules, "sounddevice", None)

    with pytest.raises(ValueError, match="Unsupported dtype: float64"):
        await LocalAudioPlayer().play(PCM16.astype(np.float64))
    with pytest.raises(MissingDependencyError):
        await mic.record()
    assert mic.buffer_chunks == []

    with respx.mock(base_url=BASE_URL) as mock:
        mock.post("/audio/speech").respond(200, content=PCM16.tobytes())
        with openai.OpenAI(api_key=API_KEY, base_url=BASE_URL) as client:
            speech = client.audio.speech.with_streaming_response.create(model="tts-1", voice="alloy", input="hi")
            with speech as response:
                with pytest.raises(MissingDependencyError):
                    await LocalAudioPlayer().play(response)
                assert response.http_response.is_stream_consumed


def test_without_numpy_importing_the_helpers_names_the_extra() -> None:
    # As 1.102.0: `import openai` works, `import openai.helpers` raises the error naming the extra.
    code = (
        "import sys\n"
        "sys.modules['numpy'] = None\n"
        "import openai\n"
        "from openai._extras import has_numpy\n"
        "from openai._extras._common import MissingDependencyError\n"
        "print(has_numpy())\n"
        "try:\n"
        "    from openai.helpers import Microphone\n"
        "except MissingDependencyError as err:\n"
        "    print(repr(str(err)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["False", repr(MISSING_NUMPY)]


def test_missing_dependency_errors_are_worded_as_the_official() -> None:
    from openai._extras.numpy_proxy import NUMPY_INSTRUCTIONS
    from openai._extras.pandas_proxy import PANDAS_INSTRUCTIONS
    from openai._extras.sounddevice_proxy import SOUNDDEVICE_INSTRUCTIONS

    assert _common.format_instructions(library="numpy", extra="voice_helpers") == MISSING_NUMPY
    assert (NUMPY_INSTRUCTIONS, SOUNDDEVICE_INSTRUCTIONS) == (MISSING_NUMPY, MISSING_SOUNDDEVICE)
    assert PANDAS_INSTRUCTIONS == MISSING_NUMPY.replace("numpy", "pandas").replace("voice_helpers", "datalib")
    assert MissingDependencyError.__module__ == "openai._extras._common"
    assert issubclass(MissingDependencyError, openai.OpenAIError)


def test_the_proxies_reach_the_installed_module_each_time(monkeypatch: pytest.MonkeyPatch) -> None:
    from openai import _extras

    assert _extras.numpy.float32 is np.float32 and _extras.has_numpy()
    fake = FakeDevice()
    monkeypatch.setitem(sys.modules, "sounddevice", fake)
    assert _extras.sounddevice.CallbackStop is fake.CallbackStop
    monkeypatch.setitem(sys.modules, "numpy", None)
    assert not _extras.has_numpy()
    with pytest.raises(MissingDependencyError, match="missing `numpy`"):
        _extras.numpy.float32  # noqa: B018
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingDependencyError, match=r"openai\[datalib\]"):
        _extras.pandas.DataFrame  # noqa: B018


def test_probing_a_missing_module_for_dunder_attributes_is_no_error(monkeypatch: pytest.MonkeyPatch) -> None:
    # inspect.unwrap and doctest look for `__wrapped__` & co. on module globals; the official
    # proxy raises MissingDependencyError there, which breaks them.
    from openai import _extras

    monkeypatch.setitem(sys.modules, "numpy", None)
    assert not hasattr(_extras.numpy, "__wrapped__")
    assert inspect.unwrap(cast(Any, _extras.numpy)) is _extras.numpy


def test_import_openai_loads_neither_the_helpers_nor_numpy() -> None:
    code = (
        "import sys, openai\n"
        "print(sorted(m for m in sys.modules if m.startswith(('numpy', 'sounddevice', 'openai.helpers', 'openai._extras'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
