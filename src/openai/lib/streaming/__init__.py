"""Stream helpers: context managers over the raw SSE streams that accumulate a snapshot of the
object being streamed and emit richer events (`responses`; `chat`)."""

from ._assistants import AssistantEventHandler as AssistantEventHandler
from ._assistants import AssistantEventHandlerT as AssistantEventHandlerT
from ._assistants import AssistantStreamManager as AssistantStreamManager
from ._assistants import AsyncAssistantEventHandler as AsyncAssistantEventHandler
from ._assistants import AsyncAssistantEventHandlerT as AsyncAssistantEventHandlerT
from ._assistants import AsyncAssistantStreamManager as AsyncAssistantStreamManager
