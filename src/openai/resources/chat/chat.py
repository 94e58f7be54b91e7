"""`client.chat`: a namespace holding `completions`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource import AsyncAPIResource, SyncAPIResource, lazy_resource

if TYPE_CHECKING:
    from .completions.completions import AsyncCompletions, Completions

__all__ = ["Chat", "AsyncChat"]


class Chat(SyncAPIResource):
    completions: "Completions" = lazy_resource("openai.resources.chat.completions.completions", "Completions")


class AsyncChat(AsyncAPIResource):
    completions: "AsyncCompletions" = lazy_resource("openai.resources.chat.completions.completions", "AsyncCompletions")
