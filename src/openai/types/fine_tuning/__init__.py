# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the names load on first access at runtime: see `openai._lazy_exports`
    from .dpo_hyperparameters import DpoHyperparameters as DpoHyperparameters
    from .dpo_hyperparameters_param import DpoHyperparametersParam as DpoHyperparametersParam
    from .dpo_method import DpoMethod as DpoMethod
    from .dpo_method_param import DpoMethodParam as DpoMethodParam
    from .fine_tuning_job import FineTuningJob as FineTuningJob
    from .fine_tuning_job_event import FineTuningJobEvent as FineTuningJobEvent
    from .fine_tuning_job_integration import FineTuningJobIntegration as FineTuningJobIntegration
    from .fine_tuning_job_wandb_integration import FineTuningJobWandbIntegration as FineTuningJobWandbIntegration
    from .fine_tuning_job_wandb_integration_object import (
        FineTuningJobWandbIntegrationObject as FineTuningJobWandbIntegrationObject,
    )
    from .job_create_params import JobCreateParams as JobCreateParams
    from .job_list_events_params import JobListEventsParams as JobListEventsParams
    from .job_list_params import JobListParams as JobListParams
    from .reinforcement_hyperparameters import ReinforcementHyperparameters as ReinforcementHyperparameters
    from .reinforcement_hyperparameters_param import (
        ReinforcementHyperparametersParam as ReinforcementHyperparametersParam,
    )
    from .reinforcement_method import ReinforcementMethod as ReinforcementMethod
    from .reinforcement_method_param import ReinforcementMethodParam as ReinforcementMethodParam
    from .supervised_hyperparameters import SupervisedHyperparameters as SupervisedHyperparameters
    from .supervised_hyperparameters_param import SupervisedHyperparametersParam as SupervisedHyperparametersParam
    from .supervised_method import SupervisedMethod as SupervisedMethod
    from .supervised_method_param import SupervisedMethodParam as SupervisedMethodParam
else:
    from ..._lazy_exports import lazy_package

    __getattr__, __dir__, __all__ = lazy_package(
        __name__,
        {
            "DpoHyperparameters": ".dpo_hyperparameters",
            "DpoHyperparametersParam": ".dpo_hyperparameters_param",
            "DpoMethod": ".dpo_method",
            "DpoMethodParam": ".dpo_method_param",
            "FineTuningJob": ".fine_tuning_job",
            "FineTuningJobEvent": ".fine_tuning_job_event",
            "FineTuningJobIntegration": ".fine_tuning_job_integration",
            "FineTuningJobWandbIntegration": ".fine_tuning_job_wandb_integration",
            "FineTuningJobWandbIntegrationObject": ".fine_tuning_job_wandb_integration_object",
            "JobCreateParams": ".job_create_params",
            "JobListEventsParams": ".job_list_events_params",
            "JobListParams": ".job_list_params",
            "ReinforcementHyperparameters": ".reinforcement_hyperparameters",
            "ReinforcementHyperparametersParam": ".reinforcement_hyperparameters_param",
            "ReinforcementMethod": ".reinforcement_method",
            "ReinforcementMethodParam": ".reinforcement_method_param",
            "SupervisedHyperparameters": ".supervised_hyperparameters",
            "SupervisedHyperparametersParam": ".supervised_hyperparameters_param",
            "SupervisedMethod": ".supervised_method",
            "SupervisedMethodParam": ".supervised_method_param",
        },
    )
