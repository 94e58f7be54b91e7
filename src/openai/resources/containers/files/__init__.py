from .content import AsyncContent, Content
from .files import AsyncFiles, Files

__all__ = ["Files", "AsyncFiles", "Content", "AsyncContent"]
