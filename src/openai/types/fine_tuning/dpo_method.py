# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional

from ..._models import BaseModel
from .dpo_hyperparameters import DpoHyperparameters


__all__ = ["DpoMethod"]


class DpoMethod(BaseModel):
    hyperparameters: Optional[DpoHyperparameters] = None
