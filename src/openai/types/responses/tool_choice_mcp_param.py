# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal, Required, TypedDict


__all__ = ["ToolChoiceMcpParam"]


class ToolChoiceMcpParam(TypedDict, total=False):
    name: Optional[str]
    server_label: Required[str]
    type: Required[Literal["mcp"]]
