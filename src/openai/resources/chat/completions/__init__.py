from .completions import AsyncCompletions, Completions
from .messages import AsyncMessages, Messages

__all__ = ["Completions", "AsyncCompletions", "Messages", "AsyncMessages"]
