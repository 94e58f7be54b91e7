"""`client.fine_tuning.checkpoints`: a namespace holding `permissions`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...._resource import AsyncAPIResource, SyncAPIResource, lazy_resource

if TYPE_CHECKING:
    from .permissions import AsyncPermissions, Permissions

__all__ = ["Checkpoints", "AsyncCheckpoints"]

_MODULE = "openai.resources.fine_tuning.checkpoints.permissions"


class Checkpoints(SyncAPIResource):
    permissions: "Permissions" = lazy_resource(_MODULE, "Permissions")


class AsyncCheckpoints(AsyncAPIResource):
    permissions: "AsyncPermissions" = lazy_resource(_MODULE, "AsyncPermissions")
