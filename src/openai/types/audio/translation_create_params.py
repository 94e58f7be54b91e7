# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import Literal, Required, TypedDict

from ..._types import FileTypes
from ..audio_model import AudioModel


__all__ = ['TranslationCreateParams']


class TranslationCreateParams(TypedDict, total=False):
    file: Required[FileTypes]
    model: Required[Union[str, AudioModel]]
    prompt: str
    response_format: Literal['json', 'srt', 'text', 'verbose_json', 'vtt']
    temperature: float
