# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List
from typing_extensions import Literal, Required, TypedDict


__all__ = ["ContainerCreateParams", "ExpiresAfter"]


class ExpiresAfter(TypedDict, total=False):
    anchor: Required[Literal["last_active_at"]]
    minutes: Required[int]


class ContainerCreateParams(TypedDict, total=False):
    expires_after: ExpiresAfter
    file_ids: List[str]
    name: Required[str]
