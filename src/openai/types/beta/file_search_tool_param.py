# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["FileSearch", "FileSearchRankingOptions", "FileSearchToolParam"]


class FileSearchRankingOptions(TypedDict, total=False):
    ranker: Literal["auto", "default_2024_08_21"]
    score_threshold: Required[float]


class FileSearch(TypedDict, total=False):
    max_num_results: int
    ranking_options: FileSearchRankingOptions


class FileSearchToolParam(TypedDict, total=False):
    file_search: FileSearch
    type: Required[Literal["file_search"]]
