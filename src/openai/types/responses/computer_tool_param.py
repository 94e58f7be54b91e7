# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["ComputerToolParam"]


class ComputerToolParam(TypedDict, total=False):
    display_height: Required[int]
    display_width: Required[int]
    environment: Required[Literal["browser", "linux", "mac", "ubuntu", "windows"]]
    type: Required[Literal["computer_use_preview"]]
