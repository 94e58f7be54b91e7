# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional, Union
from typing_extensions import Annotated, TypeAlias


from ..._models import BaseModel, PropertyInfo
from ..graders.multi_grader import MultiGrader
from ..graders.python_grader import PythonGrader
from ..graders.score_model_grader import ScoreModelGrader
from ..graders.string_check_grader import StringCheckGrader
from ..graders.text_similarity_grader import TextSimilarityGrader
from .reinforcement_hyperparameters import ReinforcementHyperparameters


__all__ = ["Grader", "ReinforcementMethod"]


Grader: TypeAlias = Annotated[
    Union[StringCheckGrader, TextSimilarityGrader, PythonGrader, ScoreModelGrader, MultiGrader],
    PropertyInfo(discriminator="type"),
]


class ReinforcementMethod(BaseModel):
    grader: Grader
    hyperparameters: Optional[ReinforcementHyperparameters] = None
