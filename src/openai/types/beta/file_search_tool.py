# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["FileSearch", "FileSearchRankingOptions", "FileSearchTool"]


class FileSearchRankingOptions(BaseModel):
    score_threshold: float
    ranker: Optional[Literal["auto", "default_2024_08_21"]] = None


class FileSearch(BaseModel):
    max_num_results: Optional[int] = None
    ranking_options: Optional[FileSearchRankingOptions] = None


class FileSearchTool(BaseModel):
    type: Literal["file_search"]
    file_search: Optional[FileSearch] = None
