from __future__ import annotations

from typing import TYPE_CHECKING

from ._common import MissingDependencyError, OptionalModule, format_instructions

__all__ = ["NUMPY_INSTRUCTIONS", "MissingDependencyError", "NumpyProxy", "has_numpy", "numpy"]

NUMPY_INSTRUCTIONS = format_instructions(library="numpy", extra="voice_helpers")


class NumpyProxy(OptionalModule):
    def __init__(self) -> None:
        super().__init__("numpy", NUMPY_INSTRUCTIONS)


if TYPE_CHECKING:
    import numpy as numpy  # type checkers see the real module
else:
    numpy = NumpyProxy()


def has_numpy() -> bool:
    try:
        NumpyProxy().load()
    except MissingDependencyError:
        return False
    return True
