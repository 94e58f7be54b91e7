from __future__ import annotations

from argparse import ArgumentParser

from . import audio, chat, completions, files, fine_tuning, image, models


def register_commands(parser: ArgumentParser) -> None:
    """Adds every `openai api` subcommand to `parser` (in the order `openai api --help` lists them)."""
    subparsers = parser.add_subparsers(help="All API subcommands")
    for module in (chat, image, audio, files, models, completions, fine_tuning):
        module.register(subparsers)
