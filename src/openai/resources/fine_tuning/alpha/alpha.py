"""`client.fine_tuning.alpha`: a namespace for features in alpha, holding `graders`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...._resource import AsyncAPIResource, SyncAPIResource, lazy_resource

if TYPE_CHECKING:
    from .graders import AsyncGraders, Graders

__all__ = ["Alpha", "AsyncAlpha"]


class Alpha(SyncAPIResource):
    graders: "Graders" = lazy_resource("openai.resources.fine_tuning.alpha.graders", "Graders")


class AsyncAlpha(AsyncAPIResource):
    graders: "AsyncGraders" = lazy_resource("openai.resources.fine_tuning.alpha.graders", "AsyncGraders")
