# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, Iterable, List, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .graders.python_grader_param import PythonGraderParam
from .graders.score_model_grader_param import ScoreModelGraderParam
from .graders.string_check_grader_param import StringCheckGraderParam
from .graders.text_similarity_grader_param import TextSimilarityGraderParam
from .responses.response_input_text_param import ResponseInputTextParam
from .shared_params.metadata import Metadata


__all__ = [
    "DataSourceConfig",
    "DataSourceConfigCustom",
    "DataSourceConfigLogs",
    "DataSourceConfigStoredCompletions",
    "EvalCreateParams",
    "TestingCriterion",
    "TestingCriterionLabelModel",
    "TestingCriterionLabelModelInput",
    "TestingCriterionLabelModelInputEvalItem",
    "TestingCriterionLabelModelInputEvalItemContent",
    "TestingCriterionLabelModelInputEvalItemContentInputImage",
    "TestingCriterionLabelModelInputEvalItemContentOutputText",
    "TestingCriterionLabelModelInputSimpleInputMessage",
    "TestingCriterionPython",
    "TestingCriterionScoreModel",
    "TestingCriterionTextSimilarity",
]


class DataSourceConfigCustom(TypedDict, total=False):
    include_sample_schema: bool
    item_schema: Required[Dict[str, object]]
    type: Required[Literal["custom"]]


class DataSourceConfigLogs(TypedDict, total=False):
    metadata: Dict[str, object]
    type: Required[Literal["logs"]]


class DataSourceConfigStoredCompletions(TypedDict, total=False):
    metadata: Dict[str, object]
    type: Required[Literal["stored_completions"]]


DataSourceConfig: TypeAlias = Union[DataSourceConfigCustom, DataSourceConfigLogs, DataSourceConfigStoredCompletions]


class TestingCriterionLabelModelInputEvalItemContentInputImage(TypedDict, total=False):
    detail: str
    image_url: Required[str]
    type: Required[Literal["input_image"]]


class TestingCriterionLabelModelInputEvalItemContentOutputText(TypedDict, total=False):
    text: Required[str]
    type: Required[Literal["output_text"]]


TestingCriterionLabelModelInputEvalItemContent: TypeAlias = Union[
    str,
    Iterable[object],
    ResponseInputTextParam,
    TestingCriterionLabelModelInputEvalItemContentInputImage,
    TestingCriterionLabelModelInputEvalItemContentOutputText,
]


class TestingCriterionLabelModelInputEvalItem(TypedDict, total=False):
    content: Required[TestingCriterionLabelModelInputEvalItemContent]
    role: Required[Literal["assistant", "developer", "system", "user"]]
    type: Literal["message"]


class TestingCriterionLabelModelInputSimpleInputMessage(TypedDict, total=False):
    content: Required[str]
    role: Required[str]


TestingCriterionLabelModelInput: TypeAlias = Union[
    TestingCriterionLabelModelInputEvalItem, TestingCriterionLabelModelInputSimpleInputMessage
]


class TestingCriterionLabelModel(TypedDict, total=False):
    input: Required[Iterable[TestingCriterionLabelModelInput]]
    labels: Required[List[str]]
    model: Required[str]
    name: Required[str]
    passing_labels: Required[List[str]]
    type: Required[Literal["label_model"]]


class TestingCriterionPython(PythonGraderParam, total=False):
    pass_threshold: float


class TestingCriterionScoreModel(ScoreModelGraderParam, total=False):
    pass_threshold: float


class TestingCriterionTextSimilarity(TextSimilarityGraderParam, total=False):
    pass_threshold: Required[float]


TestingCriterion: TypeAlias = Union[
    StringCheckGraderParam,
    TestingCriterionLabelModel,
    TestingCriterionPython,
    TestingCriterionScoreModel,
    TestingCriterionTextSimilarity,
]


class EvalCreateParams(TypedDict, total=False):
    data_source_config: Required[DataSourceConfig]
    metadata: Optional[Metadata]
    name: str
    testing_criteria: Required[Iterable[TestingCriterion]]
