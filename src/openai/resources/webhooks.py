"""Webhooks: check that a delivery really comes from OpenAI, and parse its event.

Deliveries are signed per the Standard Webhooks scheme: the `webhook-signature` header holds
space-separated `v1,<signature>` entries, each the base64 HMAC-SHA256 of
`"{webhook-id}.{webhook-timestamp}.{body}"` under the endpoint's secret. A `whsec_` secret
is base64 after the prefix; any other secret is used as its UTF-8 bytes. Nothing here talks
to the API, so the sync and async resources share every line.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
from typing import Any, Mapping, Optional, Union, cast

from .._exceptions import InvalidWebhookSignatureError
from .._models import parse_obj
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import Headers, HeadersLikeProtocol
from ..types.webhooks.unwrap_webhook_event import UnwrapWebhookEvent

__all__ = ["Webhooks", "AsyncWebhooks"]

# What the official signatures take (`_types.HeadersLike` there): `Omit` values are allowed too.
HeadersLike = Union[Headers, HeadersLikeProtocol]

_MISSING_SECRET = (
    "The webhook secret must be passed as `secret=`, set on the client (`OpenAI(webhook_secret=...)`), "
    "or set in the OPENAI_WEBHOOK_SECRET environment variable"
)


def _header(headers: HeadersLike, name: str) -> str:
    """The header `name` (looked up case-insensitively) or `InvalidWebhookSignatureError`."""
    value: Any = headers.get(name)
    if value is None and isinstance(headers, Mapping):  # a plain dict keeps the sender's casing
        value = next((v for k, v in headers.items() if isinstance(k, str) and k.lower() == name), None)
    if value is None:
        raise InvalidWebhookSignatureError(f"Missing required header `{name}`")
    if isinstance(value, (bytes, bytearray)):
        value = bytes(value).decode("latin-1")
    return cast(str, value)


def _key(secret: str) -> bytes:
    if not secret.startswith("whsec_"):
        return secret.encode("utf-8")
    try:
        return base64.b64decode(secret[len("whsec_") :])
    except binascii.Error:
        raise ValueError("The webhook secret starts with `whsec_` but the rest is not valid base64") from None


def _check_timestamp(timestamp: str, tolerance: int) -> None:
    try:
        sent_at = int(timestamp)
    except ValueError:
        raise InvalidWebhookSignatureError(f"Invalid webhook timestamp {timestamp!r}: expected Unix seconds") from None
    now = int(time.time())
    if now - sent_at > tolerance:
        raise InvalidWebhookSignatureError(f"Webhook timestamp is too old: sent {now - sent_at} s ago")
    if sent_at - now > tolerance:
        raise InvalidWebhookSignatureError(f"Webhook timestamp is too new: {sent_at - now} s in the future")


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
        body = payload.encode("utf-8") if isinstance(payload, str) else bytes(payload)
        signed = f"{webhook_id}.{timestamp}.".encode() + body
        expected = base64.b64encode(hmac.new(_key(secret), signed, hashlib.sha256).digest())
        for entry in signatures.split():
            version, _, signature = entry.partition(",")
            if version == "v1" and hmac.compare_digest(signature.encode("utf-8", "replace"), expected):
                return
        raise InvalidWebhookSignatureError("The given webhook signature does not match the expected signature")


class Webhooks(_WebhookMethods, SyncAPIResource):
    pass


class AsyncWebhooks(_WebhookMethods, AsyncAPIResource):
    pass
