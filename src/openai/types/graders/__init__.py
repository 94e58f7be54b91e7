# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from .label_model_grader import LabelModelGrader as LabelModelGrader
from .label_model_grader_param import LabelModelGraderParam as LabelModelGraderParam
from .multi_grader import MultiGrader as MultiGrader
from .multi_grader_param import MultiGraderParam as MultiGraderParam
from .python_grader import PythonGrader as PythonGrader
from .python_grader_param import PythonGraderParam as PythonGraderParam
from .score_model_grader import ScoreModelGrader as ScoreModelGrader
from .score_model_grader_param import ScoreModelGraderParam as ScoreModelGraderParam
from .string_check_grader import StringCheckGrader as StringCheckGrader
from .string_check_grader_param import StringCheckGraderParam as StringCheckGraderParam
from .text_similarity_grader import TextSimilarityGrader as TextSimilarityGrader
from .text_similarity_grader_param import TextSimilarityGraderParam as TextSimilarityGraderParam
