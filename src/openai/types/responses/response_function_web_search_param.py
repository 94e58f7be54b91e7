# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Iterable, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict


__all__ = [
    "Action",
    "ActionFind",
    "ActionOpenPage",
    "ActionSearch",
    "ActionSearchSource",
    "ResponseFunctionWebSearchParam",
]


class ActionFind(TypedDict, total=False):
    pattern: Required[str]
    type: Required[Literal["find"]]
    url: Required[str]


class ActionOpenPage(TypedDict, total=False):
    type: Required[Literal["open_page"]]
    url: Required[str]


class ActionSearchSource(TypedDict, total=False):
    type: Required[Literal["url"]]
    url: Required[str]


class ActionSearch(TypedDict, total=False):
    query: Required[str]
    sources: Iterable[ActionSearchSource]
    type: Required[Literal["search"]]


Action: TypeAlias = Union[ActionFind, ActionOpenPage, ActionSearch]


class ResponseFunctionWebSearchParam(TypedDict, total=False):
    action: Required[Action]
    id: Required[str]
    status: Required[Literal["completed", "failed", "in_progress", "searching"]]
    type: Required[Literal["web_search_call"]]
