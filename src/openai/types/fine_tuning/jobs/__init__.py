# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from .checkpoint_list_params import CheckpointListParams as CheckpointListParams
from .fine_tuning_job_checkpoint import FineTuningJobCheckpoint as FineTuningJobCheckpoint
