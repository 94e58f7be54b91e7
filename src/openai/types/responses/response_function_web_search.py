# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field as FieldInfo

from ..._models import BaseModel


__all__ = ["Action", "ActionFind", "ActionOpenPage", "ActionSearch", "ActionSearchSource", "ResponseFunctionWebSearch"]


class ActionFind(BaseModel):
    pattern: str
    type: Literal["find"]
    url: str


class ActionOpenPage(BaseModel):
    type: Literal["open_page"]
    url: str


class ActionSearchSource(BaseModel):
    type: Literal["url"]
    url: str


class ActionSearch(BaseModel):
    query: str
    sources: Optional[List[ActionSearchSource]] = None
    type: Literal["search"]


Action: TypeAlias = Annotated[Union[ActionFind, ActionOpenPage, ActionSearch], FieldInfo(discriminator="type")]


class ResponseFunctionWebSearch(BaseModel):
    action: Action
    id: str
    status: Literal["completed", "failed", "in_progress", "searching"]
    type: Literal["web_search_call"]
