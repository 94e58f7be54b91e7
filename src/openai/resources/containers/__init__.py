from .containers import (
    AsyncContainers,
    AsyncContainersWithRawResponse,
    AsyncContainersWithStreamingResponse,
    Containers,
    ContainersWithRawResponse,
    ContainersWithStreamingResponse,
)
from .files import (
    AsyncFiles,
    AsyncFilesWithRawResponse,
    AsyncFilesWithStreamingResponse,
    Files,
    FilesWithRawResponse,
    FilesWithStreamingResponse,
)

__all__ = [
    "Containers",
    "ContainersWithRawResponse",
    "ContainersWithStreamingResponse",
    "AsyncContainers",
    "AsyncContainersWithRawResponse",
    "AsyncContainersWithStreamingResponse",
    "Files",
    "FilesWithRawResponse",
    "FilesWithStreamingResponse",
    "AsyncFiles",
    "AsyncFilesWithRawResponse",
    "AsyncFilesWithStreamingResponse",
]
