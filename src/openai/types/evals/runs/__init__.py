# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from .output_item_list_params import OutputItemListParams as OutputItemListParams
from .output_item_list_response import OutputItemListResponse as OutputItemListResponse
from .output_item_retrieve_response import OutputItemRetrieveResponse as OutputItemRetrieveResponse
