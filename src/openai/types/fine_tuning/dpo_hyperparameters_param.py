# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import Literal, TypedDict


__all__ = ["DpoHyperparametersParam"]


class DpoHyperparametersParam(TypedDict, total=False):
    batch_size: Union[int, Literal["auto"]]
    beta: Union[float, Literal["auto"]]
    learning_rate_multiplier: Union[float, Literal["auto"]]
    n_epochs: Union[int, Literal["auto"]]
