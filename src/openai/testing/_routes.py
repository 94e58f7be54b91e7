"""Imports every endpoint module so that its handlers register in `ROUTES`."""

from __future__ import annotations

import importlib
import pkgutil

from . import _stateful

for _module in pkgutil.iter_modules(_stateful.__path__):
    importlib.import_module(f"{_stateful.__name__}.{_module.name}")
