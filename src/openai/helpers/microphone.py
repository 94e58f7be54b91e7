"""Record from the default input device into a WAV file tuple ready for transcription.

Needs the `voice_helpers` extra (numpy, sounddevice).
"""

from __future__ import annotations

import io
import time
import wave
from typing import TYPE_CHECKING, Callable, Generic, List, Type, TypeVar, Union, overload

from typing_extensions import Literal

from .._extras import numpy as np
from .._extras import sounddevice as sd
from .._types import FileTypes
from ._device import DeviceRun

if TYPE_CHECKING:
    import numpy.typing as npt

__all__ = ["DType", "Microphone", "SAMPLE_RATE"]

SAMPLE_RATE = 24000

# As in 1.102.0, this line needs numpy: without it, importing the helpers raises
# MissingDependencyError, whose message names the extra to install.
DType = TypeVar("DType", bound=np.generic)


class Microphone(Generic[DType]):
    def __init__(
        self,
        channels: int = 1,
        dtype: Type[DType] = np.int16,  # type: ignore[assignment]  # (mypy rejects defaults for TypeVar types)
        should_record: Union[Callable[[], bool], None] = None,
        timeout: Union[float, None] = None,
    ):
        self.channels = channels
        self.dtype = dtype
        self.should_record = should_record
        self.buffer_chunks: List[npt.NDArray[DType]] = []
        self.timeout = timeout
        self.has_record_function = callable(should_record)

    @overload
    async def record(self, return_ndarray: Literal[True]) -> npt.NDArray[DType]: ...

    @overload
    async def record(self, return_ndarray: Literal[False]) -> FileTypes: ...

    @overload
    async def record(self, return_ndarray: None = ...) -> FileTypes: ...

    async def record(self, return_ndarray: Union[bool, None] = False) -> Union[npt.NDArray[DType], FileTypes]:
        """Record until `should_record()` turns false or `timeout` seconds have passed.

        Returns `("audio.wav", <file>, "audio/wav")` for `audio.transcriptions.create(file=...)`,
        or with `return_ndarray=True` the samples (one row per frame)."""
        self.buffer_chunks = []  # emptied even when sounddevice is missing, as the official does
        started = time.perf_counter()
        run = DeviceRun(sd)  # without sounddevice, fails here

        def collect(indata: npt.NDArray[DType], _frame_count: int) -> bool:
            # Both limits are checked when a block arrives; that block is not kept.
            if self.timeout is not None and time.perf_counter() - started > self.timeout:
                return False
            if callable(self.should_record) and not self.should_record():
                return False
            self.buffer_chunks.append(indata.copy())  # the device reuses its buffer
            return True

        stream = sd.InputStream(
            callback=run.callback(collect), dtype=self.dtype, samplerate=SAMPLE_RATE, channels=self.channels
        )
        await run.wait(stream)

        if self.buffer_chunks:
            samples: npt.NDArray[DType] = np.concatenate(self.buffer_chunks, axis=0)
        else:
            samples = np.array([], dtype=self.dtype)
        if return_ndarray:
            return samples
        return self._wav_file(samples)

    def _wav_file(self, samples: npt.NDArray[DType]) -> FileTypes:
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as wav:
            wav.setnchannels(self.channels)
            wav.setsampwidth(np.dtype(self.dtype).itemsize)
            wav.setframerate(SAMPLE_RATE)
            wav.writeframes(samples.tobytes())
        buffer.seek(0)
        return ("audio.wav", buffer, "audio/wav")
