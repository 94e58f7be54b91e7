"""The official package's home of the raw-response classes, kept as an import path.

Integrations import these names from here (LiteLLM subclasses `HttpxBinaryResponseContent` at
import time; logfire, OpenLLMetry, AgentOps and Weave check `isinstance(x, LegacyAPIResponse)`).
The classes live in `_response`; this module only re-exports them, so an `isinstance` check
gives the same answer whichever path the class was imported from.
"""

from ._response import HttpxBinaryResponseContent, LegacyAPIResponse

__all__ = ["LegacyAPIResponse", "HttpxBinaryResponseContent"]
