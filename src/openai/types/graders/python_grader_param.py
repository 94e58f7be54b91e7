# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["PythonGraderParam"]


class PythonGraderParam(TypedDict, total=False):
    image_tag: str
    name: Required[str]
    source: Required[str]
    type: Required[Literal["python"]]
