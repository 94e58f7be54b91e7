# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias


from ..._models import BaseModel, PropertyInfo


__all__ = ["CreateEvalJSONLRunDataSource", "Source", "SourceFileContent", "SourceFileContentContent", "SourceFileID"]


class SourceFileContentContent(BaseModel):
    item: Dict[str, object]
    sample: Optional[Dict[str, object]] = None


class SourceFileContent(BaseModel):
    content: List[SourceFileContentContent]
    type: Literal["file_content"]


class SourceFileID(BaseModel):
    id: str
    type: Literal["file_id"]


Source: TypeAlias = Annotated[Union[SourceFileContent, SourceFileID], PropertyInfo(discriminator="type")]


class CreateEvalJSONLRunDataSource(BaseModel):
    source: Source
    type: Literal["jsonl"]
