"""`/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions`: share a fine-tuned
checkpoint with other projects, list who has access, and revoke it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from typing_extensions import Unpack

from ...._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from ...._typed_views import (
    RawView,
    StreamingView,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ....pagination import AsyncPage, AsyncPaginator, SyncPage
from ....types.fine_tuning.checkpoints.permission_create_params import PermissionCreateKwargs
from ....types.fine_tuning.checkpoints.permission_create_response import PermissionCreateResponse
from ....types.fine_tuning.checkpoints.permission_delete_response import PermissionDeleteResponse
from ....types.fine_tuning.checkpoints.permission_retrieve_params import PermissionRetrieveKwargs
from ....types.fine_tuning.checkpoints.permission_retrieve_response import PermissionRetrieveResponse

__all__ = [
    "Permissions",
    "AsyncPermissions",
    "PermissionsWithRawResponse",
    "PermissionsWithStreamingResponse",
    "AsyncPermissionsWithRawResponse",
    "AsyncPermissionsWithStreamingResponse",
]

_PERMISSIONS = "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions"
# Creating answers with the list of permissions created, hence a page.
CREATE = Endpoint("post", _PERMISSIONS, cast_to=PermissionCreateResponse, params=PermissionCreateKwargs, page=SyncPage)
ASYNC_CREATE = Endpoint(
    "post", _PERMISSIONS, cast_to=PermissionCreateResponse, params=PermissionCreateKwargs, page=AsyncPage
)
RETRIEVE = Endpoint(
    "get", _PERMISSIONS, cast_to=PermissionRetrieveResponse, params=PermissionRetrieveKwargs, query=True
)
DELETE = Endpoint("delete", _PERMISSIONS + "/{permission_id}", cast_to=PermissionDeleteResponse)


class PermissionCreateArgs(PermissionCreateKwargs, RequestExtras, total=False):
    """The keywords of `fine_tuning.checkpoints.permissions.create` besides the checkpoint."""


class PermissionRetrieveArgs(PermissionRetrieveKwargs, RequestExtras, total=False):
    """The keywords of `fine_tuning.checkpoints.permissions.retrieve` besides the checkpoint."""


class Permissions(SyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> PermissionsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> PermissionsWithStreamingResponse: ...

    def create(
        self, fine_tuned_model_checkpoint: str, **kw: Unpack[PermissionCreateArgs]
    ) -> SyncPage[PermissionCreateResponse]:
        """Give the projects in `project_ids` access to a checkpoint (needs an admin key)."""
        return self._call(CREATE, dict(kw), "create", fine_tuned_model_checkpoint=fine_tuned_model_checkpoint)

    def retrieve(
        self, fine_tuned_model_checkpoint: str, **kw: Unpack[PermissionRetrieveArgs]
    ) -> PermissionRetrieveResponse:
        """The permissions granted on a checkpoint (`project_id` narrows them to one project)."""
        return self._call(RETRIEVE, dict(kw), "retrieve", fine_tuned_model_checkpoint=fine_tuned_model_checkpoint)

    def delete(
        self, permission_id: str, *, fine_tuned_model_checkpoint: str, **kw: Unpack[RequestExtras]
    ) -> PermissionDeleteResponse:
        """Revoke one permission on a checkpoint."""
        return self._call(
            DELETE,
            dict(kw),
            "delete",
            fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
            permission_id=permission_id,
        )


class AsyncPermissions(AsyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncPermissionsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncPermissionsWithStreamingResponse: ...

    def create(
        self, fine_tuned_model_checkpoint: str, **kw: Unpack[PermissionCreateArgs]
    ) -> AsyncPaginator[PermissionCreateResponse, AsyncPage[PermissionCreateResponse]]:
        """Give the projects in `project_ids` access to a checkpoint: await for the page of
        permissions created, or `async for` them."""
        return self._list(ASYNC_CREATE, dict(kw), "create", fine_tuned_model_checkpoint=fine_tuned_model_checkpoint)

    async def retrieve(
        self, fine_tuned_model_checkpoint: str, **kw: Unpack[PermissionRetrieveArgs]
    ) -> PermissionRetrieveResponse:
        """The permissions granted on a checkpoint (`project_id` narrows them to one project)."""
        return await self._call(RETRIEVE, dict(kw), "retrieve", fine_tuned_model_checkpoint=fine_tuned_model_checkpoint)

    async def delete(
        self, permission_id: str, *, fine_tuned_model_checkpoint: str, **kw: Unpack[RequestExtras]
    ) -> PermissionDeleteResponse:
        """Revoke one permission on a checkpoint."""
        return await self._call(
            DELETE,
            dict(kw),
            "delete",
            fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
            permission_id=permission_id,
        )


class PermissionsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, permissions: Permissions) -> None:
            self.create = to_raw_response_wrapper(permissions.create)
            self.delete = to_raw_response_wrapper(permissions.delete)
            self.retrieve = to_raw_response_wrapper(permissions.retrieve)


class AsyncPermissionsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, permissions: AsyncPermissions) -> None:
            self.create = async_to_raw_response_wrapper(permissions.create)
            self.delete = async_to_raw_response_wrapper(permissions.delete)
            self.retrieve = async_to_raw_response_wrapper(permissions.retrieve)


class PermissionsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, permissions: Permissions) -> None:
            self.create = to_streamed_response_wrapper(permissions.create)
            self.delete = to_streamed_response_wrapper(permissions.delete)
            self.retrieve = to_streamed_response_wrapper(permissions.retrieve)


class AsyncPermissionsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, permissions: AsyncPermissions) -> None:
            self.create = async_to_streamed_response_wrapper(permissions.create)
            self.delete = async_to_streamed_response_wrapper(permissions.delete)
            self.retrieve = async_to_streamed_response_wrapper(permissions.retrieve)
