# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import Required, TypeAlias, TypedDict

from ...graders.multi_grader_param import MultiGraderParam
from ...graders.python_grader_param import PythonGraderParam
from ...graders.score_model_grader_param import ScoreModelGraderParam
from ...graders.string_check_grader_param import StringCheckGraderParam
from ...graders.text_similarity_grader_param import TextSimilarityGraderParam


__all__ = ["Grader", "GraderValidateParams"]


Grader: TypeAlias = Union[
    MultiGraderParam, PythonGraderParam, ScoreModelGraderParam, StringCheckGraderParam, TextSimilarityGraderParam
]


class GraderValidateParams(TypedDict, total=False):
    grader: Required[Grader]
