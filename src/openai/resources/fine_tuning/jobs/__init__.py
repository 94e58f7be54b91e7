from .checkpoints import AsyncCheckpoints, Checkpoints
from .jobs import AsyncJobs, Jobs

__all__ = ["Jobs", "AsyncJobs", "Checkpoints", "AsyncCheckpoints"]
