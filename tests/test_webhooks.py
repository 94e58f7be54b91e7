"""`webhooks.verify_signature` and `webhooks.unwrap` (Standard Webhooks signatures), on the sync
and the async client (the methods are plain functions on both)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
from typing import Any, Dict, Optional, Union

import httpx
import pytest

import openai
from openai import InvalidWebhookSignatureError
from openai.types.webhooks import BatchCompletedWebhookEvent, ResponseCompletedWebhookEvent

KEY = b"0123456789abcdef0123456789abcdef"
SECRET = "whsec_" + base64.b64encode(KEY).decode()
RAW_SECRET = "a plain-text secret"
PAYLOAD = json.dumps(
    {"id": "evt_1", "object": "event", "created_at": 1, "type": "batch.completed", "data": {"id": "batch_1"}}
)

# The Standard Webhooks reference vector: a signature computed elsewhere, not by our code.
REFERENCE = {
    "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
    "payload": '{"test": 2432232314}',
    "headers": {
        "webhook-id": "msg_p5jXN8AQM9LWM0D4loKWxJek",
        "webhook-timestamp": "1614265330",
        "webhook-signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
    },
}


def sign(
    payload: Union[str, bytes], *, key: bytes = KEY, msg_id: str = "msg_1", timestamp: Optional[int] = None
) -> str:
    body = payload.encode() if isinstance(payload, str) else payload
    ts = int(time.time()) if timestamp is None else timestamp
    digest = hmac.new(key, f"{msg_id}.{ts}.".encode() + body, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def headers_for(
    payload: Union[str, bytes] = PAYLOAD,
    *,
    key: bytes = KEY,
    timestamp: Optional[int] = None,
    signature: Optional[str] = None,
) -> Dict[str, str]:
    ts = int(time.time()) if timestamp is None else timestamp
    return {
        "webhook-id": "msg_1",
        "webhook-timestamp": str(ts),
        "webhook-signature": signature if signature is not None else sign(payload, key=key, timestamp=ts),
    }


@pytest.fixture(params=["sync", "async"])
def webhooks(request: pytest.FixtureRequest) -> Any:
    """`client.webhooks` of a sync and of an async client, both built with SECRET."""
    cls = openai.OpenAI if request.param == "sync" else openai.AsyncOpenAI
    return cls(api_key="sk-test", webhook_secret=SECRET).webhooks


def rejects(webhooks: Any, payload: Union[str, bytes], headers: Any, match: str, **kwargs: Any) -> None:
    with pytest.raises(InvalidWebhookSignatureError, match=match):
        webhooks.verify_signature(payload, headers, **kwargs)
    with pytest.raises(InvalidWebhookSignatureError, match=match):
        webhooks.unwrap(payload, headers, **kwargs)


# ----------------------------------------------------------------------------- valid deliveries


def test_reference_vector_verifies(webhooks: Any) -> None:
    ref = REFERENCE
    webhooks.verify_signature(ref["payload"], ref["headers"], secret=ref["secret"], tolerance=10**10)


def test_valid_signature_passes(webhooks: Any) -> None:
    assert webhooks.verify_signature(PAYLOAD, headers_for()) is None


def test_bytes_payload_passes(webhooks: Any) -> None:
    payload = PAYLOAD.replace("batch_1", "bätch").encode()
    webhooks.verify_signature(payload, headers_for(payload))


@pytest.mark.parametrize("kind", ["mixed-case dict", "httpx.Headers", "list-backed mapping"])
def test_headers_may_be_any_mapping_in_any_case(webhooks: Any, kind: str) -> None:
    plain = headers_for()
    if kind == "mixed-case dict":
        headers: Any = {k.title(): v for k, v in plain.items()}
    elif kind == "httpx.Headers":
        headers = httpx.Headers({k.upper(): v for k, v in plain.items()})
    else:
        headers = MappingOfPairs([(k.upper(), v) for k, v in plain.items()])
    webhooks.verify_signature(PAYLOAD, headers)


class MappingOfPairs:
    """A minimal non-dict mapping, as some web frameworks hand headers over."""

    def __init__(self, pairs: Any) -> None:
        self.pairs = pairs

    def get(self, key: str) -> Optional[str]:
        return next((v for k, v in self.pairs if k.lower() == key.lower()), None)


def test_one_valid_signature_among_several_passes(webhooks: Any) -> None:
    good = sign(PAYLOAD)
    signature = f"v1,{base64.b64encode(b'x' * 32).decode()} v2,{good[3:]} {good}"
    webhooks.verify_signature(PAYLOAD, headers_for(signature=signature))


def test_raw_secret_is_used_as_utf8_bytes(webhooks: Any) -> None:
    headers = headers_for(key=RAW_SECRET.encode())
    webhooks.verify_signature(PAYLOAD, headers, secret=RAW_SECRET)
    with pytest.raises(InvalidWebhookSignatureError):  # the client's whsec_ secret does not match
        webhooks.verify_signature(PAYLOAD, headers)


def test_timestamp_within_custom_tolerance_passes(webhooks: Any) -> None:
    webhooks.verify_signature(PAYLOAD, headers_for(timestamp=int(time.time()) - 900), tolerance=1000)


# ----------------------------------------------------------------------------- rejected deliveries


def test_tampered_body_is_rejected(webhooks: Any) -> None:
    rejects(webhooks, PAYLOAD.replace("batch_1", "batch_2"), headers_for(), "does not match")


def test_wrong_secret_is_rejected(webhooks: Any) -> None:
    other = "whsec_" + base64.b64encode(b"another key").decode()
    rejects(webhooks, PAYLOAD, headers_for(), "does not match", secret=other)


@pytest.mark.parametrize(
    "signature",
    [
        "",
        "v1,",
        "v2," + sign(PAYLOAD)[3:],
        "v1," + base64.b64encode(b"y" * 32).decode(),
        "v1,ünïcode",
        "v1,\xff",
    ],
    ids=["empty", "empty v1", "other version", "wrong", "not ascii", "latin-1"],
)
def test_absent_or_bad_signature_is_rejected(webhooks: Any, signature: str) -> None:
    rejects(webhooks, PAYLOAD, headers_for(signature=signature), "does not match")


def test_an_entry_without_the_version_prefix_is_compared_whole(webhooks: Any) -> None:
    # As the official client: a bare signature is accepted.
    webhooks.verify_signature(PAYLOAD, headers_for(signature=sign(PAYLOAD)[3:]))
    webhooks.verify_signature(PAYLOAD, headers_for(signature="v0,x " + sign(PAYLOAD)[3:]))


def test_a_non_ascii_signature_does_not_hide_a_valid_one(webhooks: Any) -> None:
    # COMPAT.md `webhook-non-ascii-signature`: the official client raises TypeError here.
    webhooks.verify_signature(PAYLOAD, headers_for(signature="v1,é " + sign(PAYLOAD)))


def test_signature_for_another_message_id_is_rejected(webhooks: Any) -> None:
    headers = {**headers_for(), "webhook-id": "msg_2"}
    rejects(webhooks, PAYLOAD, headers, "does not match")


def test_expired_timestamp_is_rejected(webhooks: Any) -> None:
    rejects(webhooks, PAYLOAD, headers_for(timestamp=int(time.time()) - 301), "^Webhook timestamp is too old$")


def test_future_timestamp_is_rejected(webhooks: Any) -> None:
    rejects(webhooks, PAYLOAD, headers_for(timestamp=int(time.time()) + 301), "^Webhook timestamp is too new$")


def test_tolerance_applies_to_both_directions(webhooks: Any) -> None:
    for offset in (-40, 40):
        headers = headers_for(timestamp=int(time.time()) + offset)
        with pytest.raises(InvalidWebhookSignatureError, match="too (old|new)"):
            webhooks.verify_signature(PAYLOAD, headers, tolerance=30)


def test_malformed_timestamp_is_rejected(webhooks: Any) -> None:
    for bad in ("yesterday", "1.5", ""):
        headers = {**headers_for(), "webhook-timestamp": bad}
        rejects(webhooks, PAYLOAD, headers, "^Invalid webhook timestamp format$")


@pytest.mark.parametrize("missing", ["webhook-id", "webhook-timestamp", "webhook-signature"])
def test_missing_header_raises_the_official_value_error(webhooks: Any, missing: str) -> None:
    headers = {k: v for k, v in headers_for().items() if k != missing}
    for call in (webhooks.verify_signature, webhooks.unwrap):
        with pytest.raises(ValueError) as caught:
            call(PAYLOAD, headers)
        assert str(caught.value) == f"Could not find {missing} header"
        assert not isinstance(caught.value, InvalidWebhookSignatureError)


def test_the_signature_header_is_looked_for_first(webhooks: Any) -> None:
    with pytest.raises(ValueError, match="^Could not find webhook-signature header$"):
        webhooks.verify_signature(PAYLOAD, {})


def test_headers_with_an_empty_value_count_as_present_in_a_mapping(webhooks: Any) -> None:
    # Found by key in a mapping, even empty: the timestamp check then refuses it.
    headers = {k: v for k, v in headers_for().items() if k != "webhook-timestamp"}
    rejects(webhooks, PAYLOAD, {**headers, "Webhook-Timestamp": ""}, "^Invalid webhook timestamp format$")


def test_header_objects_that_are_not_mappings_are_asked_with_get(webhooks: Any) -> None:
    class Getter:
        def __init__(self, values: Dict[str, str]) -> None:
            self.values = values

        def get(self, name: str) -> Optional[str]:
            return self.values.get(name)

    capitalised = {"-".join(p.capitalize() for p in k.split("-")): v for k, v in headers_for().items()}
    webhooks.verify_signature(PAYLOAD, Getter(capitalised))
    webhooks.verify_signature(PAYLOAD, Getter({k.upper(): v for k, v in headers_for().items()}))
    # An empty value is no value for `.get` lookups.
    with pytest.raises(ValueError, match="^Could not find webhook-id header$"):
        webhooks.verify_signature(PAYLOAD, Getter({**headers_for(), "webhook-id": ""}))


def test_signature_error_is_a_value_error() -> None:
    # Code written for the official client catches ValueError around these calls.
    assert issubclass(InvalidWebhookSignatureError, ValueError)


# ----------------------------------------------------------------------------- the secret


@pytest.mark.parametrize("cls", [openai.OpenAI, openai.AsyncOpenAI])
def test_missing_secret_names_the_environment_variable(cls: Any) -> None:
    webhooks = cls(api_key="sk-test").webhooks
    for call in (webhooks.verify_signature, webhooks.unwrap):
        with pytest.raises(ValueError) as caught:
            call(PAYLOAD, headers_for())
        assert str(caught.value) == (
            "The webhook secret must either be set using the env var, OPENAI_WEBHOOK_SECRET, "
            "on the client class, OpenAI(webhook_secret='123'), or passed to this function"
        )
        assert not isinstance(caught.value, InvalidWebhookSignatureError)


def test_secret_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_WEBHOOK_SECRET", SECRET)
    openai.OpenAI(api_key="sk-test").webhooks.verify_signature(PAYLOAD, headers_for())


def test_secret_argument_overrides_the_client(webhooks: Any) -> None:
    other_key = b"k" * 24
    secret = "whsec_" + base64.b64encode(other_key).decode()
    webhooks.verify_signature(PAYLOAD, headers_for(key=other_key), secret=secret)


def test_malformed_whsec_secret_lets_the_base64_error_through(webhooks: Any) -> None:
    # As the official client: base64's own binascii.Error (a ValueError).
    with pytest.raises(binascii.Error):
        webhooks.verify_signature(PAYLOAD, headers_for(), secret="whsec_abc")


# ----------------------------------------------------------------------------- unwrap


def test_unwrap_returns_the_typed_event(webhooks: Any) -> None:
    event = webhooks.unwrap(PAYLOAD, headers_for())
    assert isinstance(event, BatchCompletedWebhookEvent)
    assert (event.id, event.type, event.data.id) == ("evt_1", "batch.completed", "batch_1")


def test_unwrap_picks_the_member_by_type(webhooks: Any) -> None:
    payload = json.dumps(
        {"id": "evt_2", "created_at": 2, "type": "response.completed", "data": {"id": "resp_1"}}
    ).encode()
    event = webhooks.unwrap(payload, headers_for(payload))
    assert isinstance(event, ResponseCompletedWebhookEvent) and event.data.id == "resp_1"


def test_unwrap_keeps_an_unknown_event_type(webhooks: Any) -> None:
    payload = json.dumps({"id": "evt_3", "created_at": 3, "type": "batch.teleported", "data": {"id": "b", "extra": 1}})
    event = webhooks.unwrap(payload, headers_for(payload))
    assert (event.id, event.type) == ("evt_3", "batch.teleported")


def test_unwrap_with_explicit_secret(webhooks: Any) -> None:
    event = webhooks.unwrap(PAYLOAD, headers_for(key=RAW_SECRET.encode()), secret=RAW_SECRET)
    assert event.type == "batch.completed"
