# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional, Union
from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["DpoHyperparameters"]


class DpoHyperparameters(BaseModel):
    batch_size: Optional[Union[Literal["auto"], int]] = None
    beta: Optional[Union[Literal["auto"], float]] = None
    learning_rate_multiplier: Optional[Union[Literal["auto"], float]] = None
    n_epochs: Optional[Union[Literal["auto"], int]] = None
