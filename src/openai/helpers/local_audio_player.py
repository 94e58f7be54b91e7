"""Play speech (24 kHz mono PCM) on the default output device, from a coroutine.

Needs the `voice_helpers` extra (numpy, sounddevice); both are imported on first use.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from typing import TYPE_CHECKING, Any, AsyncGenerator, Callable, Union

from .. import _legacy_response
from .._extras import numpy as np
from .._extras import sounddevice as sd
from .._response import (
    APIResponse,
    AsyncStreamedBinaryAPIResponse,
    HttpxBinaryResponseContent,
    StreamedBinaryAPIResponse,
)
from ._device import DeviceRun

if TYPE_CHECKING:
    import numpy.typing as npt

__all__ = ["LocalAudioPlayer", "SAMPLE_RATE"]

SAMPLE_RATE = 24000  # what the speech endpoint's `pcm` format carries

_PCM_SCALE = 32767.0  # int16 sample -> float in [-1, 1]
_QUEUE_SIZE = 50  # buffers read ahead of the device in `play_stream`
_WAIT_FOR_BUFFER = 0.1  # seconds the audio thread waits for the next buffer before playing silence

SpeechResponse = Union[HttpxBinaryResponseContent, AsyncStreamedBinaryAPIResponse, StreamedBinaryAPIResponse]


class LocalAudioPlayer:
    def __init__(
        self,
        should_stop: Union[Callable[[], bool], None] = None,
    ):
        self.channels = 1
        self.dtype = np.float32  # also checks that numpy is installed, before any audio is read
        self.should_stop = should_stop

    async def play(
        self,
        input: Union[
            npt.NDArray[np.int16],
            npt.NDArray[np.float32],
            _legacy_response.HttpxBinaryResponseContent,
            AsyncStreamedBinaryAPIResponse,
            StreamedBinaryAPIResponse,
        ],
    ) -> None:
        """Play a whole clip: a speech response in the `pcm` format, or an array of samples
        (int16, or float32 in [-1, 1]); returns when it has been played or `should_stop()`."""
        if isinstance(input, np.ndarray):
            if not (input.dtype == np.float32 or (input.dtype == np.int16 and self.dtype == np.float32)):
                raise ValueError(f"Unsupported dtype: {input.dtype}")
            audio = self._frames(input)
        else:
            audio = await self._read_speech(input)
        # As the official: without sounddevice, fails here, after the samples are checked and read.
        run = DeviceRun(sd)
        position = 0

        def fill(outdata: npt.NDArray[np.float32], frame_count: int) -> bool:
            nonlocal position
            left = len(audio) - position
            if left == 0 or self._stopped():
                outdata[:] = 0
                return False
            count = min(frame_count, left)
            outdata[:count] = audio[position : position + count]
            outdata[count:] = 0
            position += count
            return True

        stream = sd.OutputStream(
            samplerate=SAMPLE_RATE, callback=run.callback(fill), dtype=audio.dtype, channels=audio.shape[1]
        )
        await run.wait(stream)

    async def play_stream(
        self,
        buffer_stream: AsyncGenerator[Union[npt.NDArray[np.float32], npt.NDArray[np.int16], None], None],
    ) -> None:
        """Play buffers of samples as `buffer_stream` yields them, until it ends (or yields None)
        or `should_stop()`; silence fills the gaps when buffers come slower than they play."""
        run = DeviceRun(sd)  # without sounddevice, fails here: before the stream is consumed
        buffers: queue.Queue[Any] = queue.Queue(maxsize=_QUEUE_SIZE)
        fed_all = threading.Event()  # set on the loop thread, read on the audio thread
        feeding = asyncio.ensure_future(_feed(buffer_stream, buffers))
        feeding.add_done_callback(lambda _: fed_all.set())

        current: Any = None
        position = 0

        def fill(outdata: npt.NDArray[np.float32], frame_count: int) -> bool:
            nonlocal current, position
            if self._stopped():
                outdata[:] = 0
                return False
            written = 0
            while written < frame_count:
                if current is None or position >= len(current):
                    # Everything fed and played: the end (checked in this order, the queue is final).
                    if fed_all.is_set() and buffers.empty():
                        outdata[written:] = 0
                        return False
                    try:
                        current = self._frames(buffers.get(timeout=_WAIT_FOR_BUFFER))
                    except queue.Empty:
                        outdata[written:] = 0
                        return True
                    position = 0
                count = min(frame_count - written, len(current) - position)
                outdata[written : written + count] = current[position : position + count]
                position += count
                written += count
            return True

        stream = sd.OutputStream(
            samplerate=SAMPLE_RATE, channels=self.channels, dtype=self.dtype, callback=run.callback(fill)
        )
        try:
            await run.wait(stream)
        finally:
            if not feeding.done():  # stopped (or failed, or cancelled) before the stream ended
                feeding.cancel()
                await asyncio.gather(feeding, return_exceptions=True)
                close = getattr(buffer_stream, "aclose", None)  # any async iterable plays
                if close is not None:
                    await close()
        if not feeding.cancelled():
            await feeding  # raises the stream's own error, if it had one

    def _stopped(self) -> bool:
        return callable(self.should_stop) and bool(self.should_stop())

    def _frames(self, samples: Any) -> Any:
        """Samples as the device takes them: one row per frame, int16 scaled to float."""
        if samples.dtype == np.int16 and self.dtype == np.float32:
            return (samples.astype(np.float32) / _PCM_SCALE).reshape(-1, self.channels)
        # A flat float array is one sample per frame (the official fails on it: no column axis).
        return samples.reshape(-1, self.channels) if samples.ndim == 1 else samples

    async def _read_speech(self, response: SpeechResponse) -> npt.NDArray[np.float32]:
        # The async client's streamed response iterates asynchronously; the others (already read,
        # or from the sync client) synchronously.
        if isinstance(response, (HttpxBinaryResponseContent, APIResponse)):
            chunks = list(response.iter_bytes(chunk_size=1024))
        else:
            chunks = [chunk async for chunk in response.iter_bytes(chunk_size=1024)]
        samples = np.frombuffer(b"".join(chunks), dtype=np.int16)
        return (samples.astype(np.float32) / _PCM_SCALE).reshape(-1, 1)


async def _feed(buffer_stream: AsyncGenerator[Any, None], buffers: queue.Queue[Any]) -> None:
    """Move buffers from the caller's stream to the audio thread's queue, at most a queue ahead."""
    async for buffer in buffer_stream:
        if buffer is None:  # the official end-of-stream marker
            return
        while True:
            try:
                buffers.put_nowait(buffer)
                break
            except queue.Full:  # the device is behind: wait without blocking the loop
                await asyncio.sleep(_WAIT_FOR_BUFFER / 10)
