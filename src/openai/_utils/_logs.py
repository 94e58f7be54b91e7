"""The official path of the logging helpers (`openai._utils._logs`); they live in `openai._logs`."""

from .._logs import SENSITIVE_HEADERS, SensitiveHeadersFilter, httpx_logger, logger, setup_logging

__all__ = ["SENSITIVE_HEADERS", "SensitiveHeadersFilter", "logger", "httpx_logger", "setup_logging"]
