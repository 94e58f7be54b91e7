"""`/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions`: share a fine-tuned
checkpoint with other projects, list who has access, and revoke it."""

from __future__ import annotations

from typing_extensions import Unpack

from ...._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from ....pagination import AsyncPage, AsyncPaginator, SyncPage
from ....types.fine_tuning.checkpoints.permission_create_params import PermissionCreateParams
from ....types.fine_tuning.checkpoints.permission_create_response import PermissionCreateResponse
from ....types.fine_tuning.checkpoints.permission_delete_response import PermissionDeleteResponse
from ....types.fine_tuning.checkpoints.permission_retrieve_params import PermissionRetrieveParams
from ....types.fine_tuning.checkpoints.permission_retrieve_response import PermissionRetrieveResponse

__all__ = ["Permissions", "AsyncPermissions"]

_PERMISSIONS = "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions"
# Creating answers with the list of permissions created, hence a page.
CREATE = Endpoint("post", _PERMISSIONS, cast_to=PermissionCreateResponse, params=PermissionCreateParams, page=SyncPage)
ASYNC_CREATE = Endpoint(
    "post", _PERMISSIONS, cast_to=PermissionCreateResponse, params=PermissionCreateParams, page=AsyncPage
)
RETRIEVE = Endpoint(
    "get", _PERMISSIONS, cast_to=PermissionRetrieveResponse, params=PermissionRetrieveParams, query=True
)
DELETE = Endpoint("delete", _PERMISSIONS + "/{permission_id}", cast_to=PermissionDeleteResponse)


class PermissionCreateArgs(PermissionCreateParams, RequestExtras, total=False):
    """The keywords of `fine_tuning.checkpoints.permissions.create` besides the checkpoint."""


class PermissionRetrieveArgs(PermissionRetrieveParams, RequestExtras, total=False):
    """The keywords of `fine_tuning.checkpoints.permissions.retrieve` besides the checkpoint."""


class Permissions(SyncAPIResource):
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
