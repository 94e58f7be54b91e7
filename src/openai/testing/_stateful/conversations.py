"""/conversations and their items.

Items come in as the Responses API's input items and are stored as output items (an `id`, a
`status`, message content as typed parts). `append_items` is the entry point for other modules
(a stored response with `conversation` adds its input and output here). The `include` query
parameter only asks for extra data on some item types; the fake has none, so it is ignored.
"""

from __future__ import annotations

from typing import Any, Dict, List

from .._core import ROUTES, APIErrorReply, FakeCore, FakeRequest, Store, list_of
from ._common import body_of, deleted, require

MAX_ITEMS_PER_REQUEST = 20
_ID_PREFIXES = {
    "message": "msg_",
    "function_call": "fc_",
    "function_call_output": "fco_",
    "reasoning": "rs_",
    "web_search_call": "ws_",
    "file_search_call": "fs_",
    "computer_call": "cu_",
}


def conversations(fake: FakeCore) -> Store:
    return fake.store("conversations", "conversation")


def _items(fake: FakeCore, conversation_id: str) -> Store:
    return fake.store(f"conversation_items:{conversation_id}", "item")


def _message_parts(role: str, content: Any) -> List[Dict[str, Any]]:
    """String content becomes one text part of the flavour the role implies."""
    if not isinstance(content, str):
        parts = [dict(part) for part in content or []]
        for part in parts:
            if part.get("type") == "output_text":
                part.setdefault("annotations", [])
        return parts
    if role == "assistant":
        return [{"type": "output_text", "text": content, "annotations": []}]
    return [{"type": "input_text", "text": content}]


def _stored_item(fake: FakeCore, item: Dict[str, Any]) -> Dict[str, Any]:
    kind = item.get("type") or ("message" if "role" in item else None)
    if kind is None:
        raise APIErrorReply(400, "Each item needs a 'type'.", param="items")
    stored = {**item, "type": kind}
    stored.setdefault("id", fake.new_id(_ID_PREFIXES.get(kind, "item_")))
    if kind == "message":
        role = require(item, "role")
        stored["content"] = _message_parts(role, item.get("content"))
    if kind != "item_reference":
        stored.setdefault("status", "completed")
    return stored


def append_items(fake: FakeCore, conversation_id: str, items: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """Store `items` at the end of the conversation; returns them as stored."""
    conversations(fake).get(conversation_id)
    store = _items(fake, conversation_id)
    return [store.add(_stored_item(fake, item)) for item in items]


def _check_count(items: List[Any]) -> None:
    if len(items) > MAX_ITEMS_PER_REQUEST:
        raise APIErrorReply(
            400, f"Invalid 'items': array too long. Expected at most {MAX_ITEMS_PER_REQUEST} items.", param="items"
        )


@ROUTES.route("POST", "/conversations")
def create(fake: FakeCore, request: FakeRequest) -> Dict[str, Any]:
    body = body_of(request)
    items = body.get("items") or []
    _check_count(items)
    conversation: Dict[str, Any] = {
        "id": fake.new_id("conv_"),
        "object": "conversation",
        "created_at": fake.now(),
        "metadata": body.get("metadata") or {},
    }
    conversations(fake).add(conversation)
    append_items(fake, conversation["id"], items)
    return conversation


@ROUTES.route("GET", "/conversations/{conversation_id}")
def retrieve(fake: FakeCore, request: FakeRequest, conversation_id: str) -> Dict[str, Any]:
    return conversations(fake).get(conversation_id)


@ROUTES.route("POST", "/conversations/{conversation_id}")
def update(fake: FakeCore, request: FakeRequest, conversation_id: str) -> Dict[str, Any]:
    conversation = conversations(fake).get(conversation_id)
    conversation["metadata"] = require(body_of(request), "metadata")
    return conversation


@ROUTES.route("DELETE", "/conversations/{conversation_id}")
def delete(fake: FakeCore, request: FakeRequest, conversation_id: str) -> Dict[str, Any]:
    conversations(fake).delete(conversation_id)
    return deleted(conversation_id, "conversation.deleted")


@ROUTES.route("POST", "/conversations/{conversation_id}/items")
def create_items(fake: FakeCore, request: FakeRequest, conversation_id: str) -> Dict[str, Any]:
    items = require(body_of(request), "items")
    _check_count(items)
    added = append_items(fake, conversation_id, items)
    return list_of(added)


@ROUTES.route("GET", "/conversations/{conversation_id}/items")
def list_items(fake: FakeCore, request: FakeRequest, conversation_id: str) -> Dict[str, Any]:
    conversations(fake).get(conversation_id)
    return _items(fake, conversation_id).page(request)


@ROUTES.route("GET", "/conversations/{conversation_id}/items/{item_id}")
def retrieve_item(fake: FakeCore, request: FakeRequest, conversation_id: str, item_id: str) -> Dict[str, Any]:
    conversations(fake).get(conversation_id)
    return _items(fake, conversation_id).get(item_id)


@ROUTES.route("DELETE", "/conversations/{conversation_id}/items/{item_id}")
def delete_item(fake: FakeCore, request: FakeRequest, conversation_id: str, item_id: str) -> Dict[str, Any]:
    conversation = conversations(fake).get(conversation_id)
    _items(fake, conversation_id).delete(item_id)
    return conversation
