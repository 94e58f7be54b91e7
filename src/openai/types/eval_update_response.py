# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field as FieldInfo

from .._models import BaseModel, PropertyInfo
from .eval_custom_data_source_config import EvalCustomDataSourceConfig
from .eval_stored_completions_data_source_config import EvalStoredCompletionsDataSourceConfig
from .graders.label_model_grader import LabelModelGrader
from .graders.python_grader import PythonGrader
from .graders.score_model_grader import ScoreModelGrader
from .graders.string_check_grader import StringCheckGrader
from .graders.text_similarity_grader import TextSimilarityGrader
from .shared.metadata import Metadata


__all__ = [
    "DataSourceConfig",
    "DataSourceConfigLogs",
    "EvalUpdateResponse",
    "TestingCriterion",
    "TestingCriterionEvalGraderPython",
    "TestingCriterionEvalGraderScoreModel",
    "TestingCriterionEvalGraderTextSimilarity",
]


class DataSourceConfigLogs(BaseModel):
    schema_: Dict[str, object] = FieldInfo(alias="schema")
    type: Literal["logs"]
    metadata: Optional[Metadata] = None


DataSourceConfig: TypeAlias = Annotated[
    Union[EvalCustomDataSourceConfig, DataSourceConfigLogs, EvalStoredCompletionsDataSourceConfig],
    PropertyInfo(discriminator="type"),
]


class TestingCriterionEvalGraderPython(PythonGrader):
    pass_threshold: Optional[float] = None


class TestingCriterionEvalGraderScoreModel(ScoreModelGrader):
    pass_threshold: Optional[float] = None


class TestingCriterionEvalGraderTextSimilarity(TextSimilarityGrader):
    pass_threshold: float


TestingCriterion: TypeAlias = Annotated[
    Union[
        LabelModelGrader,
        StringCheckGrader,
        TestingCriterionEvalGraderTextSimilarity,
        TestingCriterionEvalGraderPython,
        TestingCriterionEvalGraderScoreModel,
    ],
    PropertyInfo(discriminator="type"),
]


class EvalUpdateResponse(BaseModel):
    id: str
    created_at: int
    data_source_config: DataSourceConfig
    metadata: Optional[Metadata] = None
    name: str
    object: Literal["eval"]
    testing_criteria: List[TestingCriterion]
