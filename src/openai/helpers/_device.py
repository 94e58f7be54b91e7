"""Running a sounddevice stream from a coroutine until its callback is done.

sounddevice calls a stream's callback on its own audio thread, once per block of frames. Here
the callback is a plain `step(data, frame_count) -> bool` (False: done); `DeviceRun` turns it
into what sounddevice expects (raising `CallbackStop` when done) and wakes the waiting coroutine
through an asyncio event set from the audio thread.

An exception in a sounddevice callback is only printed by the audio thread, the stream keeps
calling it, and a coroutine waiting for the end would wait forever. So the exception is kept,
the stream aborted, and the exception raised in the coroutine instead.
"""

from __future__ import annotations

import asyncio
from typing import Any, Callable, ContextManager, Optional

__all__ = ["DeviceRun", "Step"]

Step = Callable[[Any, int], bool]


class DeviceRun:
    def __init__(self, sd: Any) -> None:
        # Looked up once, here: raises MissingDependencyError without sounddevice.
        self._stop: type[BaseException] = sd.CallbackStop
        self._abort: type[BaseException] = sd.CallbackAbort
        self._loop = asyncio.get_running_loop()
        self._done = asyncio.Event()
        self._error: Optional[BaseException] = None
        self._finished = False  # read on the audio thread: a plain flag, no lock needed

    def callback(self, step: Step) -> Callable[[Any, int, Any, Any], None]:
        """The sounddevice callback running `step` (called on the audio thread)."""
        stop, abort = self._stop, self._abort

        def run(data: Any, frame_count: int, _time_info: Any, _status: Any) -> None:
            if self._finished:  # a block asked for after the end, while the stream stops
                raise stop
            try:
                more = step(data, frame_count)
            except BaseException as exc:
                self._error = exc
                self._finish()
                raise abort from exc
            if not more:
                self._finish()
                raise stop

        return run

    async def wait(self, stream: ContextManager[Any]) -> None:
        """Run `stream` (a sounddevice stream made with `callback(...)`) until the step is done."""
        with stream:
            await self._done.wait()
        if self._error is not None:
            raise self._error

    def _finish(self) -> None:
        self._finished = True
        try:
            self._loop.call_soon_threadsafe(self._done.set)
        except RuntimeError:  # the loop is closed: nobody is waiting any more
            pass
