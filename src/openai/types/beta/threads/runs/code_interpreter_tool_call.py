# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Union
from typing_extensions import Annotated, Literal, TypeAlias


from ....._models import BaseModel, PropertyInfo


__all__ = [
    "CodeInterpreter",
    "CodeInterpreterOutput",
    "CodeInterpreterOutputImage",
    "CodeInterpreterOutputImageImage",
    "CodeInterpreterOutputLogs",
    "CodeInterpreterToolCall",
]


class CodeInterpreterOutputImageImage(BaseModel):
    file_id: str


class CodeInterpreterOutputImage(BaseModel):
    image: CodeInterpreterOutputImageImage
    type: Literal["image"]


class CodeInterpreterOutputLogs(BaseModel):
    logs: str
    type: Literal["logs"]


CodeInterpreterOutput: TypeAlias = Annotated[
    Union[CodeInterpreterOutputLogs, CodeInterpreterOutputImage], PropertyInfo(discriminator="type")
]


class CodeInterpreter(BaseModel):
    input: str
    outputs: List[CodeInterpreterOutput]


class CodeInterpreterToolCall(BaseModel):
    id: str
    code_interpreter: CodeInterpreter
    type: Literal["code_interpreter"]
