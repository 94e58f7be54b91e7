"""Optional dependencies, imported on first use, with an error that names the extra to install.

The voice helpers need `numpy` and `sounddevice` (the `voice_helpers` extra), the data tools
`pandas` (the `datalib` extra). None of them is imported by `import openai`: each is reached
through an `OptionalModule` that imports the real module when one of its attributes is first
looked up, and raises `MissingDependencyError` when it is not installed.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any, List

from .._exceptions import OpenAIError

__all__ = ["INSTRUCTIONS", "MissingDependencyError", "OptionalModule", "format_instructions"]

# The official wording, blank lines included: users' tests match it.
INSTRUCTIONS = """

OpenAI error:

    missing `{library}`

This feature requires additional dependencies:

    $ pip install openai[{extra}]

"""


def format_instructions(*, library: str, extra: str) -> str:
    return INSTRUCTIONS.format(library=library, extra=extra)


class MissingDependencyError(OpenAIError):
    """An optional dependency is not installed; the message says which extra brings it."""


class OptionalModule:
    """Stands for the module `name` until it is needed.

    Nothing is cached: the import system already caches modules, and looking the module up each
    time lets tests swap in a fake one (`sys.modules`)."""

    def __init__(self, name: str, instructions: str) -> None:
        self._name = name
        self._instructions = instructions

    def load(self) -> ModuleType:
        try:
            return importlib.import_module(self._name)
        except ImportError as err:
            raise MissingDependencyError(self._instructions) from err

    def __getattr__(self, attr: str) -> Any:
        try:
            module = self.load()
        except MissingDependencyError:
            if attr.startswith("__"):  # inspect, copy, doctest probing the object: "no such attribute"
                raise AttributeError(attr) from None
            raise
        return getattr(module, attr)

    def __dir__(self) -> List[str]:
        return dir(self.load())

    def __repr__(self) -> str:
        return repr(self.load())
