from .output_items import AsyncOutputItems, OutputItems
from .runs import AsyncRuns, Runs

__all__ = ["Runs", "AsyncRuns", "OutputItems", "AsyncOutputItems"]
