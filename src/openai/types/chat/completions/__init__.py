# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from .message_list_params import MessageListParams as MessageListParams
