from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._common import MissingDependencyError, OptionalModule, format_instructions

__all__ = ["PANDAS_INSTRUCTIONS", "MissingDependencyError", "PandasProxy", "pandas"]

PANDAS_INSTRUCTIONS = format_instructions(library="pandas", extra="datalib")


class PandasProxy(OptionalModule):
    def __init__(self) -> None:
        super().__init__("pandas", PANDAS_INSTRUCTIONS)


if TYPE_CHECKING:
    pandas: Any  # typed through pandas-stubs where installed; not needed by the package itself
else:
    pandas = PandasProxy()
