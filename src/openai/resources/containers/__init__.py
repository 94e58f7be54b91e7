from .containers import AsyncContainers, Containers
from .files import AsyncFiles, Files

__all__ = ["Containers", "AsyncContainers", "Files", "AsyncFiles"]
