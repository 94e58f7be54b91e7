"""Webhooks: check that a delivery really comes from OpenAI, and parse its event.

Deliveries are signed per the Standard Webhooks scheme: the `webhook-signature` header holds
space-separated `v1,<signature>` entries, each the base64 HMAC-SHA256 of
`"{webhook-id}.{webhook-timestamp}.{body}"` under the endpoint's secret. A `whsec_` secret
is base64 after the prefix; any other secret is used as its UTF-8 bytes. Nothing here talks
to the API, so the sync and async resources share every line.

Every check, and each error it raises, is the official client's: a missing header is a
`ValueError`, a bad signature or timestamp an `InvalidWebhookSignatureError`, a `whsec_`
secret that is not base64 lets `binascii.Error` through, and an entry without the `v1,` prefix
is compared whole. One difference: a signature with a non-ASCII character is a wrong signature
here, where the official client raises TypeError.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import time
from typing import Any, List, Mapping, Optional, Union, cast

from .._exceptions import InvalidWebhookSignatureError
from .._models import parse_obj
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import Headers, HeadersLikeProtocol
from ..types.webhooks.unwrap_webhook_event import UnwrapWebhookEvent

__all__ = ["Webhooks", "AsyncWebhooks"]

# What the official signatures take (`_types.HeadersLike` there): `Omit` values are allowed too.
HeadersLike = Union[Headers, HeadersLikeProtocol]

_MISSING_SECRET = (
    "The webhook secret must either be set using the env var, OPENAI_WEBHOOK_SECRET, "
    "on the client class, OpenAI(webhook_secret='123'), or passed to this function"
)


def _header(headers: HeadersLike, name: str) -> Any:
    """The header `name` in any capitalisation, else `ValueError`.

    A mapping is searched key by key first (its str values only); then `.get` is tried with the
    usual spellings, for header objects that are not mappings (their value must not be empty).
    """
    if isinstance(headers, Mapping):
        for key, value in cast(Mapping[Any, Any], headers).items():
            if isinstance(key, str) and key.lower() == name and isinstance(value, str):
                return value
    capitalised = re.sub(r"-(\w)", lambda m: "-" + m.group(1).upper(), name.capitalize())
    for spelling in (name, name.upper(), capitalised):
        value = headers.get(spelling)
        if value:
            return value
    raise ValueError(f"Could not find {name} header")


def _key(secret: str) -> bytes:
    # A bad base64 secret raises binascii.Error, as in the official client.
    return base64.b64decode(secret[len("whsec_") :]) if secret.startswith("whsec_") else secret.encode()


def _check_timestamp(timestamp: Any, tolerance: int) -> None:
    try:
        sent_at = int(timestamp)
    except ValueError:
        raise InvalidWebhookSignatureError("Invalid webhook timestamp format") from None
    now = int(time.time())
    if now - sent_at > tolerance:
        raise InvalidWebhookSignatureError("Webhook timestamp is too old")
    if sent_at > now + tolerance:
        raise InvalidWebhookSignatureError("Webhook timestamp is too new")


def _signatures(header: str) -> List[str]:
    """The signatures of the header's entries: `v1,<sig>` gives `<sig>`, anything else itself."""
    return [entry[len("v1,") :] if entry.startswith("v1,") else entry for entry in header.split()]


class _WebhookMethods:
    """`unwrap` and `verify_signature`, for `Webhooks` and `AsyncWebhooks` alike (no I/O)."""

    _client: Any

    def unwrap(
        self, payload: Union[str, bytes], headers: HeadersLike, *, secret: Optional[str] = None
    ) -> UnwrapWebhookEvent:
        """Verify the delivery (see `verify_signature`) and parse its body into the event."""
        self.verify_signature(payload, headers, secret=secret)
        data = json.loads(payload)
        return cast(UnwrapWebhookEvent, parse_obj(UnwrapWebhookEvent, data, strict=False))

    def verify_signature(
        self, payload: Union[str, bytes], headers: HeadersLike, *, secret: Optional[str] = None, tolerance: int = 300
    ) -> None:
        """Raise `InvalidWebhookSignatureError` unless `payload` (the raw request body) carries a
        valid signature from `secret` (default: the client's `webhook_secret`) sent within
        `tolerance` seconds of now; headers may be any mapping (dict, httpx/starlette headers)."""
        if secret is None:
            secret = self._client.webhook_secret
        if secret is None:
            raise ValueError(_MISSING_SECRET)
        signatures = _header(headers, "webhook-signature")
        timestamp = _header(headers, "webhook-timestamp")
        webhook_id = _header(headers, "webhook-id")
        _check_timestamp(timestamp, tolerance)
        body = payload.decode("utf-8") if isinstance(payload, bytes) else payload
        signed = f"{webhook_id}.{timestamp}.{body}".encode()
        expected = base64.b64encode(hmac.new(_key(secret), signed, hashlib.sha256).digest()).decode()
        # Compared as UTF-8 bytes: a non-ASCII signature is a wrong one, not a TypeError as with
        # str in the official client (COMPAT.md, `webhook-non-ascii-signature`).
        wanted = expected.encode()
        if not any(hmac.compare_digest(wanted, signature.encode()) for signature in _signatures(signatures)):
            raise InvalidWebhookSignatureError("The given webhook signature does not match the expected signature")


class Webhooks(_WebhookMethods, SyncAPIResource):
    _has_views = False  # it sends nothing: no raw or streaming views, as upstream


class AsyncWebhooks(_WebhookMethods, AsyncAPIResource):
    _has_views = False
