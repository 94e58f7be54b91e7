"""Which headers carry credentials, and copies of requests/responses without them.

Used where a request leaves the client's hands: a pickled exception (it holds the request, and
the request holds `Authorization`), and a redirect to another origin.
"""

from __future__ import annotations

import copy
from typing import Any, Dict

import httpx

__all__ = ["is_secret_header", "is_account_header", "redacted_request", "redacted_response", "redacted_error_state"]

REDACTED = "<redacted>"

_SECRET_NAMES = frozenset({"authorization", "proxy-authorization", "api-key", "cookie", "set-cookie"})
# Custom credentials come under many names (`X-Api-Key`, `X-Auth-Token`, `X-Gateway-Secret`...).
_SECRET_PARTS = ("auth", "key", "token", "secret", "password", "passwd", "signature", "session", "cookie", "credential")
# Not secret, but they name the caller's account: not for another origin either.
_ACCOUNT_NAMES = frozenset({"openai-organization", "openai-project"})


def is_secret_header(name: str) -> bool:
    lower = name.lower()
    return lower in _SECRET_NAMES or any(part in lower for part in _SECRET_PARTS)


def is_account_header(name: str) -> bool:
    return name.lower() in _ACCOUNT_NAMES


def _redacted_headers(headers: httpx.Headers) -> httpx.Headers:
    return httpx.Headers([(k, REDACTED if is_secret_header(k) else v) for k, v in headers.multi_items()])


def _redacted_url(url: httpx.URL) -> httpx.URL:
    if url.password:
        url = url.copy_with(password=REDACTED)
    if url.query:
        params = [(k, REDACTED if is_secret_header(k) else v) for k, v in url.params.multi_items()]
        url = url.copy_with(params=params)
    return url


def redacted_request(request: httpx.Request) -> httpx.Request:
    """A bodiless copy of `request` with credential headers replaced by `<redacted>`."""
    return httpx.Request(request.method, _redacted_url(request.url), headers=_redacted_headers(request.headers))


def redacted_response(response: httpx.Response) -> httpx.Response:
    """A copy of `response` (its body, when read) whose request carries no credentials."""
    try:
        content = response.content
    except httpx.ResponseNotRead:
        content = b""
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in ("content-encoding", "set-cookie")]
    copy = httpx.Response(response.status_code, headers=headers, content=content)
    try:
        copy.request = redacted_request(response.request)
    except RuntimeError:  # a response built without a request
        pass
    return copy


def redacted_error_state(error: BaseException) -> Dict[str, Any]:
    """An exception's attributes, its requests and responses replaced by redacted copies."""
    state: Dict[str, Any] = {}
    for key, value in vars(error).items():
        if isinstance(value, httpx.Request):
            value = redacted_request(value)
        elif isinstance(value, httpx.Response):
            value = redacted_response(value)
        elif isinstance(value, BaseException) and value is not error:  # e.g. the httpx cause
            clean = copy.copy(value)
            vars(clean).update(redacted_error_state(value))
            value = clean
        state[key] = value
    return state


# ----------------------------------------------------------------------------- redirects


def _origin(url: httpx.URL) -> "tuple[str, str, int | None]":
    port = url.port or {"http": 80, "https": 443}.get(url.scheme)
    return (url.scheme, url.host, port)


def redirect_refusal(previous: httpx.Request, next_request: httpx.Request) -> "str | None":
    """Why a redirect must not be followed (None to follow it): https never falls back to http."""
    if previous.url.scheme == "https" and next_request.url.scheme == "http":
        return (
            f"Refused to follow a redirect from {previous.url.copy_with(query=None)} to "
            f"{next_request.url.copy_with(query=None)}: it would downgrade https to http"
        )
    return None


def strip_for_redirect(previous: httpx.Request, next_request: httpx.Request) -> None:
    """Drop credentials and account headers from a hop to another origin (httpx itself drops
    only `Authorization`). An upgrade of the same host from http to https keeps them, as httpx
    keeps `Authorization` then."""
    before, after = _origin(previous.url), _origin(next_request.url)
    if before == after:
        return
    if before[0] == "http" and after[0] == "https" and before[1] == after[1]:
        return
    for name in list(next_request.headers.keys()):
        if is_secret_header(name) or is_account_header(name):
            del next_request.headers[name]
