# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Iterable, List, Optional, Union
from typing_extensions import Literal, Required, TypedDict

from ..shared_params.metadata import Metadata
from .dpo_method_param import DpoMethodParam
from .reinforcement_method_param import ReinforcementMethodParam
from .supervised_method_param import SupervisedMethodParam


__all__ = ["Hyperparameters", "Integration", "IntegrationWandb", "JobCreateParams", "Method"]


class Hyperparameters(TypedDict, total=False):
    batch_size: Union[int, Literal["auto"]]
    learning_rate_multiplier: Union[float, Literal["auto"]]
    n_epochs: Union[int, Literal["auto"]]


class IntegrationWandb(TypedDict, total=False):
    entity: Optional[str]
    name: Optional[str]
    project: Required[str]
    tags: List[str]


class Integration(TypedDict, total=False):
    type: Required[Literal["wandb"]]
    wandb: Required[IntegrationWandb]


class Method(TypedDict, total=False):
    dpo: DpoMethodParam
    reinforcement: ReinforcementMethodParam
    supervised: SupervisedMethodParam
    type: Required[Literal["dpo", "reinforcement", "supervised"]]


class JobCreateParams(TypedDict, total=False):
    hyperparameters: Hyperparameters
    integrations: Optional[Iterable[Integration]]
    metadata: Optional[Metadata]
    method: Method
    model: Required[Union[str, Literal["babbage-002", "davinci-002", "gpt-3.5-turbo", "gpt-4o-mini"]]]
    seed: Optional[int]
    suffix: Optional[str]
    training_file: Required[str]
    validation_file: Optional[str]
