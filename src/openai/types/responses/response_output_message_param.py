# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Iterable, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .response_output_refusal_param import ResponseOutputRefusalParam
from .response_output_text_param import ResponseOutputTextParam


__all__ = ["Content", "ResponseOutputMessageParam"]


Content: TypeAlias = Union[ResponseOutputRefusalParam, ResponseOutputTextParam]


class ResponseOutputMessageParam(TypedDict, total=False):
    content: Required[Iterable[Content]]
    id: Required[str]
    role: Required[Literal["assistant"]]
    status: Required[Literal["completed", "in_progress", "incomplete"]]
    type: Required[Literal["message"]]
