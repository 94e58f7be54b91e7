# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Iterable, List, Union
from typing_extensions import Literal, Required, TypedDict

from .embedding_model import EmbeddingModel


__all__ = ["EmbeddingCreateParams"]


class EmbeddingCreateParams(TypedDict, total=False):
    dimensions: int
    encoding_format: Literal["base64", "float"]
    input: Required[Union[str, Iterable[Iterable[int]], Iterable[int], List[str]]]
    model: Required[Union[str, EmbeddingModel]]
    user: str
