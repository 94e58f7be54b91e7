"""A silent stand-in for the `sounddevice` package, for running `examples/voice.py` on a machine
without a sound card (`./scripts/demo` puts this directory on PYTHONPATH).

Output streams discard what they are given; input streams record silence. Both call their
callback from a thread, one block at a time, at the pace a real device would (block frames /
sample rate), until the callback raises `CallbackStop` / `CallbackAbort` or the stream closes.
"""

from __future__ import annotations

import threading
import time
from typing import Any

import numpy as np

BLOCK_FRAMES = 2400  # 0.1 s at the voice helpers' 24 kHz


class CallbackStop(Exception):
    pass


class CallbackAbort(Exception):
    pass


class _Stream:
    def __init__(self, *, callback: Any, samplerate: float, channels: int, dtype: Any, **_: Any) -> None:
        self._callback = callback
        self._pause = BLOCK_FRAMES / float(samplerate)
        self._shape = (BLOCK_FRAMES, channels)
        self._dtype = dtype
        self._closing = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._closing.is_set():
            block = np.zeros(self._shape, dtype=self._dtype)
            try:
                self._callback(block, BLOCK_FRAMES, None, None)
            except (CallbackStop, CallbackAbort):
                return
            self._closing.wait(self._pause)

    def __enter__(self) -> "_Stream":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._closing.set()
        self._thread.join()


def OutputStream(**kwargs: Any) -> _Stream:
    return _Stream(**kwargs)


def InputStream(**kwargs: Any) -> _Stream:
    return _Stream(**kwargs)


def sleep(msec: int) -> None:
    time.sleep(msec / 1000)
