"""Packages whose names are imported on first access.

The `__init__` of each package under `openai.types` names a few dozen to a few hundred models.
Importing them all the first time any one type module is needed (Python runs a package's
`__init__` before any of its modules) cost a first call about 200 ms. Instead, each `__init__`
imports its names for type checkers only (`if TYPE_CHECKING:`) and, at runtime, hands the same
names to `lazy_package`, which imports a name's module when the name is first read:
`from openai.types.chat import ChatCompletion`, `openai.types.chat.ChatCompletion` and
`from openai.types import *` all work as before, and `dir()` loads them all (for tools that
then read the module's namespace directly). `tests/test_lazy_types.py` checks that the two lists
agree.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any, Callable, Dict, List, Tuple


def lazy_package(
    package: str, exports: Dict[str, str]
) -> Tuple[Callable[[str], Any], Callable[[], List[str]], List[str]]:
    """`(__getattr__, __dir__, __all__)` for `package`, whose `exports` map each name to the
    module (relative to the package) that defines it. A name that is not an export but one of
    the package's modules is imported as that module, as an eager `__init__` would have bound it."""

    def __getattr__(name: str) -> Any:
        module_name = exports.get(name)
        if module_name is None:
            if name.startswith("__"):
                raise AttributeError(f"module {package!r} has no attribute {name!r}")
            try:
                return importlib.import_module(f"{package}.{name}")
            except ModuleNotFoundError as exc:
                if exc.name != f"{package}.{name}":
                    raise
                raise AttributeError(f"module {package!r} has no attribute {name!r}") from None
        value = getattr(importlib.import_module(module_name, package), name)
        vars(sys.modules[package])[name] = value  # later reads skip this function
        return value

    def __dir__() -> List[str]:
        # Whoever lists the names may go on to look them up without `getattr` (`vars()`,
        # `inspect.getattr_static`, documentation tools): they are all loaded first.
        for name in exports:
            if name not in vars(sys.modules[package]):
                __getattr__(name)
        return sorted(vars(sys.modules[package]))

    return __getattr__, __dir__, list(exports)
