"""`openai api audio.transcriptions.create -f PATH | audio.translations.create -f PATH`."""

from __future__ import annotations

import sys
from argparse import ArgumentParser
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional, Union, cast

from ..._types import NOT_GIVEN
from .._models import BaseModel
from .._progress import BufferReader
from .._utils import add_command, get_client, option, print_model
from ._upload import read_file

if TYPE_CHECKING:
    from argparse import _SubParsersAction

    from ..._models import BaseModel as APIModel


def register(subparser: _SubParsersAction[ArgumentParser]) -> None:
    model = option("-m", "--model", type=str, default="whisper-1")
    file = option("-f", "--file", type=str, required=True)
    response_format = option("--response-format", type=str)
    temperature = option("-t", "--temperature", type=float)
    prompt = option("--prompt", type=str)
    add_command(
        subparser,
        "audio.transcriptions.create",
        CLIAudio.transcribe,
        CLITranscribeArgs,
        [model, file, response_format, option("--language", type=str), temperature, prompt],
    )
    # Translations take no language (the API translates into English).
    add_command(
        subparser,
        "audio.translations.create",
        CLIAudio.translate,
        CLITranslationArgs,
        [file, model, response_format, temperature, prompt],
    )


@dataclass
class CLITranscribeArgs(BaseModel):
    model: str
    file: str
    response_format: Optional[str] = None
    language: Optional[str] = None
    temperature: Optional[float] = None
    prompt: Optional[str] = None


@dataclass
class CLITranslationArgs(BaseModel):
    model: str
    file: str
    response_format: Optional[str] = None
    language: Optional[str] = None
    temperature: Optional[float] = None
    prompt: Optional[str] = None


def _print(result: Union["APIModel", str]) -> None:
    # `--response-format text|srt|vtt` answers plain text; json formats answer an object.
    if isinstance(result, str):
        sys.stdout.write(result + "\n")
    else:
        print_model(result)


class CLIAudio:
    @staticmethod
    def transcribe(args: CLITranscribeArgs) -> None:
        upload = BufferReader(read_file(args.file), desc="Upload progress")
        result = get_client().audio.transcriptions.create(
            file=(args.file, upload),
            model=args.model,
            language=args.language or NOT_GIVEN,
            temperature=args.temperature or NOT_GIVEN,
            prompt=args.prompt or NOT_GIVEN,
            response_format=cast(Any, args.response_format or NOT_GIVEN),
        )
        _print(cast(Any, result))

    @staticmethod
    def translate(args: CLITranslationArgs) -> None:
        upload = BufferReader(read_file(args.file), desc="Upload progress")
        result = get_client().audio.translations.create(
            file=(args.file, upload),
            model=args.model,
            temperature=args.temperature or NOT_GIVEN,
            prompt=args.prompt or NOT_GIVEN,
            response_format=cast(Any, args.response_format or NOT_GIVEN),
        )
        _print(cast(Any, result))
