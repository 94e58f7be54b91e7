# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["StringCheckGraderParam"]


class StringCheckGraderParam(TypedDict, total=False):
    input: Required[str]
    name: Required[str]
    operation: Required[Literal["eq", "ilike", "like", "ne"]]
    reference: Required[str]
    type: Required[Literal["string_check"]]
