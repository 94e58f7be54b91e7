# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the names load on first access at runtime: see `openai._lazy_exports`
    from .checkpoint_list_params import CheckpointListParams as CheckpointListParams
    from .fine_tuning_job_checkpoint import FineTuningJobCheckpoint as FineTuningJobCheckpoint
else:
    from ...._lazy_exports import lazy_package

    __getattr__, __dir__, __all__ = lazy_package(
        __name__,
        {
            "CheckpointListParams": ".checkpoint_list_params",
            "FineTuningJobCheckpoint": ".fine_tuning_job_checkpoint",
        },
    )
