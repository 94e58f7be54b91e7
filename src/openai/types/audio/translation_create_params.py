# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import Literal, Required, TypedDict

from ..._types import FileTypes
from ..audio_model import AudioModel


__all__ = ["TranslationCreateParams"]


class TranslationRequestFields(TypedDict, total=False):
    """Every parameter but `response_format`, which `create`'s overloads spell out (it picks the result type)."""

    file: Required[FileTypes]
    model: Required[Union[str, AudioModel]]
    prompt: str
    temperature: float


class TranslationCreateParams(TranslationRequestFields, total=False):
    response_format: Literal["json", "srt", "text", "verbose_json", "vtt"]
