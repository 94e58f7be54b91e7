"""What every command uses: the client, printing results, declaring subcommands."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, Callable, Dict, NamedTuple, Optional, Sequence, Tuple, Type

import openai

from .._exceptions import OpenAIError

if TYPE_CHECKING:
    from argparse import ArgumentParser, _SubParsersAction

    from .._client import OpenAI
    from .._models import BaseModel as APIModel
    from ._models import BaseModel

__all__ = ["Colors", "get_client", "organization_info", "print_model", "can_use_http2", "Option", "add_command"]


class Colors:
    """ANSI escapes (the error line's `Error:` is printed in FAIL red)."""

    HEADER = "\033[95m"
    OKBLUE = "\033[94m"
    OKGREEN = "\033[92m"
    WARNING = "\033[93m"
    FAIL = "\033[91m"
    ENDC = "\033[0m"
    BOLD = "\033[1m"
    UNDERLINE = "\033[4m"


_NO_API_KEY = "The api_key client option must be set"


def get_client() -> "OpenAI":
    """The module client (`openai.chat`, ...), configured from the global options by `main`."""
    from ._errors import CLIError

    try:
        return openai._load_client()
    except OpenAIError as err:
        if not str(err).startswith(_NO_API_KEY):
            raise
        # The client's own wording speaks of constructor arguments; a shell user needs these two.
        raise CLIError(
            "No API key given: set the OPENAI_API_KEY environment variable or pass one with -k/--api-key"
        ) from None
    except ValueError as err:  # settings that do not go together (Azure: no api version, ...)
        raise CLIError(str(err)) from None


def organization_info() -> str:
    """`[organization=org-...] ` before an error line when an organization is in use."""
    organization = openai.organization
    return f"[organization={organization}] " if organization is not None else ""


def print_model(model: "APIModel") -> None:
    sys.stdout.write(model.model_dump_json(indent=2) + "\n")


def can_use_http2() -> bool:
    """HTTP/2 when the optional `h2` package is there (httpx needs it for that)."""
    try:
        import h2  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        return False
    return True


# ---- declaring subcommands ------------------------------------------------------------------


class Option(NamedTuple):
    """One `add_argument` call: its flags and its settings."""

    flags: Tuple[str, ...]
    settings: Dict[str, Any]


def option(*flags: str, **settings: Any) -> Option:
    return Option(flags, settings)


def add_command(
    subparsers: "_SubParsersAction[ArgumentParser]",
    name: str,
    handler: Callable[..., None],
    args_model: Optional[Type["BaseModel"]] = None,
    options: Sequence[Option] = (),
) -> "ArgumentParser":
    """Adds `openai api <name>`: `handler()` runs it, given an `args_model` built from the command
    line when the command has one."""
    command = subparsers.add_parser(name)
    for opt in options:
        command.add_argument(*opt.flags, **opt.settings)
    command.set_defaults(func=handler, args_model=args_model)
    return command
