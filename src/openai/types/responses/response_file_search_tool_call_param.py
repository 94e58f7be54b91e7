# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, Iterable, List, Optional, Union
from typing_extensions import Literal, Required, TypedDict


__all__ = ["ResponseFileSearchToolCallParam", "Result"]


class Result(TypedDict, total=False):
    attributes: Optional[Dict[str, Union[bool, float, str]]]
    file_id: str
    filename: str
    score: float
    text: str


class ResponseFileSearchToolCallParam(TypedDict, total=False):
    id: Required[str]
    queries: Required[List[str]]
    results: Optional[Iterable[Result]]
    status: Required[Literal["completed", "failed", "in_progress", "incomplete", "searching"]]
    type: Required[Literal["file_search_call"]]
