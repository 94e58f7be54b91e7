"""Defaults shared by the clients (values match the official package)."""

import httpx

# Older integrations (and upstream's `with_raw_response`) ask for the raw response with this header.
RAW_RESPONSE_HEADER = "X-Stainless-Raw-Response"
# Upstream's private header naming a different `cast_to` for one request; kept as a name only.
OVERRIDE_CAST_TO_HEADER = "____stainless_override_cast_to"

DEFAULT_TIMEOUT = httpx.Timeout(timeout=600, connect=5.0)  # int: the read-timeout header says "600", as upstream
DEFAULT_MAX_RETRIES = 2
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)

# Backoff: 0.5 s doubling per retry, capped at 8 s, each delay shortened by up to 25 % jitter.
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# A server-requested delay (retry-after / retry-after-ms) is honoured only within (0, 60] s.
MAX_SERVER_RETRY_AFTER = 60.0

DEFAULT_BASE_URL = "https://api.openai.com/v1"
DEFAULT_WEBSOCKET_BASE_URL = None
