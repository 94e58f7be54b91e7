"""`openai api models.list | models.retrieve -i ID | models.delete -i ID`."""

from __future__ import annotations

from argparse import ArgumentParser
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .._models import BaseModel
from .._utils import add_command, get_client, option, print_model

if TYPE_CHECKING:
    from argparse import _SubParsersAction


def register(subparser: _SubParsersAction[ArgumentParser]) -> None:
    model_id = option("-i", "--id", required=True, help="The model ID")
    add_command(subparser, "models.list", CLIModels.list)
    add_command(subparser, "models.retrieve", CLIModels.get, CLIModelIDArgs, [model_id])
    add_command(subparser, "models.delete", CLIModels.delete, CLIModelIDArgs, [model_id])


@dataclass
class CLIModelIDArgs(BaseModel):
    id: str


class CLIModels:
    @staticmethod
    def get(args: CLIModelIDArgs) -> None:
        print_model(get_client().models.retrieve(model=args.id))

    @staticmethod
    def delete(args: CLIModelIDArgs) -> None:
        print_model(get_client().models.delete(model=args.id))

    @staticmethod
    def list() -> None:
        for model in get_client().models.list():  # every page
            print_model(model)
