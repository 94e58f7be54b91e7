"""`/fine_tuning/alpha/graders`: try a grader on a sample, or check that a grader is valid."""

from __future__ import annotations

from typing import TYPE_CHECKING

from typing_extensions import Unpack

from ...._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from ...._typed_views import (
    RawView,
    StreamingView,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ....types.fine_tuning.alpha.grader_run_params import GraderRunKwargs
from ....types.fine_tuning.alpha.grader_run_response import GraderRunResponse
from ....types.fine_tuning.alpha.grader_validate_params import GraderValidateKwargs
from ....types.fine_tuning.alpha.grader_validate_response import GraderValidateResponse

__all__ = [
    "Graders",
    "AsyncGraders",
    "GradersWithRawResponse",
    "GradersWithStreamingResponse",
    "AsyncGradersWithRawResponse",
    "AsyncGradersWithStreamingResponse",
]

RUN = Endpoint("post", "/fine_tuning/alpha/graders/run", cast_to=GraderRunResponse, params=GraderRunKwargs)
VALIDATE = Endpoint(
    "post", "/fine_tuning/alpha/graders/validate", cast_to=GraderValidateResponse, params=GraderValidateKwargs
)


class GraderRunArgs(GraderRunKwargs, RequestExtras, total=False):
    """The keywords of `fine_tuning.alpha.graders.run`."""


class GraderValidateArgs(GraderValidateKwargs, RequestExtras, total=False):
    """The keywords of `fine_tuning.alpha.graders.validate`."""


class Graders(SyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> GradersWithRawResponse: ...
        @property
        def with_streaming_response(self) -> GradersWithStreamingResponse: ...

    def run(self, **kw: Unpack[GraderRunArgs]) -> GraderRunResponse:
        """Score `model_sample` (with the dataset row `item`, if any) using `grader`."""
        return self._call(RUN, dict(kw), "run")

    def validate(self, **kw: Unpack[GraderValidateArgs]) -> GraderValidateResponse:
        """Check a grader definition without running it; the API answers with the grader."""
        return self._call(VALIDATE, dict(kw), "validate")


class AsyncGraders(AsyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncGradersWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncGradersWithStreamingResponse: ...

    async def run(self, **kw: Unpack[GraderRunArgs]) -> GraderRunResponse:
        """Score `model_sample` (with the dataset row `item`, if any) using `grader`."""
        return await self._call(RUN, dict(kw), "run")

    async def validate(self, **kw: Unpack[GraderValidateArgs]) -> GraderValidateResponse:
        """Check a grader definition without running it; the API answers with the grader."""
        return await self._call(VALIDATE, dict(kw), "validate")


class GradersWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, graders: Graders) -> None:
            self.run = to_raw_response_wrapper(graders.run)
            self.validate = to_raw_response_wrapper(graders.validate)


class AsyncGradersWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, graders: AsyncGraders) -> None:
            self.run = async_to_raw_response_wrapper(graders.run)
            self.validate = async_to_raw_response_wrapper(graders.validate)


class GradersWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, graders: Graders) -> None:
            self.run = to_streamed_response_wrapper(graders.run)
            self.validate = to_streamed_response_wrapper(graders.validate)


class AsyncGradersWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, graders: AsyncGraders) -> None:
            self.run = async_to_streamed_response_wrapper(graders.run)
            self.validate = async_to_streamed_response_wrapper(graders.validate)
