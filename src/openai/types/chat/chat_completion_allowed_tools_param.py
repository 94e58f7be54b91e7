# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, Iterable
from typing_extensions import Literal, Required, TypedDict


__all__ = ["ChatCompletionAllowedToolsParam"]


class ChatCompletionAllowedToolsParam(TypedDict, total=False):
    mode: Required[Literal["auto", "required"]]
    tools: Required[Iterable[Dict[str, object]]]
