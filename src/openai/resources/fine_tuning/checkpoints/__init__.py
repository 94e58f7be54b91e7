from .checkpoints import AsyncCheckpoints, Checkpoints
from .permissions import AsyncPermissions, Permissions

__all__ = ["Checkpoints", "AsyncCheckpoints", "Permissions", "AsyncPermissions"]
