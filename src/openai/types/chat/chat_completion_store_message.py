# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional, Union
from typing_extensions import Annotated, TypeAlias


from .chat_completion_content_part_image import ChatCompletionContentPartImage
from .chat_completion_content_part_text import ChatCompletionContentPartText
from .chat_completion_message import ChatCompletionMessage
from ..._models import PropertyInfo


__all__ = ["ChatCompletionStoreMessage", "ChatCompletionStoreMessageContentPart"]


ChatCompletionStoreMessageContentPart: TypeAlias = Annotated[
    Union[ChatCompletionContentPartText, ChatCompletionContentPartImage], PropertyInfo(discriminator="type")
]


class ChatCompletionStoreMessage(ChatCompletionMessage):
    id: str
    content_parts: Optional[List[ChatCompletionStoreMessageContentPart]] = None
