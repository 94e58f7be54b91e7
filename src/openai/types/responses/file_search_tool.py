# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias


from ..._models import BaseModel, PropertyInfo
from ..shared.comparison_filter import ComparisonFilter
from ..shared.compound_filter import CompoundFilter


__all__ = ["FileSearchTool", "Filters", "RankingOptions"]


Filters: TypeAlias = Optional[Annotated[Union[ComparisonFilter, CompoundFilter], PropertyInfo(discriminator="type")]]


class RankingOptions(BaseModel):
    ranker: Optional[Literal["auto", "default-2024-11-15"]] = None
    score_threshold: Optional[float] = None


class FileSearchTool(BaseModel):
    type: Literal["file_search"]
    vector_store_ids: List[str]
    filters: Filters = None
    max_num_results: Optional[int] = None
    ranking_options: Optional[RankingOptions] = None
