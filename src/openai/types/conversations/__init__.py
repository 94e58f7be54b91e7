# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the names load on first access at runtime: see `openai._lazy_exports`
    from .computer_screenshot_content import ComputerScreenshotContent as ComputerScreenshotContent
    from .container_file_citation_body import ContainerFileCitationBody as ContainerFileCitationBody
    from .conversation import Conversation as Conversation
    from .conversation_create_params import ConversationCreateParams as ConversationCreateParams
    from .conversation_deleted_resource import ConversationDeletedResource as ConversationDeletedResource
    from .conversation_item import ConversationItem as ConversationItem
    from .conversation_item_list import ConversationItemList as ConversationItemList
    from .conversation_update_params import ConversationUpdateParams as ConversationUpdateParams
    from .file_citation_body import FileCitationBody as FileCitationBody
    from .input_file_content import InputFileContent as InputFileContent
    from .input_image_content import InputImageContent as InputImageContent
    from .input_text_content import InputTextContent as InputTextContent
    from .item_create_params import ItemCreateParams as ItemCreateParams
    from .item_list_params import ItemListParams as ItemListParams
    from .item_retrieve_params import ItemRetrieveParams as ItemRetrieveParams
    from .lob_prob import LobProb as LobProb
    from .message import Message as Message
    from .output_text_content import OutputTextContent as OutputTextContent
    from .refusal_content import RefusalContent as RefusalContent
    from .summary_text_content import SummaryTextContent as SummaryTextContent
    from .text_content import TextContent as TextContent
    from .top_log_prob import TopLogProb as TopLogProb
    from .url_citation_body import URLCitationBody as URLCitationBody
else:
    from ..._lazy_exports import lazy_package

    __getattr__, __dir__, __all__ = lazy_package(
        __name__,
        {
            "ComputerScreenshotContent": ".computer_screenshot_content",
            "ContainerFileCitationBody": ".container_file_citation_body",
            "Conversation": ".conversation",
            "ConversationCreateParams": ".conversation_create_params",
            "ConversationDeletedResource": ".conversation_deleted_resource",
            "ConversationItem": ".conversation_item",
            "ConversationItemList": ".conversation_item_list",
            "ConversationUpdateParams": ".conversation_update_params",
            "FileCitationBody": ".file_citation_body",
            "InputFileContent": ".input_file_content",
            "InputImageContent": ".input_image_content",
            "InputTextContent": ".input_text_content",
            "ItemCreateParams": ".item_create_params",
            "ItemListParams": ".item_list_params",
            "ItemRetrieveParams": ".item_retrieve_params",
            "LobProb": ".lob_prob",
            "Message": ".message",
            "OutputTextContent": ".output_text_content",
            "RefusalContent": ".refusal_content",
            "SummaryTextContent": ".summary_text_content",
            "TextContent": ".text_content",
            "TopLogProb": ".top_log_prob",
            "URLCitationBody": ".url_citation_body",
        },
    )
