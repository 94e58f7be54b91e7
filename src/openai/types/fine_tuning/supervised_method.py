# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional

from ..._models import BaseModel
from .supervised_hyperparameters import SupervisedHyperparameters


__all__ = ["SupervisedMethod"]


class SupervisedMethod(BaseModel):
    hyperparameters: Optional[SupervisedHyperparameters] = None
