"""Helpers on top of the API: structured outputs (`pydantic_function_tool`, the `parse`
methods), stream managers with accumulated snapshots (`openai.lib.streaming`)."""

from ._parsing import ResponseFormatT
from ._tools import pydantic_function_tool

__all__ = ["ResponseFormatT", "pydantic_function_tool"]
