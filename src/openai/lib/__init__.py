"""Helpers on top of the API: structured outputs (`pydantic_function_tool`, the `parse`
methods), stream managers with accumulated snapshots (`openai.lib.streaming`), Azure clients.

The exports load on first use, so importing a submodule such as `openai.lib.azure` does not
pull in the parsing helpers and the types they need.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._parsing import ResponseFormatT as ResponseFormatT
    from ._tools import pydantic_function_tool as pydantic_function_tool

__all__ = ["ResponseFormatT", "pydantic_function_tool"]


def __getattr__(name: str) -> Any:
    if name == "ResponseFormatT":
        from ._parsing import ResponseFormatT

        return ResponseFormatT
    if name == "pydantic_function_tool":
        from ._tools import pydantic_function_tool

        return pydantic_function_tool
    raise AttributeError(f"module 'openai.lib' has no attribute {name!r}")
