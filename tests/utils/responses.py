"""Responses API payloads as the API sends them (responses and their output items, streamed events),
and a `responses.create` call using every keyword."""

from __future__ import annotations

import json
from typing import Any, Dict, List

import respx

# ----------------------------------------------------------------------------- responses and output items


def response_json(*output: Dict[str, Any], status: str = "completed", **fields: Any) -> Dict[str, Any]:
    """A response object as the API sends it, with the given output items."""
    return {
        "id": "resp_1",
        "object": "response",
        "created_at": 1741476542,
        "status": status,
        "model": "gpt-4o-mini-2024-07-18",
        "output": list(output),
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [],
        "error": None,
        "incomplete_details": None,
        "usage": None,
        **fields,
    }


def text_part(text: str) -> Dict[str, Any]:
    return {"type": "output_text", "text": text, "annotations": [], "logprobs": []}


def refusal_part(text: str) -> Dict[str, Any]:
    return {"type": "refusal", "refusal": text}


def message(*parts: Dict[str, Any], id: str = "msg_1", status: str = "completed") -> Dict[str, Any]:
    return {"type": "message", "id": id, "role": "assistant", "status": status, "content": list(parts)}


def function_call(name: str = "get_weather", arguments: str = '{"city":"Paris"}') -> Dict[str, Any]:
    return {"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": name, "arguments": arguments}


def reasoning(summary: str) -> Dict[str, Any]:
    return {"type": "reasoning", "id": "rs_1", "summary": [{"type": "summary_text", "text": summary}]}


# ----------------------------------------------------------------------------- request parameters


INCLUDE = ["file_search_call.results", "message.output_text.logprobs"]


# Every keyword of the 1.102.0 signature of `responses.create` except `stream`, with a plausible value.
ALL_CREATE_PARAMS: Dict[str, Any] = {
    "background": False,
    "conversation": {"id": "conv_1"},
    "include": INCLUDE,
    # String contents: a list would match two input schemas at once, which Prism's `oneOf` rejects.
    "input": [
        {"role": "developer", "content": "Use the weather tool."},
        {"role": "user", "content": "What's the weather in Paris?"},
        {"type": "function_call", "call_id": "call_1", "name": "get_weather", "arguments": '{"city":"Paris"}'},
        {"type": "function_call_output", "call_id": "call_1", "output": "Sunny, 24 C"},
    ],
    "instructions": "Answer briefly.",
    "max_output_tokens": 256,
    "max_tool_calls": 2,
    "metadata": {"session": "abc"},
    "model": "gpt-4o-mini",
    "parallel_tool_calls": True,
    "previous_response_id": None,
    "prompt": {"id": "pmpt_1", "variables": {"city": "Paris"}, "version": "2"},
    "prompt_cache_key": "weather",
    "reasoning": {"effort": "low", "summary": "auto"},
    "safety_identifier": "user-hash",
    "service_tier": "auto",
    "store": True,
    "stream_options": {"include_obfuscation": False},
    "temperature": 0.2,
    "text": {"format": {"type": "text"}},
    "tool_choice": {"type": "function", "name": "get_weather"},
    "tools": [
        {
            "type": "function",
            "name": "get_weather",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
            "strict": False,
        }
    ],
    "top_logprobs": 0,
    "top_p": 1.0,
    "truncation": "disabled",
    "user": "user-1",
}


# ----------------------------------------------------------------------------- streamed events


def sse_body(events: List[Dict[str, Any]]) -> bytes:
    """The wire form: each event named by its `type`, numbered in order."""
    out = []
    for number, event in enumerate(events):
        data = {**event, "sequence_number": number}
        out.append(f"event: {event['type']}\ndata: {json.dumps(data)}\n\n")
    return "".join(out).encode()


def text_events(*deltas: str) -> List[Dict[str, Any]]:
    """What the API streams for a reply made of one text part, delta by delta."""
    text = "".join(deltas)
    place = {"item_id": "msg_1", "output_index": 0, "content_index": 0}
    return [
        {"type": "response.created", "response": response_json(status="in_progress")},
        {"type": "response.in_progress", "response": response_json(status="in_progress")},
        {"type": "response.output_item.added", "output_index": 0, "item": message(status="in_progress")},
        {"type": "response.content_part.added", **place, "part": text_part("")},
        *({"type": "response.output_text.delta", **place, "delta": d, "logprobs": []} for d in deltas),
        {"type": "response.output_text.done", **place, "text": text, "logprobs": []},
        {"type": "response.content_part.done", **place, "part": text_part(text)},
        {"type": "response.output_item.done", "output_index": 0, "item": message(text_part(text))},
        {"type": "response.completed", "response": response_json(message(text_part(text)))},
    ]


def error_event(message: str = "The server had an error while processing your request.") -> Dict[str, Any]:
    return {"type": "error", "code": "server_error", "message": message, "param": None}


def serve(route: respx.Route, events: List[Dict[str, Any]]) -> respx.Route:
    return route.respond(200, headers={"content-type": "text/event-stream"}, content=sse_body(events))


TEXT_TYPES = [
    "response.created",
    "response.in_progress",
    "response.output_item.added",
    "response.content_part.added",
    "response.output_text.delta",
    "response.output_text.delta",
    "response.output_text.delta",
    "response.output_text.done",
    "response.content_part.done",
    "response.output_item.done",
    "response.completed",
]
