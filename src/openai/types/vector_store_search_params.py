# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .shared_params.comparison_filter import ComparisonFilter
from .shared_params.compound_filter import CompoundFilter


__all__ = ["Filters", "RankingOptions", "VectorStoreSearchParams"]


Filters: TypeAlias = Union[ComparisonFilter, CompoundFilter]


class RankingOptions(TypedDict, total=False):
    ranker: Literal["auto", "default-2024-11-15", "none"]
    score_threshold: float


class VectorStoreSearchParams(TypedDict, total=False):
    filters: Filters
    max_num_results: int
    query: Required[Union[str, List[str]]]
    ranking_options: RankingOptions
    rewrite_query: bool
