"""The voice helpers (`voice:`): `openai.helpers.LocalAudioPlayer` and `Microphone`.

There is no sound card: while a scenario plays or records, `sys.modules["sounddevice"]` is a
`FakeDevice`. Its streams call the helper's callback from their own thread, block after block, as
PortAudio does. An output stream keeps the blocks written to it; an input stream hands out
numbered blocks. Only `play_stream` waits for the event loop in its callback (the silence between
buffers depends on timing), so its output is compared without the silent frames; everything else
is the same block for block. While recording, `time.perf_counter` reads the device's clock, which
moves on by one block's duration with each block: `Microphone(timeout=...)` ends at a fixed block.

The scenarios where the official waits forever (an error in a callback or in the generator, a
flat float32 buffer in `play_stream`) are left to `tests/test_voice_helpers.py`.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import subprocess
import sys
import threading
import time
import types
from typing import Any, AsyncIterator, Callable, Dict, Iterator, List, Optional

import numpy as np
from dsl import Ctx, Reply, scenario
from helpers import rid
from observe import type_name

RATE = 24000
MAX_BLOCKS = 3000  # a stream that never stops is cut off here (and says so)

# 2500 int16 samples, none of them zero (silence is told apart from sound), both signs.
PCM16 = np.array([((i * 37) % 2000 + 1) * (1 if i % 3 else -1) for i in range(2500)], dtype=np.int16)
FLOAT = (PCM16.astype(np.float32) / 32767.0).reshape(-1, 1)

# ----------------------------------------------------------------------------- the fake device


class FakeStream:
    """A sounddevice stream: from `__enter__` to `__exit__`, a thread calls the callback once per block."""

    def __init__(self, device: FakeDevice, kind: str, kwargs: Dict[str, Any]) -> None:
        self.device = device
        self.kind = kind
        self.kwargs = kwargs
        self.blocks: List[Any] = []  # output: each block as the device played it
        self.calls = 0
        self.ended: Optional[str] = None
        self.closed = False
        self._closing = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> FakeStream:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._closing.set()
        self._thread.join()
        self.closed = True

    def _run(self) -> None:
        device = self.device
        shape = (device.blocksize, self.kwargs["channels"])
        dtype = self.kwargs["dtype"]
        while self.calls < MAX_BLOCKS:
            if self._closing.is_set():
                self.ended = "closed while running"
                return
            self.calls += 1
            device.now = self.calls * device.blocksize / RATE
            if self.kind == "output":
                block = np.full(shape, device.fill, dtype=dtype)  # what the host buffer held
            else:
                block = recorded_block(self.calls, shape, dtype)
            try:
                self.kwargs["callback"](block, device.blocksize, None, None)
            except device.CallbackStop:
                self.ended = "CallbackStop"  # the block written by this call is still played
            except BaseException as exc:  # CallbackAbort, or an error: sounddevice aborts
                self.ended = f"aborted by {type(exc).__name__}"
            if self.kind == "output":
                self.blocks.append(block.copy())
            if self.ended:
                return
        self.ended = f"cut off after {MAX_BLOCKS} blocks"


def recorded_block(index: int, shape: Any, dtype: Any) -> Any:
    """What the microphone hears in block `index` (1, 2, ...): different in every block."""
    count = shape[0] * shape[1]
    return ((np.arange(count) % 251 + index * 1000) * (1 if index % 2 else -1)).astype(dtype).reshape(shape)


class FakeDevice(types.ModuleType):
    def __init__(self, blocksize: int, fill: float) -> None:
        super().__init__("sounddevice")
        self.blocksize = blocksize
        self.fill = fill
        self.now = 0.0
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


@contextlib.contextmanager
def sounddevice(module: Any) -> Iterator[Any]:
    """`module` as `sounddevice` for the block (None: not installed)."""
    saved = sys.modules.get("sounddevice")
    sys.modules["sounddevice"] = module
    try:
        yield module
    finally:
        if saved is None:
            del sys.modules["sounddevice"]
        else:
            sys.modules["sounddevice"] = saved


@contextlib.contextmanager
def fake_device(blocksize: int, fill: float = 0.0, clock: bool = False) -> Iterator[FakeDevice]:
    """A fresh `FakeDevice` as `sounddevice`; with `clock`, `time.perf_counter` reads its clock."""
    device = FakeDevice(blocksize, fill)
    real_clock = time.perf_counter
    try:
        with sounddevice(device):
            if clock:
                time.perf_counter = lambda: device.now
            yield device
    finally:
        time.perf_counter = real_clock


# ----------------------------------------------------------------------------- observations


def digest(samples: Any) -> Dict[str, Any]:
    """An array by its type, shape and content (a hash: the arrays are large)."""
    content = np.ascontiguousarray(samples).tobytes()
    return {"dtype": str(samples.dtype), "shape": list(samples.shape), "sha256": hashlib.sha256(content).hexdigest()}


def report(ctx: Ctx, device: FakeDevice, *, sound_only: bool = False) -> None:
    """What the device saw: each stream's settings, how it ended, and what it played."""
    ctx.note("streams opened", len(device.streams))
    for stream in device.streams:
        settings = [[k, "<callback>" if k == "callback" else repr(v)] for k, v in stream.kwargs.items()]
        ctx.note(f"{stream.kind} stream settings", settings)
        ctx.note("stream ended", [stream.ended, "closed" if stream.closed else "left open"])
        if stream.kind == "input":
            ctx.note("blocks recorded", stream.calls)
            continue
        played = np.concatenate(stream.blocks)
        if sound_only:  # the frames that are not silence
            ctx.note("sound played", digest(played[(played != 0).any(axis=1)]))
        else:
            ctx.note("blocks played", len(stream.blocks))
            ctx.note("played", digest(played))


class Answers:
    """A `should_stop` / `should_record`: returns `results` in turn (then the last one again) and
    counts how often it was asked."""

    def __init__(self, results: List[bool]) -> None:
        self.results = results
        self.asked = 0

    def __call__(self) -> bool:
        self.asked += 1
        return self.results[min(self.asked, len(self.results)) - 1]


def helpers() -> Any:
    import openai.helpers

    return openai.helpers


# ----------------------------------------------------------------------------- play()


async def play(ctx: Ctx, source: Any, *, blocksize: int = 1000, fill: float = 0.0, **options: Any) -> None:
    with fake_device(blocksize, fill) as device:
        player = helpers().LocalAudioPlayer(**options)
        await ctx.acall("play", lambda: player.play(source))
    report(ctx, device)


ARRAYS = {
    "int16": PCM16,
    "int16 column": PCM16.reshape(-1, 1),
    "int16 two columns": PCM16.reshape(-1, 2),  # scaled and played as one channel, sample by sample
    "float32 column": FLOAT,
    "float32 two columns": FLOAT.reshape(-1, 2),
    "float32 every other frame": FLOAT[::2],  # not contiguous
    "float32 one block exactly": FLOAT[:1000],
    "empty int16": np.array([], dtype=np.int16),
    "float64": PCM16.astype(np.float64),
    "int32": PCM16.astype(np.int32),
    "uint8": PCM16.astype(np.uint8),
}

for _name, _samples in ARRAYS.items():

    @scenario(f"voice: play {_name} samples")
    async def _(ctx: Ctx, samples: Any = _samples) -> None:
        await play(ctx, samples)


@scenario("voice: play flat float32 samples", deviation="voice-flat-float-samples")
async def _(ctx: Ctx) -> None:
    await play(ctx, FLOAT.ravel())


@scenario("voice: play ends with the block the host buffer held", deviation="voice-silent-end")
async def _(ctx: Ctx) -> None:
    await play(ctx, PCM16, fill=0.5)


for _name, _answers in (("after two blocks", [False, False, True]), ("at once", [True]), ("never", [False])):

    @scenario(f"voice: play with should_stop {_name}")
    async def _(ctx: Ctx, answers: List[bool] = _answers) -> None:
        should_stop = Answers(answers)
        await play(ctx, PCM16, should_stop=should_stop)
        ctx.note("should_stop asked", should_stop.asked)


@scenario("voice: LocalAudioPlayer attributes")
def _(ctx: Ctx) -> None:
    player = helpers().LocalAudioPlayer()
    ctx.note("attributes", [player.channels, repr(player.dtype), player.should_stop])
    ctx.note("should_stop kept", helpers().LocalAudioPlayer(should_stop=bool).should_stop)


# ----------------------------------------------------------------------------- play(speech)

SPEECH = {"model": "gpt-4o-mini-tts", "voice": "alloy", "input": "Hello there", "response_format": "pcm"}


def speech_reply(chunked: bool = False) -> Reply:
    data = PCM16.tobytes()
    if chunked:  # pieces of odd sizes: samples split across chunks
        pieces = [data[i : i + 777] for i in range(0, len(data), 777)]
        return Reply(chunks=pieces, content_type="audio/pcm", headers=rid("req_speech"))
    return Reply(content=data, content_type="audio/pcm", headers=rid("req_speech"))


@scenario("voice: play a pcm speech response")
async def _(ctx: Ctx) -> None:
    ctx.reply(speech_reply())
    await play(ctx, ctx.client().audio.speech.create(**SPEECH), blocksize=512)


@scenario("voice: play a pcm speech response [async]")
async def _(ctx: Ctx) -> None:
    ctx.reply(speech_reply())
    await play(ctx, await ctx.async_client().audio.speech.create(**SPEECH), blocksize=512)


@scenario("voice: play a pcm speech response [streaming]")
async def _(ctx: Ctx) -> None:
    ctx.reply(speech_reply(chunked=True))
    with ctx.client().audio.speech.with_streaming_response.create(**SPEECH) as response:
        await play(ctx, response, blocksize=512)
        ctx.note("body read", response.http_response.is_stream_consumed)


@scenario("voice: play a pcm speech response [async streaming]")
async def _(ctx: Ctx) -> None:
    ctx.reply(speech_reply(chunked=True))
    async with ctx.async_client().audio.speech.with_streaming_response.create(**SPEECH) as response:
        await play(ctx, response, blocksize=512)
        ctx.note("body read", response.http_response.is_stream_consumed)


@scenario("voice: play a pcm speech response [raw parsed]")
async def _(ctx: Ctx) -> None:
    ctx.reply(speech_reply())
    await play(ctx, ctx.client().audio.speech.with_raw_response.create(**SPEECH).parse(), blocksize=512)


@scenario("voice: play a raw speech response (unparsed)")
async def _(ctx: Ctx) -> None:
    ctx.reply(speech_reply())
    await play(ctx, ctx.client().audio.speech.with_raw_response.create(**SPEECH))


@scenario("voice: play bytes")
async def _(ctx: Ctx) -> None:
    await play(ctx, PCM16.tobytes())


@scenario("voice: play a speech response of an odd byte count")
async def _(ctx: Ctx) -> None:
    ctx.reply(Reply(content=PCM16.tobytes()[:-1], content_type="audio/pcm"))
    await play(ctx, ctx.client().audio.speech.create(**SPEECH))


# ----------------------------------------------------------------------------- play_stream()


async def play_stream(ctx: Ctx, buffers: AsyncIterator[Any], **options: Any) -> None:
    with fake_device(300) as device:
        player = helpers().LocalAudioPlayer(**options)
        await ctx.acall("play_stream", lambda: player.play_stream(buffers))  # type: ignore[arg-type]
    report(ctx, device, sound_only=True)


async def buffers_of(pulled: List[str], items: List[Any], pause: float = 0.0) -> AsyncIterator[Any]:
    """Yields `items`, noting in `pulled` each one asked for (and the end)."""
    for i, item in enumerate(items):
        pulled.append(f"buffer {i}")
        if pause:
            await asyncio.sleep(pause)
        yield item
    pulled.append("end")


STREAMS = {
    "buffers of each kind": [PCM16[:700], FLOAT[700:1500], PCM16[1500:].reshape(-1, 1)],
    "None ends it": [PCM16[:1300], None, PCM16[1300:]],
    "no buffers": [],
    "one large buffer": [np.concatenate([PCM16] * 4)],
    "forty small buffers": [PCM16[i : i + 50] for i in range(0, 2000, 50)],
}

for _name, _items in STREAMS.items():

    @scenario(f"voice: play_stream {_name}")
    async def _(ctx: Ctx, items: List[Any] = _items) -> None:
        pulled: List[str] = []
        await play_stream(ctx, buffers_of(pulled, items))
        ctx.note("pulled", pulled)


@scenario("voice: play_stream of a generator that pauses")
async def _(ctx: Ctx) -> None:
    pulled: List[str] = []
    await play_stream(ctx, buffers_of(pulled, [PCM16[:1000], FLOAT[1000:]], pause=0.05))
    ctx.note("pulled", pulled)


@scenario("voice: play_stream with should_stop", deviation="voice-stream-should-stop")
async def _(ctx: Ctx) -> None:
    pulled: List[str] = []
    should_stop = Answers([False, False, True])
    await play_stream(ctx, buffers_of(pulled, [PCM16] * 3), should_stop=should_stop)
    ctx.note("should_stop asked", should_stop.asked)


# ----------------------------------------------------------------------------- Microphone

MIC_BLOCK = 375  # 1/64 s at 24 kHz: the device's clock moves in exact steps
STEP = MIC_BLOCK / RATE


def wav_seen(result: Any) -> Any:
    """The WAV tuple: its name and content type, the file's type and position, its bytes."""
    if not isinstance(result, tuple):
        return type_name(result)
    name, file, content_type = result
    position = file.tell()
    data = file.read()
    return {
        "name": name,
        "file": type_name(file),
        "position": position,
        "content_type": content_type,
        "header": data[:44].hex(),
        "data": {"length": len(data), "sha256": hashlib.sha256(data).hexdigest()},
    }


async def record(ctx: Ctx, *args: Any, **options: Any) -> Any:
    """`Microphone(**options).record(*args)` on the fake device, and what it returned."""
    with fake_device(MIC_BLOCK, clock=True) as device:
        mic = helpers().Microphone(**options)
        result = await ctx.acall("record", lambda: mic.record(*args))
    if isinstance(result, np.ndarray):
        ctx.note("samples", digest(result))
    elif not isinstance(result, Exception):
        ctx.note("wav", wav_seen(result))
    report(ctx, device)
    ctx.note("buffer_chunks", [digest(chunk) for chunk in mic.buffer_chunks])
    return mic


@scenario("voice: Microphone attributes")
def _(ctx: Ctx) -> None:
    Microphone = helpers().Microphone
    mic = Microphone()
    seen = [mic.channels, repr(mic.dtype), mic.should_record, mic.timeout, mic.has_record_function, mic.buffer_chunks]
    ctx.note("defaults", seen)
    other = Microphone(2, np.float32, bool, 1.5)
    ctx.note(
        "given", [other.channels, repr(other.dtype), other.should_record, other.timeout, other.has_record_function]
    )


for _name, _args in (("", ()), (" return_ndarray=False", (False,)), (" return_ndarray=True", (True,))):

    @scenario(f"voice: Microphone(timeout) record(){_name}")
    async def _(ctx: Ctx, args: Any = _args) -> None:
        await record(ctx, *args, timeout=4 * STEP)  # blocks at 1..4 steps kept, the 5th ends it


for _name, _options in (
    ("timeout 0", {"timeout": 0}),
    ("timeout between blocks", {"timeout": 2.5 * STEP}),
    ("channels=2", {"timeout": 3 * STEP, "channels": 2}),
    ("float32", {"timeout": 2 * STEP, "dtype": np.float32}),
    ("int32", {"timeout": 2 * STEP, "dtype": np.int32}),
    ("int8 two channels", {"timeout": 2 * STEP, "dtype": np.int8, "channels": 2}),
):
    for _args in ((), (True,)):

        @scenario(f"voice: Microphone {_name} record({'True' if _args else ''})")
        async def _(ctx: Ctx, options: Any = _options, args: Any = _args) -> None:
            await record(ctx, *args, **options)


for _name, _answers, _timeout in (
    ("three blocks", [True, True, True, False], None),
    ("never", [False], None),
    ("and a timeout that comes first", [True], 2 * STEP),
    ("before a timeout", [True, False], 10 * STEP),
):

    @scenario(f"voice: Microphone should_record {_name}")
    async def _(ctx: Ctx, answers: List[bool] = _answers, timeout: Any = _timeout) -> None:
        should_record = Answers(answers)
        mic = await record(ctx, should_record=should_record, timeout=timeout)
        ctx.note("should_record asked", should_record.asked)
        ctx.note("has_record_function", mic.has_record_function)


@scenario("voice: Microphone records afresh each time")
async def _(ctx: Ctx) -> None:
    mic = await record(ctx, timeout=3 * STEP)
    with fake_device(MIC_BLOCK, clock=True):
        mic.timeout = STEP
        await ctx.acall("second record", lambda: mic.record(True))
    ctx.note("buffer_chunks after the second", len(mic.buffer_chunks))


# ----------------------------------------------------------------------------- without the extra


async def nothing_but_none() -> AsyncIterator[Any]:
    yield None


@scenario("voice: without sounddevice")
async def _(ctx: Ctx) -> None:
    LocalAudioPlayer, Microphone = helpers().LocalAudioPlayer, helpers().Microphone
    uses: Dict[str, Callable[[], Any]] = {
        "play int16": lambda: LocalAudioPlayer().play(PCM16),
        "play float64": lambda: LocalAudioPlayer().play(PCM16.astype(np.float64)),
        "play_stream": lambda: LocalAudioPlayer().play_stream(nothing_but_none()),  # type: ignore[arg-type]
        "record": lambda: Microphone().record(),
        "record ndarray": lambda: Microphone(timeout=1).record(True),
    }
    with sounddevice(None):
        for label, use in uses.items():
            await ctx.acall(label, use)


@scenario("voice: without sounddevice, a streamed speech response")
async def _(ctx: Ctx) -> None:
    ctx.reply(speech_reply(chunked=True))
    with ctx.client().audio.speech.with_streaming_response.create(**SPEECH) as response, sounddevice(None):
        await ctx.acall("play", lambda: helpers().LocalAudioPlayer().play(response))
        ctx.note("body read", response.http_response.is_stream_consumed)


@scenario("voice: without sounddevice, a Microphone that recorded before")
async def _(ctx: Ctx) -> None:
    mic = await record(ctx, timeout=2 * STEP)
    with sounddevice(None):
        await ctx.acall("record again", lambda: mic.record())
    ctx.note("buffer_chunks after", len(mic.buffer_chunks))


NO_NUMPY = """
import json, sys
sys.modules["numpy"] = None
import openai
seen = []
for statement in ("import openai.helpers", "from openai.helpers import LocalAudioPlayer", "import openai.helpers.microphone"):
    try:
        exec(statement)
        seen.append([statement, "imported"])
    except Exception as exc:
        bases = [k.__qualname__ for k in type(exc).__mro__ if k.__module__.startswith("openai")]
        seen.append([statement, bases, str(exc), type(exc.__cause__).__name__])
print(json.dumps(seen))
"""


@scenario("voice: import openai.helpers without numpy")
def _(ctx: Ctx) -> None:
    # No timeout: waiting with one polls `time.sleep`, which the runner records instead of sleeping.
    done = subprocess.run([sys.executable, "-c", NO_NUMPY], capture_output=True, text=True)
    ctx.note("imports", json.loads(done.stdout) if done.returncode == 0 else done.stderr[-2000:])
