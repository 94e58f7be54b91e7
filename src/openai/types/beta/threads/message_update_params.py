# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Required, TypedDict

from ...shared_params.metadata import Metadata


__all__ = ["MessageUpdateParams"]


class MessageUpdateParams(TypedDict, total=False):
    metadata: Optional[Metadata]
    thread_id: Required[str]
