# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional, Union
from typing_extensions import Literal

from ..._models import BaseModel
from ..shared.metadata import Metadata
from .dpo_method import DpoMethod
from .fine_tuning_job_wandb_integration_object import FineTuningJobWandbIntegrationObject
from .reinforcement_method import ReinforcementMethod
from .supervised_method import SupervisedMethod


__all__ = ["Error", "FineTuningJob", "Hyperparameters", "Method"]


class Error(BaseModel):
    code: str
    message: str
    param: Optional[str] = None


class Hyperparameters(BaseModel):
    batch_size: Optional[Union[Literal["auto"], int]] = None
    learning_rate_multiplier: Optional[Union[Literal["auto"], float]] = None
    n_epochs: Optional[Union[Literal["auto"], int]] = None


class Method(BaseModel):
    type: Literal["supervised", "dpo", "reinforcement"]
    dpo: Optional[DpoMethod] = None
    reinforcement: Optional[ReinforcementMethod] = None
    supervised: Optional[SupervisedMethod] = None


class FineTuningJob(BaseModel):
    id: str
    created_at: int
    error: Optional[Error] = None
    fine_tuned_model: Optional[str] = None
    finished_at: Optional[int] = None
    hyperparameters: Hyperparameters
    model: str
    object: Literal["fine_tuning.job"]
    organization_id: str
    result_files: List[str]
    seed: int
    status: Literal["validating_files", "queued", "running", "succeeded", "failed", "cancelled"]
    trained_tokens: Optional[int] = None
    training_file: str
    validation_file: Optional[str] = None
    estimated_finish: Optional[int] = None
    integrations: Optional[List[FineTuningJobWandbIntegrationObject]] = None
    metadata: Optional[Metadata] = None
    method: Optional[Method] = None
