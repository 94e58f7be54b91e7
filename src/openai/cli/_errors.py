"""The command's own errors, and how every error is shown: one line on stderr."""

from __future__ import annotations

import sys
from typing import Union

from .._exceptions import APIError, OpenAIError
from ._utils import Colors, organization_info

__all__ = ["CLIError", "SilentCLIError", "display_error"]


class CLIError(OpenAIError):
    """A usage error the command reports itself (bad option value, unreadable file, ...)."""


class SilentCLIError(CLIError):
    """A failure that has already been reported (by a program the command ran): exit 1, say nothing."""


def display_error(err: Union[CLIError, APIError, OpenAIError, Exception]) -> None:
    if isinstance(err, SilentCLIError):
        return
    # The request id is what support asks for; the official line leaves it out.
    request_id = getattr(err, "request_id", None)
    suffix = f" (request_id: {request_id})" if request_id else ""
    sys.stderr.write(f"{organization_info()}{Colors.FAIL}Error:{Colors.ENDC} {err}{suffix}\n")
