# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias


from ..._models import BaseModel, PropertyInfo


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
    type: Literal["search"]
    sources: Optional[List[ActionSearchSource]] = None


Action: TypeAlias = Annotated[Union[ActionSearch, ActionOpenPage, ActionFind], PropertyInfo(discriminator="type")]


class ResponseFunctionWebSearch(BaseModel):
    id: str
    action: Action
    status: Literal["in_progress", "searching", "completed", "failed"]
    type: Literal["web_search_call"]
