# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import Annotated, Literal, TypeAlias


from ..._models import BaseModel, PropertyInfo
from .label_model_grader import LabelModelGrader
from .python_grader import PythonGrader
from .score_model_grader import ScoreModelGrader
from .string_check_grader import StringCheckGrader
from .text_similarity_grader import TextSimilarityGrader


__all__ = ["Graders", "MultiGrader"]


Graders: TypeAlias = Annotated[
    Union[StringCheckGrader, TextSimilarityGrader, PythonGrader, ScoreModelGrader, LabelModelGrader],
    PropertyInfo(discriminator="type"),
]


class MultiGrader(BaseModel):
    calculate_output: str
    graders: Graders
    name: str
    type: Literal["multi"]
