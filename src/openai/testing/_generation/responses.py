"""POST /responses (plain and streamed events) and the stored responses.

Script key: "responses". Responses are stored unless `store: false` (the API's default), which
is what `previous_response_id`, retrieve, delete, cancel and `input_items` rely on.
`background: true` answers `queued`; the next retrieve finds it `completed`, unless cancelled.
"""

from __future__ import annotations

import copy
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

ENDPOINT = "responses"
_STORE = "responses"
_INPUTS = "responses.input_items"
_BACKGROUND = "responses.background"  # id -> the finished response a background one becomes


def _input_items(fake: FakeCore, value: Any) -> List[Dict[str, Any]]:
    """The request's `input` as the items `input_items` lists (messages get ids and parts)."""
    if value is None:
        return []
    if isinstance(value, str):
        value = [{"role": "user", "content": value}]
    items: List[Dict[str, Any]] = []
    for raw in value if isinstance(value, list) else [value]:
        item: Dict[str, Any] = dict(raw) if isinstance(raw, dict) else {"role": "user", "content": str(raw)}
        kind = item.setdefault("type", "message")
        if kind == "message":
            content = item.get("content")
            if isinstance(content, str):
                part = "output_text" if item.get("role") == "assistant" else "input_text"
                item["content"] = [{"type": part, "text": content}]
            item.setdefault("id", fake.new_id("msg_"))
            item.setdefault("status", "completed")
        elif "id" not in item:
            item["id"] = fake.new_id("item_")
        items.append(item)
    return items


def _last_user_text(items: List[Dict[str, Any]]) -> str:
    for item in reversed(items):
        if item.get("type") == "message" and item.get("role") in ("user", "developer", "system"):
            return text_of(item.get("content"))
        if item.get("type") == "function_call_output":
            return str(item.get("output", ""))
    return ""


def _output(fake: FakeCore, outcome: Outcome) -> List[Dict[str, Any]]:
    if outcome.tool_calls:
        output = []
        for call in outcome.tool_calls:
            filled = tool_call_dict(call, fake)
            output.append(
                {
                    "id": fake.new_id("fc_"),
                    "type": "function_call",
                    "status": "completed",
                    "call_id": filled["id"],
                    "name": filled["name"],
                    "arguments": filled["arguments"],
                }
            )
        return output
    if outcome.refusal is not None:
        part: Dict[str, Any] = {"type": "refusal", "refusal": outcome.refusal}
    else:
        part = {"type": "output_text", "text": outcome.text or "", "annotations": [], "logprobs": []}
    return [
        {"id": fake.new_id("msg_"), "type": "message", "status": "completed", "role": "assistant", "content": [part]}
    ]


def _usage(input_tokens: int, output_tokens: int) -> Dict[str, Any]:
    return {
        "input_tokens": input_tokens,
        "input_tokens_details": {"cached_tokens": 0},
        "output_tokens": output_tokens,
        "output_tokens_details": {"reasoning_tokens": 0},
        "total_tokens": input_tokens + output_tokens,
    }


def _output_tokens(output: List[Dict[str, Any]]) -> int:
    total = 0
    for item in output:
        if item["type"] == "function_call":
            total += count_tokens(item["name"] + " " + item["arguments"])
        else:
            total += count_tokens(text_of(item["content"]))
    return total


@ROUTES.route("POST", "/responses")
def create_response(fake: FakeCore, request: FakeRequest) -> Any:
    body: Dict[str, Any] = request.body if isinstance(request.body, dict) else {}
    previous_id = body.get("previous_response_id")
    history: List[Dict[str, Any]] = []
    if previous_id is not None:
        if previous_id not in fake.store(_STORE, "response"):
            raise APIErrorReply(
                400,
                f"Previous response with id '{previous_id}' not found.",
                param="previous_response_id",
                code="previous_response_not_found",
            )
        history = _history(fake, previous_id)
    items = _input_items(fake, body.get("input"))
    text_config = body.get("text") if isinstance(body.get("text"), dict) else None
    scripted = resolve(fake, ENDPOINT, request)
    if isinstance(scripted, Reply):
        return scripted
    instructions = body.get("instructions")
    prompt = _last_user_text(items) or (instructions if isinstance(instructions, str) else "")
    last = items[-1] if items else {}
    answering_a_user = last.get("type") == "message" and last.get("role") == "user"
    call = default_tool_call(body.get("tools"), body.get("tool_choice", "auto"), answering_a_user)
    default = Outcome(tool_calls=[call]) if call is not None else None
    outcome = scripted or default or default_outcome(prompt, (text_config or {}).get("format"))
    output = _output(fake, outcome)
    input_tokens = sum(count_tokens(text_of(i.get("content"))) + 4 for i in history + items)
    if isinstance(instructions, str):
        input_tokens += count_tokens(instructions)
    response = {
        "id": fake.new_id("resp_"),
        "object": "response",
        "created_at": fake.now(),
        "status": "completed",
        "background": bool(body.get("background")),
        "error": None,
        "incomplete_details": None,
        "instructions": instructions,
        "max_output_tokens": body.get("max_output_tokens"),
        "max_tool_calls": body.get("max_tool_calls"),
        "model": str(body.get("model") or "gpt-4o"),
        "output": output,
        "parallel_tool_calls": body.get("parallel_tool_calls", True),
        "previous_response_id": previous_id,
        "prompt_cache_key": body.get("prompt_cache_key"),
        "reasoning": body.get("reasoning") or {"effort": None, "summary": None},
        "safety_identifier": body.get("safety_identifier"),
        "service_tier": body.get("service_tier") or "default",
        "store": body.get("store", True) is not False,
        "temperature": body.get("temperature", 1.0),
        "text": text_config or {"format": {"type": "text"}, "verbosity": "medium"},
        "tool_choice": body.get("tool_choice", "auto"),
        "tools": body.get("tools") or [],
        "top_logprobs": body.get("top_logprobs", 0),
        "top_p": body.get("top_p", 1.0),
        "truncation": body.get("truncation") or "disabled",
        "usage": _usage(input_tokens, _output_tokens(output)),
        "user": body.get("user"),
        "metadata": body.get("metadata") or {},
    }
    if response["store"] or response["background"]:
        fake.store(_STORE, "response").add(response)
        fake.store(_INPUTS, "response").add({"id": response["id"], "items": items, "previous": previous_id})
    if response["background"]:
        fake.store(_BACKGROUND, "response").add({"id": response["id"], "final": copy.deepcopy(response)})
        response.update(status="queued", output=[], usage=None)
    if body.get("stream"):
        return Reply(events=_events(response))
    return response


def _history(fake: FakeCore, response_id: Optional[str]) -> List[Dict[str, Any]]:
    """Every input and output item of the chain ending at `response_id`, oldest first."""
    chain: List[Dict[str, Any]] = []
    inputs = fake.store(_INPUTS, "response")
    responses = fake.store(_STORE, "response")
    while response_id is not None and response_id in inputs:
        record = inputs.get(response_id)
        chain = record["items"] + responses.get(response_id)["output"] + chain
        response_id = record["previous"]
    return chain


def _events(response: Dict[str, Any]) -> Iterator[SSE]:
    """The streamed event sequence for a finished `response`, numbered by `sequence_number`."""
    counter = [0]

    def event(kind: str, **fields: Any) -> SSE:
        data = {"type": kind, **fields, "sequence_number": counter[0]}
        counter[0] += 1
        return SSE(data, event=kind)

    final = response
    pending = dict(copy.deepcopy(response), status="in_progress", output=[], usage=None)
    if response["status"] == "queued":
        pending["status"] = "queued"
    yield event("response.created", response=pending)
    if response["status"] == "queued":
        return
    yield event("response.in_progress", response=pending)
    for index, item in enumerate(final["output"]):
        yield from _item_events(event, index, item)
    yield event("response.completed", response=final)


def _item_events(event: Any, index: int, item: Dict[str, Any]) -> Iterator[SSE]:
    if item["type"] == "function_call":
        yield event(
            "response.output_item.added", output_index=index, item=dict(item, arguments="", status="in_progress")
        )
        for piece in pieces(item["arguments"]):
            yield event("response.function_call_arguments.delta", item_id=item["id"], output_index=index, delta=piece)
        yield event(
            "response.function_call_arguments.done",
            item_id=item["id"],
            output_index=index,
            name=item["name"],
            arguments=item["arguments"],
        )
        yield event("response.output_item.done", output_index=index, item=item)
        return
    yield event("response.output_item.added", output_index=index, item=dict(item, content=[], status="in_progress"))
    for part_index, part in enumerate(item["content"]):
        where: Dict[str, Any] = {"item_id": item["id"], "output_index": index, "content_index": part_index}
        if part["type"] == "refusal":
            yield event("response.content_part.added", **where, part=dict(part, refusal=""))
            for piece in pieces(part["refusal"]):
                yield event("response.refusal.delta", **where, delta=piece)
            yield event("response.refusal.done", **where, refusal=part["refusal"])
        else:
            yield event("response.content_part.added", **where, part=dict(part, text=""))
            for piece in pieces(part["text"]):
                yield event("response.output_text.delta", **where, delta=piece, logprobs=[])
            yield event("response.output_text.done", **where, text=part["text"], logprobs=[])
        yield event("response.content_part.done", **where, part=part)
    yield event("response.output_item.done", output_index=index, item=item)


def _stored(fake: FakeCore, response_id: str) -> Dict[str, Any]:
    responses = fake.store(_STORE, "response")
    if response_id not in responses:
        raise APIErrorReply(404, f"Response with id '{response_id}' not found.", param="response_id")
    return responses.get(response_id)


def _advance(fake: FakeCore, response: Dict[str, Any]) -> Dict[str, Any]:
    """A background response finishes by the time anybody looks at it again."""
    pending = fake.store(_BACKGROUND, "response")
    if response["id"] in pending and response["status"] == "queued":
        response.update(pending.delete(response["id"])["final"])
    return response


@ROUTES.route("GET", "/responses/{response_id}")
def retrieve_response(fake: FakeCore, request: FakeRequest, response_id: str) -> Any:
    response = _stored(fake, response_id)
    was_queued = response["status"] == "queued"
    response = _advance(fake, response)
    if request.query.get("stream") == "true":
        events = list(_events(response))
        after = int(request.query.get("starting_after", -1))
        if was_queued:
            events = events[1:]  # the caller saw response.created already
        return Reply(events=[e for e in events if e.data["sequence_number"] > after])  # type: ignore[index]
    return response


@ROUTES.route("DELETE", "/responses/{response_id}")
def delete_response(fake: FakeCore, request: FakeRequest, response_id: str) -> Dict[str, Any]:
    _stored(fake, response_id)
    fake.store(_STORE, "response").delete(response_id)
    fake.store(_INPUTS, "response").delete(response_id)
    return {"id": response_id, "object": "response", "deleted": True}


@ROUTES.route("POST", "/responses/{response_id}/cancel")
def cancel_response(fake: FakeCore, request: FakeRequest, response_id: str) -> Dict[str, Any]:
    response = _stored(fake, response_id)
    if not response.get("background"):
        raise APIErrorReply(400, "Only responses created with background=true can be cancelled.", param="response_id")
    pending = fake.store(_BACKGROUND, "response")
    if response_id in pending:
        pending.delete(response_id)
        response["status"] = "cancelled"
    return response


@ROUTES.route("GET", "/responses/{response_id}/input_items")
def list_input_items(fake: FakeCore, request: FakeRequest, response_id: str) -> Dict[str, Any]:
    _stored(fake, response_id)
    inputs = fake.store(_INPUTS, "response")
    items: List[Dict[str, Any]] = inputs.get(response_id)["items"]
    return inputs.page(request, items=items, default_order="desc")
