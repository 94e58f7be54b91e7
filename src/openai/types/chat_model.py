# The same alias as openai.types.shared.chat_model.

from .shared.chat_model import ChatModel as ChatModel

__all__ = ["ChatModel"]
