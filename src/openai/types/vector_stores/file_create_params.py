# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, Optional, Union
from typing_extensions import Required, TypedDict

from ..file_chunking_strategy_param import FileChunkingStrategyParam


__all__ = ["FileCreateParams"]


class FileCreateParams(TypedDict, total=False):
    attributes: Optional[Dict[str, Union[bool, float, str]]]
    chunking_strategy: FileChunkingStrategyParam
    file_id: Required[str]
