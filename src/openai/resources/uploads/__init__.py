from .parts import (
    AsyncParts,
    AsyncPartsWithRawResponse,
    AsyncPartsWithStreamingResponse,
    Parts,
    PartsWithRawResponse,
    PartsWithStreamingResponse,
)
from .uploads import (
    AsyncUploads,
    AsyncUploadsWithRawResponse,
    AsyncUploadsWithStreamingResponse,
    Uploads,
    UploadsWithRawResponse,
    UploadsWithStreamingResponse,
)

__all__ = [
    "Uploads",
    "UploadsWithRawResponse",
    "UploadsWithStreamingResponse",
    "AsyncUploads",
    "AsyncUploadsWithRawResponse",
    "AsyncUploadsWithStreamingResponse",
    "Parts",
    "PartsWithRawResponse",
    "PartsWithStreamingResponse",
    "AsyncParts",
    "AsyncPartsWithRawResponse",
    "AsyncPartsWithStreamingResponse",
]
