"""The `openai` command: global options, the subcommand tree, and running one command.

A run: parse the command line; configure the module client (`openai.api_key`, `openai.base_url`,
..., an httpx client with the proxies asked for) from the global options; call the subcommand's
handler with its arguments; print any error as one line on stderr and return 1.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence, Tuple, Type

import httpx

import openai

from .._exceptions import OpenAIError
from .._version import __version__
from . import _tools
from ._api import register_commands
from ._errors import CLIError, display_error
from ._models import BaseModel
from ._utils import can_use_http2

__all__ = ["Arguments", "main", "logger", "formatter", "handler"]

# Log records of a run go to stderr as `[time] message`. The handler is attached to the root
# logger by `main` (not at import), and only when no other handler is there: with OPENAI_LOG set,
# the package has already attached one, and a second would print every record twice.
logger = logging.getLogger()
formatter = logging.Formatter("[%(asctime)s] %(message)s")
handler = logging.StreamHandler(sys.stderr)
handler.setFormatter(formatter)


@dataclass
class Arguments(BaseModel):
    """The global options, and the entries subcommands put in the parsed namespace."""

    verbosity: int = 0
    version: Optional[str] = None

    api_key: Optional[str] = None
    api_base: Optional[str] = None
    organization: Optional[str] = None
    proxy: Optional[List[str]] = None
    api_type: Optional[str] = None
    api_version: Optional[str] = None

    azure_endpoint: Optional[str] = None
    azure_ad_token: Optional[str] = None

    # The subcommand's argument class (None: its handler takes no arguments).
    args_model: Optional[Type[BaseModel]] = None
    # Arguments argparse did not know; only `migrate` and `grit` accept them (they pass them on).
    unknown_args: List[str] = field(default_factory=list)
    allow_unknown_args: bool = False


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=None, prog="openai")
    parser.add_argument("-v", "--verbose", action="count", dest="verbosity", default=0, help="Set verbosity.")
    parser.add_argument("-b", "--api-base", help="What API base url to use.")
    parser.add_argument("-k", "--api-key", help="What API key to use.")
    parser.add_argument("-p", "--proxy", nargs="+", help="What proxy to use.")
    parser.add_argument(
        "-o",
        "--organization",
        help="Which organization to run as (will use your default organization if not specified)",
    )
    parser.add_argument(
        "-t",
        "--api-type",
        type=str,
        choices=("openai", "azure"),
        help="The backend API to call, must be `openai` or `azure`",
    )
    parser.add_argument(
        "--api-version",
        help="The Azure API version, e.g. 'https://learn.microsoft.com/en-us/azure/ai-services/openai/reference#rest-api-versioning'",
    )
    parser.add_argument("--azure-endpoint", help="The Azure endpoint, e.g. 'https://endpoint.openai.azure.com'")
    parser.add_argument(
        "--azure-ad-token",
        help="A token from Azure Active Directory, https://www.microsoft.com/en-us/security/business/identity-access/microsoft-entra-id",
    )
    parser.add_argument("-V", "--version", action="version", version=f"%(prog)s {__version__}")
    # `openai` alone (or `openai api` / `openai tools` without a command) prints this help.
    parser.set_defaults(func=parser.print_help)

    subparsers = parser.add_subparsers()
    register_commands(subparsers.add_parser("api", help="Direct API calls"))
    _tools.register_commands(subparsers.add_parser("tools", help="Client side tools for convenience"), subparsers)
    return parser


def _parse(parser: argparse.ArgumentParser, argv: List[str]) -> Tuple[Dict[str, Any], List[str]]:
    """The parsed namespace as a dict, and the arguments left for the command to pass on."""
    # Everything after a `--` goes to the command as is (argparse would drop the `--` itself).
    cut = argv.index("--") if "--" in argv else len(argv)
    parsed, unknown = parser.parse_known_args(argv[:cut])
    unknown += argv[cut:]
    if unknown and not getattr(parsed, "allow_unknown_args", False):
        parser.parse_args(argv)  # reports the unknown arguments the way argparse does, and exits 2
    return vars(parsed), unknown


def _set_verbosity(verbosity: int) -> None:
    # -v: what the client does (requests, retries, response status); -vv: debug detail too. The
    # same loggers OPENAI_LOG=info|debug turns on; a level OPENAI_LOG already set is kept if lower.
    level = logging.INFO if verbosity == 1 else logging.DEBUG
    for name in ("openai", "httpx"):
        log = logging.getLogger(name)
        if log.getEffectiveLevel() > level:
            log.setLevel(level)


def _http_client(proxies: Optional[Sequence[str]]) -> httpx.Client:
    mounts: Dict[str, httpx.BaseTransport] = {}
    for proxy in proxies or ():
        scheme = "https://" if proxy.startswith("https") else "http://"
        if scheme in mounts:
            raise CLIError(f"Multiple {scheme} proxies given - only the last one would be used")
        mounts[scheme] = httpx.HTTPTransport(proxy=httpx.Proxy(httpx.URL(proxy)))
    return httpx.Client(mounts=mounts or None, http2=can_use_http2())


def _configure_module_client(args: Arguments, http_client: httpx.Client) -> None:
    # The commands use the module client (`openai.models.list()`, ...): options given on the
    # command line override the environment, the rest comes from it as usual.
    openai.http_client = http_client
    if args.organization:
        openai.organization = args.organization
    if args.api_key:
        openai.api_key = args.api_key
    if args.api_base:
        openai.base_url = args.api_base
    if args.api_type is not None:
        openai.api_type = args.api_type
    if args.azure_endpoint is not None:
        openai.azure_endpoint = args.azure_endpoint
    if args.api_version is not None:
        openai.api_version = args.api_version
    if args.azure_ad_token is not None:
        openai.azure_ad_token = args.azure_ad_token


def _run(argv: List[str]) -> None:
    parser = _build_parser()
    values, unknown = _parse(parser, argv)
    args = Arguments.from_parsed(values)

    if not logger.handlers:
        logger.addHandler(handler)
    if args.verbosity:
        _set_verbosity(args.verbosity)

    http_client = _http_client(args.proxy)
    try:
        _configure_module_client(args, http_client)
        command = values["func"]
        if args.args_model is None:
            command()
        else:
            command(args.args_model.from_parsed({**values, "unknown_args": unknown}))
    finally:
        http_client.close()


def main() -> int:
    """Runs `openai ...` with `sys.argv`; returns the exit status (0, or 1 after an error)."""
    try:
        _run(sys.argv[1:])
    except OpenAIError as err:
        # API errors, the command's own errors, and a client that cannot be built (no key, ...).
        display_error(err)
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        return 1
    except BrokenPipeError:
        # The reader went away (`openai api files.list | head`): stop quietly. Python would still
        # report the pipe when flushing stdout at exit, so stdout is pointed at devnull first.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
