# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import Literal, TypedDict


__all__ = ["ReinforcementHyperparametersParam"]


class ReinforcementHyperparametersParam(TypedDict, total=False):
    batch_size: Union[int, Literal["auto"]]
    compute_multiplier: Union[float, Literal["auto"]]
    eval_interval: Union[int, Literal["auto"]]
    eval_samples: Union[int, Literal["auto"]]
    learning_rate_multiplier: Union[float, Literal["auto"]]
    n_epochs: Union[int, Literal["auto"]]
    reasoning_effort: Literal["default", "high", "low", "medium"]
