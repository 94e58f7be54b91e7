"""Imports every endpoint module so that its handlers register in `ROUTES`."""

from __future__ import annotations

import importlib
import pkgutil

from . import _generation, _stateful

for _package in (_generation, _stateful):
    for _module in pkgutil.iter_modules(_package.__path__):
        if _package is _generation and _module.name.startswith("_"):
            continue  # shared helpers, no routes
        importlib.import_module(f"{_package.__name__}.{_module.name}")
