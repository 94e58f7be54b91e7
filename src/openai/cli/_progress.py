"""Upload progress on stderr, without third-party packages (the official command uses tqdm, which
this package does not depend on)."""

from __future__ import annotations

import io
import sys
from typing import Callable, Optional, TextIO

__all__ = ["BufferReader", "CancelledError", "progress", "MB"]


class CancelledError(Exception):
    """An upload stopped because reporting its progress failed."""

    def __init__(self, msg: str) -> None:
        super().__init__(msg)
        self.msg = msg

    def __str__(self) -> str:
        return self.msg

    __repr__ = __str__


class BufferReader(io.BytesIO):
    """A file's bytes, handed to the client as the file to upload: every read moves the meter."""

    def __init__(self, buf: bytes = b"", desc: Optional[str] = None) -> None:
        super().__init__(buf)
        self._len = len(buf)
        self._progress = 0
        self._callback = progress(len(buf), desc=desc)

    def __len__(self) -> int:
        return self._len

    def read(self, n: Optional[int] = -1) -> bytes:
        chunk = super().read(n)
        self._progress += len(chunk)
        try:
            self._callback(self._progress)
        except Exception as err:
            raise CancelledError(f"The upload was cancelled: {err}") from err
        return chunk


def _scaled(amount: float) -> str:
    # Three significant figures and a unit prefix: 9.00, 32.0, 330, 1.23k, 45.6M.
    for prefix in ("", "k", "M", "G", "T"):
        if abs(amount) < 999.5 or prefix == "T":
            break
        amount /= 1000
    if abs(amount) >= 99.95:
        return f"{amount:.0f}{prefix}"
    if abs(amount) >= 9.995:
        return f"{amount:.1f}{prefix}"
    return f"{amount:.2f}{prefix}"


def _can_write(stream: TextIO, text: str) -> bool:
    try:
        text.encode(stream.encoding or "ascii")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def progress(total: float, desc: Optional[str]) -> Callable[[float], None]:
    """A callback taking the amount done so far. On a terminal it redraws one line; elsewhere (a
    log, a pipe) it writes only the finished line, so that logs are not flooded."""
    stream = sys.stderr
    live = stream.isatty()
    label = f"{desc}: " if desc else ""
    block = "\u2588" if _can_write(stream, "\u2588") else "#"
    finished = False

    def line(done: float) -> str:
        share = 1.0 if total <= 0 else min(max(done / total, 0.0), 1.0)
        filled = int(share * 10)
        bar = block * filled + " " * (10 - filled)
        return f"{label}{share * 100:3.0f}%|{bar}| {_scaled(done)}/{_scaled(total)}"

    def update(done: float) -> None:
        nonlocal finished
        if finished:
            return
        finished = done >= total
        if live:
            stream.write("\r" + line(done) + ("\n" if finished else ""))
        elif finished:
            stream.write(line(done) + "\n")
        stream.flush()

    if live:
        update(0)
    return update


def MB(i: int) -> int:
    """Whole mebibytes in `i` bytes."""
    return int(i // 1024**2)
