# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List
from typing_extensions import TypeAlias

from .response_input_content import ResponseInputContent


__all__ = ["ResponseInputMessageContentList"]


ResponseInputMessageContentList: TypeAlias = List[ResponseInputContent]
