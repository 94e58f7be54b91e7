from __future__ import annotations

from typing_extensions import TypeAlias

from ....types.responses.parsed_response import ParsedResponse

__all__ = ["ParsedResponseSnapshot"]

# The response as accumulated so far: output items grow with every delta event.
ParsedResponseSnapshot: TypeAlias = ParsedResponse[object]
