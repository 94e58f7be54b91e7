from .messages import AsyncMessages, Messages
from .runs import AsyncRuns, Runs
from .threads import AsyncThreads, Threads

__all__ = ["Threads", "AsyncThreads", "Messages", "AsyncMessages", "Runs", "AsyncRuns"]
