from .file_batches import AsyncFileBatches, FileBatches
from .files import AsyncFiles, Files
from .vector_stores import AsyncVectorStores, VectorStores

__all__ = ["VectorStores", "AsyncVectorStores", "Files", "AsyncFiles", "FileBatches", "AsyncFileBatches"]
