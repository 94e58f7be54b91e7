# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Union
from typing_extensions import Annotated, Literal, TypeAlias


from ..._models import BaseModel, PropertyInfo


__all__ = [
    "Action",
    "ActionClick",
    "ActionDoubleClick",
    "ActionDrag",
    "ActionDragPath",
    "ActionKeypress",
    "ActionMove",
    "ActionScreenshot",
    "ActionScroll",
    "ActionType",
    "ActionWait",
    "PendingSafetyCheck",
    "ResponseComputerToolCall",
]


class ActionClick(BaseModel):
    button: Literal["left", "right", "wheel", "back", "forward"]
    type: Literal["click"]
    x: int
    y: int


class ActionDoubleClick(BaseModel):
    type: Literal["double_click"]
    x: int
    y: int


class ActionDragPath(BaseModel):
    x: int
    y: int


class ActionDrag(BaseModel):
    path: List[ActionDragPath]
    type: Literal["drag"]


class ActionKeypress(BaseModel):
    keys: List[str]
    type: Literal["keypress"]


class ActionMove(BaseModel):
    type: Literal["move"]
    x: int
    y: int


class ActionScreenshot(BaseModel):
    type: Literal["screenshot"]


class ActionScroll(BaseModel):
    scroll_x: int
    scroll_y: int
    type: Literal["scroll"]
    x: int
    y: int


class ActionType(BaseModel):
    text: str
    type: Literal["type"]


class ActionWait(BaseModel):
    type: Literal["wait"]


Action: TypeAlias = Annotated[
    Union[
        ActionClick,
        ActionDoubleClick,
        ActionDrag,
        ActionKeypress,
        ActionMove,
        ActionScreenshot,
        ActionScroll,
        ActionType,
        ActionWait,
    ],
    PropertyInfo(discriminator="type"),
]


class PendingSafetyCheck(BaseModel):
    id: str
    code: str
    message: str


class ResponseComputerToolCall(BaseModel):
    id: str
    action: Action
    call_id: str
    pending_safety_checks: List[PendingSafetyCheck]
    status: Literal["in_progress", "completed", "incomplete"]
    type: Literal["computer_call"]
