# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Iterable, Optional
from typing_extensions import TypedDict

from ..responses.response_input_item_param import ResponseInputItemParam
from ..shared_params.metadata import Metadata


__all__ = ["ConversationCreateParams"]


class ConversationCreateParams(TypedDict, total=False):
    items: Optional[Iterable[ResponseInputItemParam]]
    metadata: Optional[Metadata]
