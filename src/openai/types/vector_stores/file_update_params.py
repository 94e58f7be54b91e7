# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, Optional, Union
from typing_extensions import Required, TypedDict


__all__ = ["FileUpdateParams"]


class FileUpdateParams(TypedDict, total=False):
    attributes: Required[Optional[Dict[str, Union[bool, float, str]]]]
    vector_store_id: Required[str]
