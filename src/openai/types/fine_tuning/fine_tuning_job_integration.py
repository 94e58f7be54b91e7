# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from .fine_tuning_job_wandb_integration_object import FineTuningJobWandbIntegrationObject

FineTuningJobIntegration = FineTuningJobWandbIntegrationObject

__all__ = ["FineTuningJobIntegration"]
