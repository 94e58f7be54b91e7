# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Iterable, List, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict


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
    "ResponseComputerToolCallParam",
]


class ActionClick(TypedDict, total=False):
    button: Required[Literal["back", "forward", "left", "right", "wheel"]]
    type: Required[Literal["click"]]
    x: Required[int]
    y: Required[int]


class ActionDoubleClick(TypedDict, total=False):
    type: Required[Literal["double_click"]]
    x: Required[int]
    y: Required[int]


class ActionDragPath(TypedDict, total=False):
    x: Required[int]
    y: Required[int]


class ActionDrag(TypedDict, total=False):
    path: Required[Iterable[ActionDragPath]]
    type: Required[Literal["drag"]]


class ActionKeypress(TypedDict, total=False):
    keys: Required[List[str]]
    type: Required[Literal["keypress"]]


class ActionMove(TypedDict, total=False):
    type: Required[Literal["move"]]
    x: Required[int]
    y: Required[int]


class ActionScreenshot(TypedDict, total=False):
    type: Required[Literal["screenshot"]]


class ActionScroll(TypedDict, total=False):
    scroll_x: Required[int]
    scroll_y: Required[int]
    type: Required[Literal["scroll"]]
    x: Required[int]
    y: Required[int]


class ActionType(TypedDict, total=False):
    text: Required[str]
    type: Required[Literal["type"]]


class ActionWait(TypedDict, total=False):
    type: Required[Literal["wait"]]


Action: TypeAlias = Union[
    ActionClick,
    ActionDoubleClick,
    ActionDrag,
    ActionKeypress,
    ActionMove,
    ActionScreenshot,
    ActionScroll,
    ActionType,
    ActionWait,
]


class PendingSafetyCheck(TypedDict, total=False):
    code: Required[str]
    id: Required[str]
    message: Required[str]


class ResponseComputerToolCallParam(TypedDict, total=False):
    action: Required[Action]
    call_id: Required[str]
    id: Required[str]
    pending_safety_checks: Required[Iterable[PendingSafetyCheck]]
    status: Required[Literal["completed", "in_progress", "incomplete"]]
    type: Required[Literal["computer_call"]]
