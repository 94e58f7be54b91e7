from .alpha import Alpha, AsyncAlpha
from .checkpoints import AsyncCheckpoints, Checkpoints
from .fine_tuning import AsyncFineTuning, FineTuning
from .jobs import AsyncJobs, Jobs

__all__ = [
    "FineTuning",
    "AsyncFineTuning",
    "Jobs",
    "AsyncJobs",
    "Checkpoints",
    "AsyncCheckpoints",
    "Alpha",
    "AsyncAlpha",
]
