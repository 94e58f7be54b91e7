from .assistants import Assistants, AsyncAssistants
from .beta import AsyncBeta, Beta
from .threads import AsyncThreads, Threads

__all__ = ["Beta", "AsyncBeta", "Assistants", "AsyncAssistants", "Threads", "AsyncThreads"]
