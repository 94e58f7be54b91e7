from .parts import AsyncParts, Parts
from .uploads import AsyncUploads, Uploads

__all__ = ["Uploads", "AsyncUploads", "Parts", "AsyncParts"]
