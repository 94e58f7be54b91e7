from .input_items import AsyncInputItems, InputItems
from .responses import AsyncResponses, Responses

__all__ = ["Responses", "AsyncResponses", "InputItems", "AsyncInputItems"]
