# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, Optional
from typing_extensions import TypedDict


__all__ = ["JobListParams"]


class JobListParams(TypedDict, total=False):
    after: str
    limit: int
    metadata: Optional[Dict[str, str]]
