"""`/fine_tuning/alpha/graders`: try a grader on a sample, or check that a grader is valid."""

from __future__ import annotations

from typing_extensions import Unpack

from ...._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from ....types.fine_tuning.alpha.grader_run_params import GraderRunParams
from ....types.fine_tuning.alpha.grader_run_response import GraderRunResponse
from ....types.fine_tuning.alpha.grader_validate_params import GraderValidateParams
from ....types.fine_tuning.alpha.grader_validate_response import GraderValidateResponse

__all__ = ["Graders", "AsyncGraders"]

RUN = Endpoint("post", "/fine_tuning/alpha/graders/run", cast_to=GraderRunResponse, params=GraderRunParams)
VALIDATE = Endpoint(
    "post", "/fine_tuning/alpha/graders/validate", cast_to=GraderValidateResponse, params=GraderValidateParams
)


class GraderRunArgs(GraderRunParams, RequestExtras, total=False):
    """The keywords of `fine_tuning.alpha.graders.run`."""


class GraderValidateArgs(GraderValidateParams, RequestExtras, total=False):
    """The keywords of `fine_tuning.alpha.graders.validate`."""


class Graders(SyncAPIResource):
    def run(self, **kw: Unpack[GraderRunArgs]) -> GraderRunResponse:
        """Score `model_sample` (with the dataset row `item`, if any) using `grader`."""
        return self._call(RUN, dict(kw), "run")

    def validate(self, **kw: Unpack[GraderValidateArgs]) -> GraderValidateResponse:
        """Check a grader definition without running it; the API answers with the grader."""
        return self._call(VALIDATE, dict(kw), "validate")


class AsyncGraders(AsyncAPIResource):
    async def run(self, **kw: Unpack[GraderRunArgs]) -> GraderRunResponse:
        """Score `model_sample` (with the dataset row `item`, if any) using `grader`."""
        return await self._call(RUN, dict(kw), "run")

    async def validate(self, **kw: Unpack[GraderValidateArgs]) -> GraderValidateResponse:
        """Check a grader definition without running it; the API answers with the grader."""
        return await self._call(VALIDATE, dict(kw), "validate")
