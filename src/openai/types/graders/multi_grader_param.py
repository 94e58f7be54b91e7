# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .label_model_grader_param import LabelModelGraderParam
from .python_grader_param import PythonGraderParam
from .score_model_grader_param import ScoreModelGraderParam
from .string_check_grader_param import StringCheckGraderParam
from .text_similarity_grader_param import TextSimilarityGraderParam


__all__ = ["Graders", "MultiGraderParam"]


Graders: TypeAlias = Union[
    LabelModelGraderParam, PythonGraderParam, ScoreModelGraderParam, StringCheckGraderParam, TextSimilarityGraderParam
]


class MultiGraderParam(TypedDict, total=False):
    calculate_output: Required[str]
    graders: Required[Graders]
    name: Required[str]
    type: Required[Literal["multi"]]
