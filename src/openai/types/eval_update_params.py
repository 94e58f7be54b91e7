# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import TypedDict

from .shared_params.metadata import Metadata


__all__ = ["EvalUpdateParams"]


class EvalUpdateParams(TypedDict, total=False):
    metadata: Optional[Metadata]
    name: str
