# The same alias as in openai.types.shared (request params and responses share it).

from ..shared.chat_model import ChatModel as ChatModel

__all__ = ["ChatModel"]
