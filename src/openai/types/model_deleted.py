# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from .._models import BaseModel


__all__ = ["ModelDeleted"]


class ModelDeleted(BaseModel):
    id: str
    deleted: bool
    object: str
