"""Area B (`plat:`): webhooks.unwrap / verify_signature (Standard Webhooks signatures, no HTTP).

Signatures are computed here, with hmac over `webhook-id.webhook-timestamp.payload` keyed by the
base64 part of a `whsec_` secret, at the time the scenario runs (the timestamp checks use the
clock, so each side signs with its own `now`).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Any, Callable, Dict, Optional, Union

import dsl
import httpx
from dsl import scenario

KEY = b"compat-webhook-signing-key-32byt"
SECRET = "whsec_" + base64.b64encode(KEY).decode()
OTHER_SECRET = "whsec_" + base64.b64encode(b"another-key-entirely-0123456789a").decode()
PLAIN_SECRET = "not-base64-plain-secret"
WEBHOOK_ID = "wh_685342e6c53c8190a1be43f081506c52"


def sign(
    payload: Union[str, bytes], timestamp: Union[int, str], *, key: bytes = KEY, webhook_id: str = WEBHOOK_ID
) -> str:
    body = payload.decode() if isinstance(payload, bytes) else payload
    signed = f"{webhook_id}.{timestamp}.{body}".encode()
    return base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()


def headers_for(
    payload: Union[str, bytes],
    *,
    timestamp: Optional[int] = None,
    signature: Optional[str] = None,
    key: bytes = KEY,
    webhook_id: str = WEBHOOK_ID,
) -> Dict[str, str]:
    ts = int(time.time()) if timestamp is None else timestamp
    sig = signature if signature is not None else "v1," + sign(payload, ts, key=key, webhook_id=webhook_id)
    return {"webhook-id": webhook_id, "webhook-timestamp": str(ts), "webhook-signature": sig}


def event(kind: str, data_id: str, **extra: Any) -> str:
    return json.dumps(
        {
            "id": "evt_685343a1381c819085d44c354e1b330e",
            "object": "event",
            "created_at": 1750287018,
            "type": kind,
            "data": {"id": data_id},
            **extra,
        },
        separators=(",", ":"),
    )


RESPONSE_COMPLETED = event("response.completed", "resp_abc123")

EVENTS = {
    "batch.cancelled": "batch_abc123",
    "batch.completed": "batch_abc123",
    "batch.expired": "batch_abc123",
    "batch.failed": "batch_abc123",
    "eval.run.canceled": "evalrun_abc123",
    "eval.run.failed": "evalrun_abc123",
    "eval.run.succeeded": "evalrun_abc123",
    "fine_tuning.job.cancelled": "ftjob-abc123",
    "fine_tuning.job.failed": "ftjob-abc123",
    "fine_tuning.job.succeeded": "ftjob-abc123",
    "response.cancelled": "resp_abc123",
    "response.completed": "resp_abc123",
    "response.failed": "resp_abc123",
    "response.incomplete": "resp_abc123",
}


def both(ctx: dsl.Ctx, label: str, fn: Callable[[Any], Any], *, client: Any = None) -> None:
    """Record `fn(webhooks)` for the sync and the async client's webhooks resource."""
    sync_client = client[0] if client else ctx.client()
    async_client = client[1] if client else ctx.async_client()
    ctx.call(label, lambda: fn(sync_client.webhooks))
    ctx.call(label + " (async client)", lambda: fn(async_client.webhooks))


@scenario("plat:webhooks.unwrap every event type")
def _(ctx: dsl.Ctx) -> None:
    for kind, data_id in EVENTS.items():
        payload = event(kind, data_id)
        headers = headers_for(payload)
        both(ctx, kind, lambda w, p=payload, h=headers: w.unwrap(p, h, secret=SECRET))


@scenario("plat:webhooks.unwrap unknown event type and extra fields")
def _(ctx: dsl.Ctx) -> None:
    payload = event("realtime.call.incoming", "rtc_123", extra_field={"nested": [1, 2]})
    both(ctx, "unknown type", lambda w: w.unwrap(payload, headers_for(payload), secret=SECRET))
    payload2 = json.dumps(
        {
            "id": "evt_1",
            "type": "batch.completed",
            "created_at": 1,
            "data": {"id": "batch_1", "new": True},
            "object": "event",
            "future": 1,
        }
    )
    both(ctx, "extra fields", lambda w: w.unwrap(payload2, headers_for(payload2), secret=SECRET))
    payload3 = json.dumps({"type": "batch.completed"})
    both(ctx, "missing fields", lambda w: w.unwrap(payload3, headers_for(payload3), secret=SECRET))


@scenario("plat:webhooks.unwrap payload forms")
def _(ctx: dsl.Ctx) -> None:
    both(ctx, "str", lambda w: w.unwrap(RESPONSE_COMPLETED, headers_for(RESPONSE_COMPLETED), secret=SECRET))
    raw = RESPONSE_COMPLETED.encode()
    both(ctx, "bytes", lambda w: w.unwrap(raw, headers_for(raw), secret=SECRET))
    pretty = json.dumps(json.loads(RESPONSE_COMPLETED), indent=2)
    both(ctx, "pretty json", lambda w: w.unwrap(pretty, headers_for(pretty), secret=SECRET))
    unicode_payload = event("response.completed", "resp_é✓")
    both(ctx, "non-ascii str", lambda w: w.unwrap(unicode_payload, headers_for(unicode_payload), secret=SECRET))
    both(
        ctx,
        "non-ascii bytes",
        lambda w: w.unwrap(unicode_payload.encode(), headers_for(unicode_payload), secret=SECRET),
    )
    bad_json = "{not json"
    both(ctx, "valid signature, invalid json", lambda w: w.unwrap(bad_json, headers_for(bad_json), secret=SECRET))
    array = "[1, 2]"
    both(ctx, "valid signature, json array", lambda w: w.unwrap(array, headers_for(array), secret=SECRET))


@scenario("plat:webhooks.verify_signature valid")
def _(ctx: dsl.Ctx) -> None:
    h = headers_for(RESPONSE_COMPLETED)
    both(ctx, "valid", lambda w: w.verify_signature(RESPONSE_COMPLETED, h, secret=SECRET))
    both(ctx, "valid bytes", lambda w: w.verify_signature(RESPONSE_COMPLETED.encode(), h, secret=SECRET))
    both(
        ctx,
        "keyword arguments",
        lambda w: w.verify_signature(payload=RESPONSE_COMPLETED, headers=h, secret=SECRET, tolerance=10),
    )
    upper = {k.upper(): v for k, v in h.items()}
    both(ctx, "upper-case header names", lambda w: w.verify_signature(RESPONSE_COMPLETED, upper, secret=SECRET))
    title = {
        "Webhook-Id": h["webhook-id"],
        "Webhook-Timestamp": h["webhook-timestamp"],
        "Webhook-Signature": h["webhook-signature"],
    }
    both(ctx, "title-case header names", lambda w: w.verify_signature(RESPONSE_COMPLETED, title, secret=SECRET))
    both(ctx, "httpx.Headers", lambda w: w.verify_signature(RESPONSE_COMPLETED, httpx.Headers(h), secret=SECRET))
    plain_h = headers_for(RESPONSE_COMPLETED, key=PLAIN_SECRET.encode())
    both(
        ctx,
        "secret without whsec_ prefix",
        lambda w: w.verify_signature(RESPONSE_COMPLETED, plain_h, secret=PLAIN_SECRET),
    )


@scenario("plat:webhooks.verify_signature several signatures")
def _(ctx: dsl.Ctx) -> None:
    now = int(time.time())
    good = sign(RESPONSE_COMPLETED, now)
    wrong = sign(RESPONSE_COMPLETED, now, key=b"another-key-entirely-0123456789a")
    cases = {
        "wrong then right": f"v1,{wrong} v1,{good}",
        "right then wrong": f"v1,{good} v1,{wrong}",
        "v1a scheme and right": f"v1a,{wrong} v1,{good}",
        "no version prefix": good,
        "several wrong": f"v1,{wrong} v1,{wrong}",
        "extra spaces": f"  v1,{wrong}   v1,{good}  ",
        "comma separated": f"v1,{wrong},v1,{good}",
        "empty": "",
        "v1 only": "v1,",
    }
    for label, value in cases.items():
        h = headers_for(RESPONSE_COMPLETED, timestamp=now, signature=value)
        both(ctx, label, lambda w, h=h: w.verify_signature(RESPONSE_COMPLETED, h, secret=SECRET))


@scenario("plat:webhooks.verify_signature non-ascii signature", deviation="webhook-non-ascii-signature")
def _(ctx: dsl.Ctx) -> None:
    """A signature with a non-ASCII character (a server decodes header bytes as latin-1) is just a
    wrong signature for ours; the official's `hmac.compare_digest` on str raises TypeError."""
    now = int(time.time())
    for label, value in {
        "latin-1 byte": "v1,\xff\xfe",
        "next to the right one": f"v1,é v1,{sign(RESPONSE_COMPLETED, now)}",
    }.items():
        h = headers_for(RESPONSE_COMPLETED, timestamp=now, signature=value)
        both(ctx, label, lambda w, h=h: w.verify_signature(RESPONSE_COMPLETED, h, secret=SECRET))


@scenario("plat:webhooks.verify_signature invalid")
def _(ctx: dsl.Ctx) -> None:
    now = int(time.time())
    h = headers_for(RESPONSE_COMPLETED, timestamp=now)
    both(ctx, "wrong secret", lambda w: w.verify_signature(RESPONSE_COMPLETED, h, secret=OTHER_SECRET))
    both(
        ctx,
        "tampered payload",
        lambda w: w.verify_signature(RESPONSE_COMPLETED.replace("resp_abc123", "resp_evil"), h, secret=SECRET),
    )
    both(
        ctx,
        "wrong signature",
        lambda w: w.verify_signature(RESPONSE_COMPLETED, dict(h, **{"webhook-signature": "v1,AAAA"}), secret=SECRET),
    )
    both(
        ctx,
        "other webhook id",
        lambda w: w.verify_signature(RESPONSE_COMPLETED, dict(h, **{"webhook-id": "wh_other"}), secret=SECRET),
    )
    both(ctx, "unwrap wrong secret", lambda w: w.unwrap(RESPONSE_COMPLETED, h, secret=OTHER_SECRET))
    both(ctx, "bad base64 secret", lambda w: w.verify_signature(RESPONSE_COMPLETED, h, secret="whsec_!!!not-base64"))
    both(ctx, "empty secret", lambda w: w.verify_signature(RESPONSE_COMPLETED, h, secret=""))


@scenario("plat:webhooks.verify_signature timestamps")
def _(ctx: dsl.Ctx) -> None:
    now = int(time.time())
    old = headers_for(RESPONSE_COMPLETED, timestamp=now - 3600)
    both(ctx, "too old", lambda w: w.verify_signature(RESPONSE_COMPLETED, old, secret=SECRET))
    new = headers_for(RESPONSE_COMPLETED, timestamp=now + 3600)
    both(ctx, "too new", lambda w: w.verify_signature(RESPONSE_COMPLETED, new, secret=SECRET))
    both(
        ctx,
        "old but within a large tolerance",
        lambda w: w.verify_signature(RESPONSE_COMPLETED, old, secret=SECRET, tolerance=7200),
    )
    slightly_old = headers_for(RESPONSE_COMPLETED, timestamp=now - 100)
    both(
        ctx,
        "100 s old, tolerance 10",
        lambda w: w.verify_signature(RESPONSE_COMPLETED, slightly_old, secret=SECRET, tolerance=10),
    )
    both(ctx, "unwrap too old", lambda w: w.unwrap(RESPONSE_COMPLETED, old, secret=SECRET))
    for label, ts in (("not a number", "yesterday"), ("float", f"{now}.5"), ("empty", "")):
        h = {
            "webhook-id": WEBHOOK_ID,
            "webhook-timestamp": ts,
            "webhook-signature": "v1," + sign(RESPONSE_COMPLETED, ts),
        }
        both(ctx, f"timestamp {label}", lambda w, h=h: w.verify_signature(RESPONSE_COMPLETED, h, secret=SECRET))


@scenario("plat:webhooks.verify_signature missing headers")
def _(ctx: dsl.Ctx) -> None:
    h = headers_for(RESPONSE_COMPLETED)
    for name in ("webhook-signature", "webhook-timestamp", "webhook-id"):
        without = {k: v for k, v in h.items() if k != name}
        both(ctx, f"without {name}", lambda w, hh=without: w.verify_signature(RESPONSE_COMPLETED, hh, secret=SECRET))
    both(ctx, "no headers", lambda w: w.verify_signature(RESPONSE_COMPLETED, {}, secret=SECRET))
    both(ctx, "unwrap no headers", lambda w: w.unwrap(RESPONSE_COMPLETED, {}, secret=SECRET))
    both(
        ctx,
        "non-str header value",
        lambda w: w.verify_signature(RESPONSE_COMPLETED, dict(h, **{"webhook-id": 123}), secret=SECRET),
    )


@scenario("plat:webhooks secret from the client")
def _(ctx: dsl.Ctx) -> None:
    h = headers_for(RESPONSE_COMPLETED)
    with_secret = (ctx.client(webhook_secret=SECRET), ctx.async_client(webhook_secret=SECRET))
    ctx.note("client.webhook_secret", with_secret[0].webhook_secret == SECRET)
    both(ctx, "client secret", lambda w: w.unwrap(RESPONSE_COMPLETED, h), client=with_secret)
    both(ctx, "client secret, verify", lambda w: w.verify_signature(RESPONSE_COMPLETED, h), client=with_secret)
    both(
        ctx,
        "argument wins over client",
        lambda w: w.verify_signature(RESPONSE_COMPLETED, h, secret=OTHER_SECRET),
        client=with_secret,
    )
    other = (ctx.client(webhook_secret=OTHER_SECRET), ctx.async_client(webhook_secret=OTHER_SECRET))
    both(
        ctx,
        "argument fixes a wrong client secret",
        lambda w: w.unwrap(RESPONSE_COMPLETED, h, secret=SECRET),
        client=other,
    )
    no_secret = (ctx.client(max_retries=1), ctx.async_client(max_retries=1))
    both(ctx, "no secret anywhere", lambda w: w.verify_signature(RESPONSE_COMPLETED, h), client=no_secret)
    both(ctx, "unwrap no secret anywhere", lambda w: w.unwrap(RESPONSE_COMPLETED, h), client=no_secret)
    with ctx.env(OPENAI_WEBHOOK_SECRET=SECRET):
        from_env = (ctx.client(max_retries=3), ctx.async_client(max_retries=3))
    both(ctx, "secret from OPENAI_WEBHOOK_SECRET", lambda w: w.unwrap(RESPONSE_COMPLETED, h), client=from_env)
    with ctx.env(OPENAI_WEBHOOK_SECRET=OTHER_SECRET):
        explicit = (ctx.client(webhook_secret=SECRET), ctx.async_client(webhook_secret=SECRET))
    both(ctx, "constructor argument over env", lambda w: w.verify_signature(RESPONSE_COMPLETED, h), client=explicit)
    copied = (with_secret[0].with_options(max_retries=5), with_secret[1].with_options(max_retries=5))
    both(ctx, "secret kept by with_options", lambda w: w.verify_signature(RESPONSE_COMPLETED, h), client=copied)
    copied2 = (with_secret[0].copy(webhook_secret=OTHER_SECRET), with_secret[1].copy(webhook_secret=OTHER_SECRET))
    both(ctx, "secret replaced by copy", lambda w: w.verify_signature(RESPONSE_COMPLETED, h), client=copied2)


@scenario("plat:webhooks event model")
def _(ctx: dsl.Ctx) -> None:
    payload = event("fine_tuning.job.succeeded", "ftjob-abc123")
    result = ctx.client().webhooks.unwrap(payload, headers_for(payload), secret=SECRET)
    ctx.note("type", type(result).__name__)
    ctx.note("module", type(result).__module__)
    ctx.note("data.id", result.data.id)
    ctx.note("object", result.object)
    ctx.see("data", result.data)
    from openai.types.webhooks import FineTuningJobSucceededWebhookEvent, UnwrapWebhookEvent  # noqa: F401

    ctx.note("isinstance", isinstance(result, FineTuningJobSucceededWebhookEvent))
