from .chat import AsyncChat, Chat

__all__ = ["Chat", "AsyncChat"]
