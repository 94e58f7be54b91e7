# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, List, Optional, Union
from typing_extensions import Literal

from .._models import BaseModel


__all__ = ["Content", "VectorStoreSearchResponse"]


class Content(BaseModel):
    text: str
    type: Literal["text"]


class VectorStoreSearchResponse(BaseModel):
    attributes: Optional[Dict[str, Union[str, float, bool]]] = None
    content: List[Content]
    file_id: str
    filename: str
    score: float
