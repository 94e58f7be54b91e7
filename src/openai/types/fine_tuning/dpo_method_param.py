# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import TypedDict

from .dpo_hyperparameters_param import DpoHyperparametersParam


__all__ = ["DpoMethodParam"]


class DpoMethodParam(TypedDict, total=False):
    hyperparameters: DpoHyperparametersParam
