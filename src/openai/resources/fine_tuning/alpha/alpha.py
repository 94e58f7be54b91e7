"""`client.fine_tuning.alpha`: a namespace for features in alpha, holding `graders`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...._resource import AsyncAPIResource, SyncAPIResource, lazy_resource
from ...._typed_views import RawView, StreamingView

if TYPE_CHECKING:
    from .graders import (
        AsyncGraders,
        AsyncGradersWithRawResponse,
        AsyncGradersWithStreamingResponse,
        Graders,
        GradersWithRawResponse,
        GradersWithStreamingResponse,
    )

__all__ = [
    "Alpha",
    "AsyncAlpha",
    "AlphaWithRawResponse",
    "AlphaWithStreamingResponse",
    "AsyncAlphaWithRawResponse",
    "AsyncAlphaWithStreamingResponse",
]


class Alpha(SyncAPIResource):
    graders: "Graders" = lazy_resource("openai.resources.fine_tuning.alpha.graders", "Graders")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AlphaWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AlphaWithStreamingResponse: ...


class AsyncAlpha(AsyncAPIResource):
    graders: "AsyncGraders" = lazy_resource("openai.resources.fine_tuning.alpha.graders", "AsyncGraders")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncAlphaWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncAlphaWithStreamingResponse: ...


class AlphaWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, alpha: Alpha) -> None: ...

        @property
        def graders(self) -> GradersWithRawResponse: ...


class AsyncAlphaWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, alpha: AsyncAlpha) -> None: ...

        @property
        def graders(self) -> AsyncGradersWithRawResponse: ...


class AlphaWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, alpha: Alpha) -> None: ...

        @property
        def graders(self) -> GradersWithStreamingResponse: ...


class AsyncAlphaWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, alpha: AsyncAlpha) -> None: ...

        @property
        def graders(self) -> AsyncGradersWithStreamingResponse: ...
