from .checkpoints import (
    AsyncCheckpoints,
    AsyncCheckpointsWithRawResponse,
    AsyncCheckpointsWithStreamingResponse,
    Checkpoints,
    CheckpointsWithRawResponse,
    CheckpointsWithStreamingResponse,
)
from .permissions import (
    AsyncPermissions,
    AsyncPermissionsWithRawResponse,
    AsyncPermissionsWithStreamingResponse,
    Permissions,
    PermissionsWithRawResponse,
    PermissionsWithStreamingResponse,
)

__all__ = [
    "Checkpoints",
    "CheckpointsWithRawResponse",
    "CheckpointsWithStreamingResponse",
    "AsyncCheckpoints",
    "AsyncCheckpointsWithRawResponse",
    "AsyncCheckpointsWithStreamingResponse",
    "Permissions",
    "PermissionsWithRawResponse",
    "PermissionsWithStreamingResponse",
    "AsyncPermissions",
    "AsyncPermissionsWithRawResponse",
    "AsyncPermissionsWithStreamingResponse",
]
