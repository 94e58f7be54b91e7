"""POST /chat/completions (plain and streamed) and the stored chat completions.

Script key: "chat.completions". With `store: true` the completion and its input messages are
kept, so that list / retrieve / update / delete and `.../messages` work as the service does.
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Optional

from .._core import ROUTES, SSE, APIErrorReply, FakeCore, FakeRequest, Reply
from ._common import (
    Outcome,
    count_tokens,
    default_outcome,
    default_tool_call,
    pieces,
    resolve,
    text_of,
    tool_call_dict,
)

ENDPOINT = "chat.completions"
_FINGERPRINT = "fp_fake"


def _prompt_tokens(messages: List[Any]) -> int:
    return sum(count_tokens(text_of(m.get("content"))) + 4 for m in messages if isinstance(m, dict))


def _last_user_text(messages: List[Any]) -> str:
    for message in reversed(messages):
        if isinstance(message, dict) and message.get("role") == "user":
            return text_of(message.get("content"))
    return ""


def _usage(prompt_tokens: int, completion_tokens: int) -> Dict[str, Any]:
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
        "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
        "completion_tokens_details": {
            "reasoning_tokens": 0,
            "audio_tokens": 0,
            "accepted_prediction_tokens": 0,
            "rejected_prediction_tokens": 0,
        },
    }


def _outcome_tokens(outcome: Outcome) -> int:
    if outcome.tool_calls:
        return sum(count_tokens(c.name + " " + c.arguments) for c in outcome.tool_calls)
    return count_tokens(outcome.refusal if outcome.refusal is not None else outcome.text or "")


def _message(outcome: Outcome, calls: List[Dict[str, Any]]) -> Dict[str, Any]:
    message: Dict[str, Any] = {
        "role": "assistant",
        "content": None if outcome.tool_calls or outcome.refusal is not None else outcome.text,
        "refusal": outcome.refusal,
        "annotations": [],
    }
    if calls:
        message["tool_calls"] = [
            {"id": c["id"], "type": "function", "function": {"name": c["name"], "arguments": c["arguments"]}}
            for c in calls
        ]
    return message


def _default(body: Dict[str, Any], messages: List[Any]) -> Outcome:
    last = messages[-1] if isinstance(messages[-1], dict) else {}
    call = default_tool_call(body.get("tools"), body.get("tool_choice", "auto"), last.get("role") == "user")
    if call is not None:
        return Outcome(tool_calls=[call])
    return default_outcome(_last_user_text(messages), body.get("response_format"))


def _finish_reason(outcome: Outcome) -> str:
    return "tool_calls" if outcome.tool_calls else "stop"


@ROUTES.route("POST", "/chat/completions")
def create_chat_completion(fake: FakeCore, request: FakeRequest) -> Any:
    body: Dict[str, Any] = request.body if isinstance(request.body, dict) else {}
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise APIErrorReply(
            400,
            "Invalid 'messages': empty array. Expected an array with minimum length 1.",
            param="messages",
            code="empty_array",
        )
    n = body.get("n") or 1
    if not isinstance(n, int) or n < 1 or n > 128:
        raise APIErrorReply(400, f"Invalid 'n': integer must be between 1 and 128, got {n!r}.", param="n")
    scripted = resolve(fake, ENDPOINT, request)
    if isinstance(scripted, Reply):
        return scripted
    outcome = scripted or _default(body, messages)
    model = str(body.get("model"))
    completion_id = fake.new_id("chatcmpl-")
    created = fake.now()
    choices_calls = [[tool_call_dict(call, fake) for call in outcome.tool_calls] for _ in range(n)]
    prompt_tokens = _prompt_tokens(messages)
    completion_tokens = _outcome_tokens(outcome) * n
    if body.get("stream"):
        include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
        events = _stream(
            completion_id, created, model, outcome, choices_calls, include_usage, prompt_tokens, completion_tokens
        )
        if body.get("store"):
            _store(fake, body, completion_id, created, model, outcome, choices_calls, prompt_tokens, completion_tokens)
        return Reply(events=events)
    return _store(
        fake,
        body,
        completion_id,
        created,
        model,
        outcome,
        choices_calls,
        prompt_tokens,
        completion_tokens,
        keep=bool(body.get("store")),
    )


def _store(
    fake: FakeCore,
    body: Dict[str, Any],
    completion_id: str,
    created: int,
    model: str,
    outcome: Outcome,
    choices_calls: List[List[Dict[str, Any]]],
    prompt_tokens: int,
    completion_tokens: int,
    keep: bool = True,
) -> Dict[str, Any]:
    completion = {
        "id": completion_id,
        "object": "chat.completion",
        "created": created,
        "model": model,
        "choices": [
            {
                "index": i,
                "message": _message(outcome, calls),
                "logprobs": None,
                "finish_reason": _finish_reason(outcome),
            }
            for i, calls in enumerate(choices_calls)
        ],
        "usage": _usage(prompt_tokens, completion_tokens),
        "service_tier": body.get("service_tier") or "default",
        "system_fingerprint": _FINGERPRINT,
    }
    if keep:
        stored = dict(completion, metadata=body.get("metadata") or {})
        fake.store("chat.completions", "chat completion").add(stored)
        messages = [_stored_message(completion_id, i, m) for i, m in enumerate(body.get("messages") or [])]
        fake.store("chat.completions.messages", "chat completion").add({"id": completion_id, "messages": messages})
        return stored
    return completion


def _stored_message(completion_id: str, index: int, message: Any) -> Dict[str, Any]:
    message = dict(message) if isinstance(message, dict) else {"role": "user", "content": str(message)}
    content = message.get("content")
    stored: Dict[str, Any] = {"id": f"{completion_id}-{index}", **message}
    if isinstance(content, list):
        stored["content"] = text_of(content)
        stored["content_parts"] = content
    else:
        stored.setdefault("content_parts", None)
    return stored


def _chunk(
    completion_id: str,
    created: int,
    model: str,
    choices: List[Dict[str, Any]],
    usage: Any = None,
    with_usage: bool = False,
) -> SSE:
    data: Dict[str, Any] = {
        "id": completion_id,
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
        "service_tier": "default",
        "system_fingerprint": _FINGERPRINT,
        "choices": choices,
    }
    if with_usage:
        data["usage"] = usage
    return SSE(data)


def _stream(
    completion_id: str,
    created: int,
    model: str,
    outcome: Outcome,
    choices_calls: List[List[Dict[str, Any]]],
    include_usage: bool,
    prompt_tokens: int,
    completion_tokens: int,
) -> Iterator[SSE]:
    def chunk(index: int, delta: Dict[str, Any], finish_reason: Optional[str] = None) -> SSE:
        choice = {"index": index, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
        return _chunk(completion_id, created, model, [choice], None, include_usage)

    for index, calls in enumerate(choices_calls):
        first: Dict[str, Any] = {"role": "assistant", "content": None if calls else "", "refusal": None}
        yield chunk(index, first)
        if calls:
            for position, call in enumerate(calls):
                head = {
                    "index": position,
                    "id": call["id"],
                    "type": "function",
                    "function": {"name": call["name"], "arguments": ""},
                }
                yield chunk(index, {"tool_calls": [head]})
                for piece in pieces(call["arguments"]) or []:
                    yield chunk(index, {"tool_calls": [{"index": position, "function": {"arguments": piece}}]})
        elif outcome.refusal is not None:
            for piece in pieces(outcome.refusal):
                yield chunk(index, {"refusal": piece})
        else:
            for piece in pieces(outcome.text or ""):
                yield chunk(index, {"content": piece})
        yield chunk(index, {}, _finish_reason(outcome))
    if include_usage:
        yield _chunk(completion_id, created, model, [], _usage(prompt_tokens, completion_tokens), True)
    yield SSE("[DONE]")


def _matches_metadata(obj: Dict[str, Any], request: FakeRequest) -> bool:
    metadata = obj.get("metadata") or {}
    for key, value in request.query.multi_items():
        if key.startswith("metadata[") and key.endswith("]") and metadata.get(key[9:-1]) != value:
            return False
    return True


@ROUTES.route("GET", "/chat/completions")
def list_chat_completions(fake: FakeCore, request: FakeRequest) -> Dict[str, Any]:
    store = fake.store("chat.completions", "chat completion")
    model = request.query.get("model")
    rows = [c for c in store if (model is None or c["model"] == model) and _matches_metadata(c, request)]
    return store.page(request, items=rows, default_order="asc")


@ROUTES.route("GET", "/chat/completions/{completion_id}")
def retrieve_chat_completion(fake: FakeCore, request: FakeRequest, completion_id: str) -> Dict[str, Any]:
    return fake.store("chat.completions", "chat completion").get(completion_id)


@ROUTES.route("POST", "/chat/completions/{completion_id}")
def update_chat_completion(fake: FakeCore, request: FakeRequest, completion_id: str) -> Dict[str, Any]:
    completion = fake.store("chat.completions", "chat completion").get(completion_id)
    completion["metadata"] = request.json_field("metadata") or {}
    return completion


@ROUTES.route("DELETE", "/chat/completions/{completion_id}")
def delete_chat_completion(fake: FakeCore, request: FakeRequest, completion_id: str) -> Dict[str, Any]:
    fake.store("chat.completions", "chat completion").delete(completion_id)
    fake.store("chat.completions.messages", "chat completion").delete(completion_id)
    return {"id": completion_id, "object": "chat.completion.deleted", "deleted": True}


@ROUTES.route("GET", "/chat/completions/{completion_id}/messages")
def list_chat_completion_messages(fake: FakeCore, request: FakeRequest, completion_id: str) -> Dict[str, Any]:
    holder = fake.store("chat.completions.messages", "chat completion").get(completion_id)
    messages = fake.store("chat.completions.messages", "chat completion")
    return messages.page(request, items=holder["messages"], default_order="asc")
