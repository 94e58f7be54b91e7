from .alpha import (
    Alpha,
    AlphaWithRawResponse,
    AlphaWithStreamingResponse,
    AsyncAlpha,
    AsyncAlphaWithRawResponse,
    AsyncAlphaWithStreamingResponse,
)
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
    "AlphaWithRawResponse",
    "AlphaWithStreamingResponse",
    "AsyncAlpha",
    "AsyncAlphaWithRawResponse",
    "AsyncAlphaWithStreamingResponse",
    "Graders",
    "GradersWithRawResponse",
    "GradersWithStreamingResponse",
    "AsyncGraders",
    "AsyncGradersWithRawResponse",
    "AsyncGradersWithStreamingResponse",
]
