"""`OPENAI_LOG=info|debug`: the package's logging, set up at import as the official package does.

The `openai` logger says what the client does (request method and URL, the request options,
response status and request id, retries and their delay); `httpx` logs each request too. The
filter below is attached to the `openai` logger so that credentials in logged request options
(`authorization`, `api-key`) read `<redacted>`.
"""

from __future__ import annotations

import logging
import os
from typing import Any, Dict, cast

__all__ = ["logger", "httpx_logger", "setup_logging", "SENSITIVE_HEADERS", "SensitiveHeadersFilter"]

logger: logging.Logger = logging.getLogger("openai")
httpx_logger: logging.Logger = logging.getLogger("httpx")

SENSITIVE_HEADERS = {"api-key", "authorization"}


def _basic_config() -> None:
    # [2026-12-04 14:12:26 - openai._base_client:818 - DEBUG] Sending HTTP Request: POST ...
    logging.basicConfig(
        format="[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s",
        datefmt="%Y-%m-%d %H:%M:%S",
    )


def setup_logging() -> None:
    """Turn on logging as `OPENAI_LOG` asks (`debug` or `info`); anything else leaves it alone."""
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(os.environ.get("OPENAI_LOG", ""))
    if level is None:
        return
    _basic_config()
    logger.setLevel(level)
    httpx_logger.setLevel(level)


class SensitiveHeadersFilter(logging.Filter):
    """Replaces `api-key` / `authorization` values in a record's `headers` arg with `<redacted>`.

    Works on records logged as `log.debug("...", {"headers": {...}, ...})`; the caller's dict is
    copied, never changed.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, dict) and isinstance(args.get("headers"), dict):
            headers: Dict[Any, Any] = dict(cast(Dict[Any, Any], args["headers"]))
            for name in headers:
                if str(name).lower() in SENSITIVE_HEADERS:
                    headers[name] = "<redacted>"
            cast(Dict[str, Any], args)["headers"] = headers
        return True
