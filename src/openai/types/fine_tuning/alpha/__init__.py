# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from .grader_run_params import GraderRunParams as GraderRunParams
from .grader_run_response import GraderRunResponse as GraderRunResponse
from .grader_validate_params import GraderValidateParams as GraderValidateParams
from .grader_validate_response import GraderValidateResponse as GraderValidateResponse
