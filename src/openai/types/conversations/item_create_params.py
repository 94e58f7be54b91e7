# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Iterable, List
from typing_extensions import Required, TypedDict

from ..responses.response_includable import ResponseIncludable
from ..responses.response_input_item_param import ResponseInputItemParam


__all__ = ["ItemCreateParams"]


class ItemCreateParams(TypedDict, total=False):
    include: List[ResponseIncludable]
    items: Required[Iterable[ResponseInputItemParam]]
