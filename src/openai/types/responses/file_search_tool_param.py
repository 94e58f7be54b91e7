# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..shared_params.comparison_filter import ComparisonFilter
from ..shared_params.compound_filter import CompoundFilter


__all__ = ["FileSearchToolParam", "Filters", "RankingOptions"]


Filters: TypeAlias = Union[ComparisonFilter, CompoundFilter]


class RankingOptions(TypedDict, total=False):
    ranker: Literal["auto", "default-2024-11-15"]
    score_threshold: float


class FileSearchToolParam(TypedDict, total=False):
    filters: Optional[Filters]
    max_num_results: int
    ranking_options: RankingOptions
    type: Required[Literal["file_search"]]
    vector_store_ids: Required[List[str]]
