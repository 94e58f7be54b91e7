"""Reading a file named on the command line."""

from __future__ import annotations

from .._errors import CLIError


def read_file(path: str) -> bytes:
    """The file's bytes; a missing or unreadable file is a one-line error, not a traceback."""
    try:
        with open(path, "rb") as file:
            return file.read()
    except OSError as err:
        raise CLIError(f"Cannot read {path}: {err.strerror or err}") from None
