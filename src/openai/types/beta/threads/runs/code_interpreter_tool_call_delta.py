# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias


from ....._models import BaseModel, PropertyInfo
from .code_interpreter_logs import CodeInterpreterLogs
from .code_interpreter_output_image import CodeInterpreterOutputImage


__all__ = ["CodeInterpreter", "CodeInterpreterOutput", "CodeInterpreterToolCallDelta"]


CodeInterpreterOutput: TypeAlias = Annotated[
    Union[CodeInterpreterLogs, CodeInterpreterOutputImage], PropertyInfo(discriminator="type")
]


class CodeInterpreter(BaseModel):
    input: Optional[str] = None
    outputs: Optional[List[CodeInterpreterOutput]] = None


class CodeInterpreterToolCallDelta(BaseModel):
    index: int
    type: Literal["code_interpreter"]
    id: Optional[str] = None
    code_interpreter: Optional[CodeInterpreter] = None
