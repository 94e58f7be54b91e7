"""`client.beta`: the namespace of beta APIs (Assistants, threads, and the chat alias)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource import AsyncAPIResource, SyncAPIResource, lazy_resource

if TYPE_CHECKING:
    from ..chat import AsyncChat, Chat
    from .assistants import Assistants, AsyncAssistants
    from .threads.threads import AsyncThreads, Threads

__all__ = ["Beta", "AsyncBeta"]


class Beta(SyncAPIResource):
    # Kept as 1.102.0 keeps it: the same chat resource as `client.chat`.
    chat: "Chat" = lazy_resource("openai.resources.chat", "Chat")
    assistants: "Assistants" = lazy_resource("openai.resources.beta.assistants", "Assistants")
    threads: "Threads" = lazy_resource("openai.resources.beta.threads.threads", "Threads")


class AsyncBeta(AsyncAPIResource):
    chat: "AsyncChat" = lazy_resource("openai.resources.chat", "AsyncChat")
    assistants: "AsyncAssistants" = lazy_resource("openai.resources.beta.assistants", "AsyncAssistants")
    threads: "AsyncThreads" = lazy_resource("openai.resources.beta.threads.threads", "AsyncThreads")
