"""`openai api files.create -f PATH -p PURPOSE | files.retrieve -i ID | files.delete -i ID | files.list`."""

from __future__ import annotations

from argparse import ArgumentParser
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from .._models import BaseModel
from .._progress import BufferReader
from .._utils import add_command, get_client, option, print_model
from ._upload import read_file

if TYPE_CHECKING:
    from argparse import _SubParsersAction


def register(subparser: _SubParsersAction[ArgumentParser]) -> None:
    file_id = option("-i", "--id", required=True, help="The files ID")
    add_command(
        subparser,
        "files.create",
        CLIFile.create,
        CLIFileCreateArgs,
        [
            option("-f", "--file", required=True, help="File to upload"),
            option(
                "-p",
                "--purpose",
                help="Why are you uploading this file? (see https://platform.openai.com/docs/api-reference/ for purposes)",
                required=True,
            ),
        ],
    )
    add_command(subparser, "files.retrieve", CLIFile.get, CLIFileIDArgs, [file_id])
    add_command(subparser, "files.delete", CLIFile.delete, CLIFileIDArgs, [file_id])
    add_command(subparser, "files.list", CLIFile.list)


@dataclass
class CLIFileIDArgs(BaseModel):
    id: str


@dataclass
class CLIFileCreateArgs(BaseModel):
    file: str
    purpose: str


class CLIFile:
    @staticmethod
    def create(args: CLIFileCreateArgs) -> None:
        upload = BufferReader(read_file(args.file), desc="Upload progress")
        # The purpose goes as typed: the API, not this command, knows which ones are valid.
        file = get_client().files.create(file=(args.file, upload), purpose=cast(Any, args.purpose))
        print_model(file)

    @staticmethod
    def get(args: CLIFileIDArgs) -> None:
        print_model(get_client().files.retrieve(file_id=args.id))

    @staticmethod
    def delete(args: CLIFileIDArgs) -> None:
        print_model(get_client().files.delete(file_id=args.id))

    @staticmethod
    def list() -> None:
        for file in get_client().files.list():  # every page
            print_model(file)
