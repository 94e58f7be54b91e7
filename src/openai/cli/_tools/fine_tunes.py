"""`openai tools fine_tunes.prepare_data -f FILE [-q]`: check and fix a prompt-completion data set
before fine-tuning (see `_prepare_data`)."""

from __future__ import annotations

import sys
from argparse import ArgumentParser
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .._models import BaseModel
from ._prepare_data import (
    apply_necessary_remediation,
    apply_validators,
    get_validators,
    read_any_format,
    write_out_file,
)

if TYPE_CHECKING:
    from argparse import _SubParsersAction


def register(subparser: _SubParsersAction[ArgumentParser]) -> None:
    sub = subparser.add_parser("fine_tunes.prepare_data")
    sub.add_argument(
        "-f",
        "--file",
        required=True,
        help="JSONL, JSON, CSV, TSV, TXT or XLSX file containing prompt-completion examples to be analyzed."
        "This should be the local file path.",
    )
    sub.add_argument(
        "-q",
        "--quiet",
        required=False,
        action="store_true",
        help="Auto accepts all suggestions, without asking for user input. To be used within scripts.",
    )
    sub.set_defaults(func=prepare_data, args_model=PrepareDataArgs)


@dataclass
class PrepareDataArgs(BaseModel):
    file: str
    quiet: bool


def prepare_data(args: PrepareDataArgs) -> None:
    sys.stdout.write("Analyzing...\n")
    table, remediation = read_any_format(args.file)
    apply_necessary_remediation(None, remediation)  # an unreadable file stops here
    assert table is not None
    apply_validators(table, args.file, remediation, get_validators(), args.quiet, write_out_file_func=write_out_file)
