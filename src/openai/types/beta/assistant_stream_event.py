# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias


from ..._models import BaseModel, PropertyInfo
from ..shared.error_object import ErrorObject
from .thread import Thread
from .threads.message import Message
from .threads.message_delta_event import MessageDeltaEvent
from .threads.run import Run
from .threads.runs.run_step import RunStep
from .threads.runs.run_step_delta_event import RunStepDeltaEvent


__all__ = [
    "AssistantStreamEvent",
    "ErrorEvent",
    "ThreadCreated",
    "ThreadMessageCompleted",
    "ThreadMessageCreated",
    "ThreadMessageDelta",
    "ThreadMessageInProgress",
    "ThreadMessageIncomplete",
    "ThreadRunCancelled",
    "ThreadRunCancelling",
    "ThreadRunCompleted",
    "ThreadRunCreated",
    "ThreadRunExpired",
    "ThreadRunFailed",
    "ThreadRunInProgress",
    "ThreadRunIncomplete",
    "ThreadRunQueued",
    "ThreadRunRequiresAction",
    "ThreadRunStepCancelled",
    "ThreadRunStepCompleted",
    "ThreadRunStepCreated",
    "ThreadRunStepDelta",
    "ThreadRunStepExpired",
    "ThreadRunStepFailed",
    "ThreadRunStepInProgress",
]


class ErrorEvent(BaseModel):
    data: ErrorObject
    event: Literal["error"]


class ThreadCreated(BaseModel):
    data: Thread
    event: Literal["thread.created"]
    enabled: Optional[bool] = None


class ThreadMessageCompleted(BaseModel):
    data: Message
    event: Literal["thread.message.completed"]


class ThreadMessageCreated(BaseModel):
    data: Message
    event: Literal["thread.message.created"]


class ThreadMessageDelta(BaseModel):
    data: MessageDeltaEvent
    event: Literal["thread.message.delta"]


class ThreadMessageInProgress(BaseModel):
    data: Message
    event: Literal["thread.message.in_progress"]


class ThreadMessageIncomplete(BaseModel):
    data: Message
    event: Literal["thread.message.incomplete"]


class ThreadRunCancelled(BaseModel):
    data: Run
    event: Literal["thread.run.cancelled"]


class ThreadRunCancelling(BaseModel):
    data: Run
    event: Literal["thread.run.cancelling"]


class ThreadRunCompleted(BaseModel):
    data: Run
    event: Literal["thread.run.completed"]


class ThreadRunCreated(BaseModel):
    data: Run
    event: Literal["thread.run.created"]


class ThreadRunExpired(BaseModel):
    data: Run
    event: Literal["thread.run.expired"]


class ThreadRunFailed(BaseModel):
    data: Run
    event: Literal["thread.run.failed"]


class ThreadRunInProgress(BaseModel):
    data: Run
    event: Literal["thread.run.in_progress"]


class ThreadRunIncomplete(BaseModel):
    data: Run
    event: Literal["thread.run.incomplete"]


class ThreadRunQueued(BaseModel):
    data: Run
    event: Literal["thread.run.queued"]


class ThreadRunRequiresAction(BaseModel):
    data: Run
    event: Literal["thread.run.requires_action"]


class ThreadRunStepCancelled(BaseModel):
    data: RunStep
    event: Literal["thread.run.step.cancelled"]


class ThreadRunStepCompleted(BaseModel):
    data: RunStep
    event: Literal["thread.run.step.completed"]


class ThreadRunStepCreated(BaseModel):
    data: RunStep
    event: Literal["thread.run.step.created"]


class ThreadRunStepDelta(BaseModel):
    data: RunStepDeltaEvent
    event: Literal["thread.run.step.delta"]


class ThreadRunStepExpired(BaseModel):
    data: RunStep
    event: Literal["thread.run.step.expired"]


class ThreadRunStepFailed(BaseModel):
    data: RunStep
    event: Literal["thread.run.step.failed"]


class ThreadRunStepInProgress(BaseModel):
    data: RunStep
    event: Literal["thread.run.step.in_progress"]


# Events carry their SSE name in `event` (the stream wraps each payload as `{"event", "data"}`):
# that name picks the member, also when a payload does not match its model.
AssistantStreamEvent: TypeAlias = Annotated[
    Union[
        ThreadCreated,
        ThreadRunCreated,
        ThreadRunQueued,
        ThreadRunInProgress,
        ThreadRunRequiresAction,
        ThreadRunCompleted,
        ThreadRunIncomplete,
        ThreadRunFailed,
        ThreadRunCancelling,
        ThreadRunCancelled,
        ThreadRunExpired,
        ThreadRunStepCreated,
        ThreadRunStepInProgress,
        ThreadRunStepDelta,
        ThreadRunStepCompleted,
        ThreadRunStepFailed,
        ThreadRunStepCancelled,
        ThreadRunStepExpired,
        ThreadMessageCreated,
        ThreadMessageInProgress,
        ThreadMessageDelta,
        ThreadMessageCompleted,
        ThreadMessageIncomplete,
        ErrorEvent,
    ],
    PropertyInfo(discriminator="event"),
]
