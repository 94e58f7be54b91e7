# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Union
from typing_extensions import Literal, TypeAlias, TypedDict

from .response_includable import ResponseIncludable


__all__ = [
    "ResponseRetrieveParams",
    "ResponseRetrieveParamsBase",
    "ResponseRetrieveParamsNonStreaming",
    "ResponseRetrieveParamsStreaming",
]


class ResponseRetrieveParamsBase(TypedDict, total=False):
    include: List[ResponseIncludable]
    include_obfuscation: bool
    starting_after: int


class ResponseRetrieveParamsNonStreaming(ResponseRetrieveParamsBase, total=False):
    stream: Literal[False]


class ResponseRetrieveParamsStreaming(ResponseRetrieveParamsBase):
    stream: Literal[True]


ResponseRetrieveParams: TypeAlias = Union[ResponseRetrieveParamsNonStreaming, ResponseRetrieveParamsStreaming]
