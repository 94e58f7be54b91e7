# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the names load on first access at runtime: see `openai._lazy_exports`
    from .grader_run_params import GraderRunParams as GraderRunParams
    from .grader_run_response import GraderRunResponse as GraderRunResponse
    from .grader_validate_params import GraderValidateParams as GraderValidateParams
    from .grader_validate_response import GraderValidateResponse as GraderValidateResponse
else:
    from ...._lazy_exports import lazy_package

    __getattr__, __dir__, __all__ = lazy_package(
        __name__,
        {
            "GraderRunParams": ".grader_run_params",
            "GraderRunResponse": ".grader_run_response",
            "GraderValidateParams": ".grader_validate_params",
            "GraderValidateResponse": ".grader_validate_response",
        },
    )
