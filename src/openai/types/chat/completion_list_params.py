# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal, TypedDict

from ..shared_params.metadata import Metadata


__all__ = ["CompletionListParams"]


class CompletionListParams(TypedDict, total=False):
    after: str
    limit: int
    metadata: Optional[Metadata]
    model: str
    order: Literal["asc", "desc"]
