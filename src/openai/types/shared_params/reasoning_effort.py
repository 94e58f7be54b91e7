# The same alias as in openai.types.shared (request params and responses share it).

from ..shared.reasoning_effort import ReasoningEffort as ReasoningEffort

__all__ = ["ReasoningEffort"]
