# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the names load on first access at runtime: see `openai._lazy_exports`
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
else:
    from ..._lazy_exports import lazy_package

    __getattr__, __dir__, __all__ = lazy_package(
        __name__,
        {
            "LabelModelGrader": ".label_model_grader",
            "LabelModelGraderParam": ".label_model_grader_param",
            "MultiGrader": ".multi_grader",
            "MultiGraderParam": ".multi_grader_param",
            "PythonGrader": ".python_grader",
            "PythonGraderParam": ".python_grader_param",
            "ScoreModelGrader": ".score_model_grader",
            "ScoreModelGraderParam": ".score_model_grader_param",
            "StringCheckGrader": ".string_check_grader",
            "StringCheckGraderParam": ".string_check_grader_param",
            "TextSimilarityGrader": ".text_similarity_grader",
            "TextSimilarityGraderParam": ".text_similarity_grader_param",
        },
    )
