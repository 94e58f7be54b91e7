# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional
from typing_extensions import Literal

from ....._models import BaseModel


__all__ = [
    "FileSearch",
    "FileSearchRankingOptions",
    "FileSearchResult",
    "FileSearchResultContent",
    "FileSearchToolCall",
]


class FileSearchRankingOptions(BaseModel):
    ranker: Literal["auto", "default_2024_08_21"]
    score_threshold: float


class FileSearchResultContent(BaseModel):
    text: Optional[str] = None
    type: Optional[Literal["text"]] = None


class FileSearchResult(BaseModel):
    file_id: str
    file_name: str
    score: float
    content: Optional[List[FileSearchResultContent]] = None


class FileSearch(BaseModel):
    ranking_options: Optional[FileSearchRankingOptions] = None
    results: Optional[List[FileSearchResult]] = None


class FileSearchToolCall(BaseModel):
    id: str
    file_search: FileSearch
    type: Literal["file_search"]
