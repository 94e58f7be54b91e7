"""What the thread, message, run and step resources share: the deprecation of the Assistants API."""

from __future__ import annotations

import warnings

# The standard marker, as 1.102.0 applies it: type checkers report the calls, and each call warns
# at its caller -- an async method when it is called, not when it is awaited, since the marker
# wraps it in a plain function that returns the coroutine.
from typing_extensions import deprecated

__all__ = ["DEPRECATION_MESSAGE", "deprecated", "warn_deprecated"]

# 1.102.0 marks these methods deprecated and warns on every call; same category, same pointer.
DEPRECATION_MESSAGE = "The Assistants API is deprecated in favor of the Responses API"


def warn_deprecated() -> None:
    """Warn the caller of the function calling this one (a helper that 1.102.0 does not mark but
    that warns there through the deprecated methods it calls)."""
    warnings.warn(DEPRECATION_MESSAGE, DeprecationWarning, stacklevel=3)
