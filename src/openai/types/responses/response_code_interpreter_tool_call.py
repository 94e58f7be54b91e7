# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias


from ..._models import BaseModel, PropertyInfo


__all__ = ["Output", "OutputImage", "OutputLogs", "ResponseCodeInterpreterToolCall"]


class OutputImage(BaseModel):
    type: Literal["image"]
    url: str


class OutputLogs(BaseModel):
    logs: str
    type: Literal["logs"]


Output: TypeAlias = Annotated[Union[OutputLogs, OutputImage], PropertyInfo(discriminator="type")]


class ResponseCodeInterpreterToolCall(BaseModel):
    id: str
    code: Optional[str] = None
    container_id: str
    outputs: Optional[List[Output]] = None
    status: Literal["in_progress", "completed", "incomplete", "interpreting", "failed"]
    type: Literal["code_interpreter_call"]
