"""The base of the commands' argument classes."""

from __future__ import annotations

import dataclasses
from typing import Any, Mapping, Type, TypeVar

__all__ = ["BaseModel"]

_ArgsT = TypeVar("_ArgsT", bound="BaseModel")


class BaseModel:
    """Argument classes are dataclasses deriving from this one. `from_parsed` builds one from the
    whole parsed command line: it keeps the fields the class declares and ignores the rest (the
    global options, argparse's own entries), and leaves out options that were not given (None) so
    that the field's default applies, usually `NOT_GIVEN`, which keeps them off the request."""

    @classmethod
    def from_parsed(cls: Type[_ArgsT], values: Mapping[str, Any]) -> _ArgsT:
        names = {field.name for field in dataclasses.fields(cls)}  # type: ignore[arg-type]
        return cls(**{name: value for name, value in values.items() if name in names and value is not None})
