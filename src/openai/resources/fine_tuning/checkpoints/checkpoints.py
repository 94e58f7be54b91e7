"""`client.fine_tuning.checkpoints`: a namespace holding `permissions`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...._resource import AsyncAPIResource, SyncAPIResource, lazy_resource
from ...._typed_views import RawView, StreamingView

if TYPE_CHECKING:
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
    "AsyncCheckpoints",
    "CheckpointsWithRawResponse",
    "CheckpointsWithStreamingResponse",
    "AsyncCheckpointsWithRawResponse",
    "AsyncCheckpointsWithStreamingResponse",
]

_MODULE = "openai.resources.fine_tuning.checkpoints.permissions"


class Checkpoints(SyncAPIResource):
    permissions: "Permissions" = lazy_resource(_MODULE, "Permissions")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> CheckpointsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> CheckpointsWithStreamingResponse: ...


class AsyncCheckpoints(AsyncAPIResource):
    permissions: "AsyncPermissions" = lazy_resource(_MODULE, "AsyncPermissions")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncCheckpointsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncCheckpointsWithStreamingResponse: ...


class CheckpointsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, checkpoints: Checkpoints) -> None: ...

        @property
        def permissions(self) -> PermissionsWithRawResponse: ...


class AsyncCheckpointsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, checkpoints: AsyncCheckpoints) -> None: ...

        @property
        def permissions(self) -> AsyncPermissionsWithRawResponse: ...


class CheckpointsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, checkpoints: Checkpoints) -> None: ...

        @property
        def permissions(self) -> PermissionsWithStreamingResponse: ...


class AsyncCheckpointsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, checkpoints: AsyncCheckpoints) -> None: ...

        @property
        def permissions(self) -> AsyncPermissionsWithStreamingResponse: ...
