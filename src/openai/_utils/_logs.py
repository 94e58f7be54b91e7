"""A logging filter that keeps credentials out of logged request headers."""

from __future__ import annotations

import logging
from typing import Any, Dict, cast

__all__ = ["SENSITIVE_HEADERS", "SensitiveHeadersFilter"]

SENSITIVE_HEADERS = {"api-key", "authorization"}


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
