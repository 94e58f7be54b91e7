# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Iterable, Optional
from typing_extensions import Literal, Required, TypedDict


__all__ = ["Content", "ResponseReasoningItemParam", "Summary"]


class Content(TypedDict, total=False):
    text: Required[str]
    type: Required[Literal["reasoning_text"]]


class Summary(TypedDict, total=False):
    text: Required[str]
    type: Required[Literal["summary_text"]]


class ResponseReasoningItemParam(TypedDict, total=False):
    content: Iterable[Content]
    encrypted_content: Optional[str]
    id: Required[str]
    status: Literal["completed", "in_progress", "incomplete"]
    summary: Required[Iterable[Summary]]
    type: Required[Literal["reasoning"]]
