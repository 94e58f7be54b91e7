"""Verify and parse a webhook delivery (e.g. inside a web framework's request handler)."""

from typing import Mapping

from openai import InvalidWebhookSignatureError, OpenAI

client = OpenAI()  # reads OPENAI_WEBHOOK_SECRET


def handle(body: bytes, headers: Mapping[str, str]) -> int:
    try:
        event = client.webhooks.unwrap(body, headers)
    except InvalidWebhookSignatureError:
        return 400
    print("received", event.type)
    return 200


def signed_sample(secret: str) -> "tuple[bytes, dict[str, str]]":
    """A delivery signed as OpenAI signs them (Standard Webhooks), to try `handle` locally."""
    import base64
    import hashlib
    import hmac
    import json
    import time

    body = json.dumps(
        {
            "id": "evt_123",
            "object": "event",
            "type": "response.completed",
            "created_at": int(time.time()),
            "data": {"id": "resp_123"},
        }
    ).encode()
    webhook_id, timestamp = "wh_123", str(int(time.time()))
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = f"{webhook_id}.{timestamp}.".encode() + body
    signature = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    headers = {"webhook-id": webhook_id, "webhook-timestamp": timestamp, "webhook-signature": f"v1,{signature}"}
    return body, headers


if __name__ == "__main__":
    import os

    secret = os.environ.get("OPENAI_WEBHOOK_SECRET")
    if secret:
        body, headers = signed_sample(secret)
        print("genuine delivery ->", handle(body, headers))
        print("tampered delivery ->", handle(body.replace(b"resp_123", b"resp_999"), headers))
