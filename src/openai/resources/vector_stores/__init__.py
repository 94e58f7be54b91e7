from .file_batches import (
    AsyncFileBatches,
    AsyncFileBatchesWithRawResponse,
    AsyncFileBatchesWithStreamingResponse,
    FileBatches,
    FileBatchesWithRawResponse,
    FileBatchesWithStreamingResponse,
)
from .files import (
    AsyncFiles,
    AsyncFilesWithRawResponse,
    AsyncFilesWithStreamingResponse,
    Files,
    FilesWithRawResponse,
    FilesWithStreamingResponse,
)
from .vector_stores import (
    AsyncVectorStores,
    AsyncVectorStoresWithRawResponse,
    AsyncVectorStoresWithStreamingResponse,
    VectorStores,
    VectorStoresWithRawResponse,
    VectorStoresWithStreamingResponse,
)

__all__ = [
    "VectorStores",
    "VectorStoresWithRawResponse",
    "VectorStoresWithStreamingResponse",
    "AsyncVectorStores",
    "AsyncVectorStoresWithRawResponse",
    "AsyncVectorStoresWithStreamingResponse",
    "Files",
    "FilesWithRawResponse",
    "FilesWithStreamingResponse",
    "AsyncFiles",
    "AsyncFilesWithRawResponse",
    "AsyncFilesWithStreamingResponse",
    "FileBatches",
    "FileBatchesWithRawResponse",
    "FileBatchesWithStreamingResponse",
    "AsyncFileBatches",
    "AsyncFileBatchesWithRawResponse",
    "AsyncFileBatchesWithStreamingResponse",
]
