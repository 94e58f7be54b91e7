"""`client.fine_tuning`: a namespace holding `jobs`, `checkpoints` and `alpha`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource import AsyncAPIResource, SyncAPIResource, lazy_resource

if TYPE_CHECKING:
    from .alpha.alpha import Alpha, AsyncAlpha
    from .checkpoints.checkpoints import AsyncCheckpoints, Checkpoints
    from .jobs.jobs import AsyncJobs, Jobs

__all__ = ["FineTuning", "AsyncFineTuning"]

_JOBS = "openai.resources.fine_tuning.jobs.jobs"
_CHECKPOINTS = "openai.resources.fine_tuning.checkpoints.checkpoints"
_ALPHA = "openai.resources.fine_tuning.alpha.alpha"


class FineTuning(SyncAPIResource):
    jobs: "Jobs" = lazy_resource(_JOBS, "Jobs")
    checkpoints: "Checkpoints" = lazy_resource(_CHECKPOINTS, "Checkpoints")
    alpha: "Alpha" = lazy_resource(_ALPHA, "Alpha")


class AsyncFineTuning(AsyncAPIResource):
    jobs: "AsyncJobs" = lazy_resource(_JOBS, "AsyncJobs")
    checkpoints: "AsyncCheckpoints" = lazy_resource(_CHECKPOINTS, "AsyncCheckpoints")
    alpha: "AsyncAlpha" = lazy_resource(_ALPHA, "AsyncAlpha")
