# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

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
