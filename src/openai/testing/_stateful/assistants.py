"""/assistants, /threads and /threads/{id}/messages (runs are in `runs.py`)."""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from .._core import ROUTES, FakeCore, FakeRequest, Store
from ._common import body_of, check_enum, child, children, deleted, require, update

_ASSISTANT_FIELDS = (
    "model",
    "name",
    "description",
    "instructions",
    "tools",
    "tool_resources",
    "metadata",
    "temperature",
    "top_p",
    "response_format",
    "reasoning_effort",
)


def assistants(fake: FakeCore) -> Store:
    return fake.store("assistants", "assistant")


def threads(fake: FakeCore) -> Store:
    return fake.store("threads", "thread")


def messages(fake: FakeCore) -> Store:
    return fake.store("thread_messages", "message")


# -- assistants ----------------------------------------------------------------------------


@ROUTES.route("POST", "/assistants")
def create_assistant(fake: FakeCore, request: FakeRequest) -> Dict[str, Any]:
    body = body_of(request)
    require(body, "model")
    assistant: Dict[str, Any] = {
        "id": fake.new_id("asst_"),
        "object": "assistant",
        "created_at": fake.now(),
        "name": None,
        "description": None,
        "model": body["model"],
        "instructions": None,
        "tools": [],
        "tool_resources": {},
        "metadata": {},
        "top_p": 1.0,
        "temperature": 1.0,
        "response_format": "auto",
    }
    update(assistant, body, _ASSISTANT_FIELDS)
    return assistants(fake).add(assistant)


@ROUTES.route("GET", "/assistants")
def list_assistants(fake: FakeCore, request: FakeRequest) -> Dict[str, Any]:
    return assistants(fake).page(request)


@ROUTES.route("GET", "/assistants/{assistant_id}")
def retrieve_assistant(fake: FakeCore, request: FakeRequest, assistant_id: str) -> Dict[str, Any]:
    return assistants(fake).get(assistant_id)


@ROUTES.route("POST", "/assistants/{assistant_id}")
def update_assistant(fake: FakeCore, request: FakeRequest, assistant_id: str) -> Dict[str, Any]:
    return update(assistants(fake).get(assistant_id), body_of(request), _ASSISTANT_FIELDS)


@ROUTES.route("DELETE", "/assistants/{assistant_id}")
def delete_assistant(fake: FakeCore, request: FakeRequest, assistant_id: str) -> Dict[str, Any]:
    assistants(fake).delete(assistant_id)
    return deleted(assistant_id, "assistant.deleted")


# -- threads -------------------------------------------------------------------------------


def new_thread(fake: FakeCore, body: Dict[str, Any]) -> Dict[str, Any]:
    """Create a thread with its initial `messages` (shared with `threads.create_and_run`)."""
    thread: Dict[str, Any] = {
        "id": fake.new_id("thread_"),
        "object": "thread",
        "created_at": fake.now(),
        "metadata": body.get("metadata") or {},
        "tool_resources": body.get("tool_resources") or {},
    }
    threads(fake).add(thread)
    for message in body.get("messages") or []:
        add_message(fake, thread["id"], message)
    return thread


@ROUTES.route("POST", "/threads")
def create_thread(fake: FakeCore, request: FakeRequest) -> Dict[str, Any]:
    return new_thread(fake, body_of(request))


@ROUTES.route("GET", "/threads/{thread_id}")
def retrieve_thread(fake: FakeCore, request: FakeRequest, thread_id: str) -> Dict[str, Any]:
    return threads(fake).get(thread_id)


@ROUTES.route("POST", "/threads/runs")
def create_and_run(fake: FakeCore, request: FakeRequest) -> Any:
    # Registered here, ahead of `POST /threads/{thread_id}`, which would take "runs" for an id.
    from .runs import create_and_run

    return create_and_run(fake, request)


@ROUTES.route("POST", "/threads/{thread_id}")
def update_thread(fake: FakeCore, request: FakeRequest, thread_id: str) -> Dict[str, Any]:
    return update(threads(fake).get(thread_id), body_of(request), ("metadata", "tool_resources"))


@ROUTES.route("DELETE", "/threads/{thread_id}")
def delete_thread(fake: FakeCore, request: FakeRequest, thread_id: str) -> Dict[str, Any]:
    threads(fake).delete(thread_id)
    return deleted(thread_id, "thread.deleted")


# -- messages ------------------------------------------------------------------------------


def text_block(text: str) -> Dict[str, Any]:
    return {"type": "text", "text": {"value": text, "annotations": []}}


def _content(content: Any) -> List[Dict[str, Any]]:
    """A message's content as the API returns it: text parts become text blocks."""
    if isinstance(content, str):
        return [text_block(content)]
    blocks: List[Dict[str, Any]] = []
    for part in content or []:
        if isinstance(part, dict) and part.get("type") == "text" and isinstance(part.get("text"), str):
            blocks.append(text_block(part["text"]))
        else:
            blocks.append(part)
    return blocks


def add_message(
    fake: FakeCore,
    thread_id: str,
    body: Dict[str, Any],
    *,
    assistant_id: Optional[str] = None,
    run_id: Optional[str] = None,
    status: str = "completed",
) -> Dict[str, Any]:
    """Append a message to a thread (user messages from requests, assistant ones from runs)."""
    threads(fake).get(thread_id)
    require(body, "role")
    check_enum(body, "role", ("user", "assistant"))
    created = fake.now()
    message = {
        "id": fake.new_id("msg_"),
        "object": "thread.message",
        "created_at": created,
        "thread_id": thread_id,
        "status": status,
        "incomplete_details": None,
        "completed_at": created if status == "completed" else None,
        "incomplete_at": None,
        "role": body["role"],
        "content": _content(body.get("content")),
        "assistant_id": assistant_id,
        "run_id": run_id,
        "attachments": body.get("attachments") or [],
        "metadata": body.get("metadata") or {},
    }
    return messages(fake).add(message)


@ROUTES.route("POST", "/threads/{thread_id}/messages")
def create_message(fake: FakeCore, request: FakeRequest, thread_id: str) -> Dict[str, Any]:
    body = body_of(request)
    require(body, "content")
    return add_message(fake, thread_id, body)


@ROUTES.route("GET", "/threads/{thread_id}/messages")
def list_messages(fake: FakeCore, request: FakeRequest, thread_id: str) -> Dict[str, Any]:
    threads(fake).get(thread_id)
    run_id = request.query.get("run_id")
    rows = [
        row for row in children(messages(fake), "thread_id", thread_id) if run_id is None or row["run_id"] == run_id
    ]
    return messages(fake).page(request, items=rows)


@ROUTES.route("GET", "/threads/{thread_id}/messages/{message_id}")
def retrieve_message(fake: FakeCore, request: FakeRequest, thread_id: str, message_id: str) -> Dict[str, Any]:
    return child(messages(fake), message_id, "thread_id", thread_id)


@ROUTES.route("POST", "/threads/{thread_id}/messages/{message_id}")
def update_message(fake: FakeCore, request: FakeRequest, thread_id: str, message_id: str) -> Dict[str, Any]:
    return update(child(messages(fake), message_id, "thread_id", thread_id), body_of(request), ("metadata",))


@ROUTES.route("DELETE", "/threads/{thread_id}/messages/{message_id}")
def delete_message(fake: FakeCore, request: FakeRequest, thread_id: str, message_id: str) -> Dict[str, Any]:
    child(messages(fake), message_id, "thread_id", thread_id)
    messages(fake).delete(message_id)
    return deleted(message_id, "thread.message.deleted")
