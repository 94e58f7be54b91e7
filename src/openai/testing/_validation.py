"""Request checks the real API makes before any endpoint runs: authentication and body parameters.

One table (`_param_table.BODY_PARAMS`) and one check for every endpoint, stateful ones
included, so a test that sends a misspelt or missing parameter fails against the fake the way
it would fail in production.
"""

from __future__ import annotations

from typing import Optional

from ._core import APIErrorReply, FakeRequest, Router

__all__ = ["check_auth", "check_body"]

_NO_KEY = (
    "You didn't provide an API key. You need to provide your API key in an Authorization header "
    "using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank "
    "username) if you're accessing the API from your browser and are prompted for a username. You "
    "can obtain an API key from https://platform.openai.com/account/api-keys."
)


def check_auth(request: FakeRequest) -> Optional[APIErrorReply]:
    """A 401 when the request carries no key (any non-empty key is accepted; Azure's `api-key`
    header too)."""
    if request.headers.get("api-key", "").strip():
        return None
    authorization = request.headers.get("authorization", "")
    scheme, _, token = authorization.partition(" ")
    if not authorization:
        return APIErrorReply(401, _NO_KEY)
    if scheme.lower() != "bearer" or not token.strip():
        return APIErrorReply(
            401, "Incorrect API key provided: Authorization header is malformed.", code="invalid_api_key"
        )
    return None


def _field_name(key: str) -> str:
    # Multipart arrays travel as `name[]`; nested form fields as `name[sub]`.
    return key.split("[", 1)[0]


def check_body(router: Router, request: FakeRequest) -> Optional[APIErrorReply]:
    """A 400 naming the first missing required or unknown top-level body parameter."""
    from ._param_table import BODY_PARAMS

    if request.method != "POST" or not isinstance(request.body, dict):
        return None
    pattern = router.pattern_for(request.method, request.path)
    entry = BODY_PARAMS.get((request.method, pattern)) if pattern is not None else None
    if entry is None:
        return None
    required, known = entry
    given = [_field_name(key) for key in request.body]
    for name in required:
        if name not in given:
            return APIErrorReply(
                400, f"Missing required parameter: '{name}'.", param=name, code="missing_required_parameter"
            )
    for name in given:
        if name not in known:
            return APIErrorReply(400, f"Unknown parameter: '{name}'.", param=name, code="unknown_parameter")
    return None
