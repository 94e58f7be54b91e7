# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List
from typing_extensions import Required, TypedDict


__all__ = ["PermissionCreateParams"]


class PermissionCreateParams(TypedDict, total=False):
    project_ids: Required[List[str]]
