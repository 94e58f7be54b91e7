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
