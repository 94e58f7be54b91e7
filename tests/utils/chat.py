"""Chat Completions payloads as the API sends them: whole completions, and streamed chunks served
over respx."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Optional

import respx

# ----------------------------------------------------------------------------- completions


def choice(
    content: Optional[str] = None,
    *,
    refusal: Optional[str] = None,
    tool_calls: Optional[List[Dict[str, Any]]] = None,
    finish_reason: str = "stop",
    index: int = 0,
) -> Dict[str, Any]:
    message: Dict[str, Any] = {"role": "assistant", "content": content, "refusal": refusal}
    if tool_calls is not None:
        message["tool_calls"] = tool_calls
    return {"index": index, "message": message, "finish_reason": finish_reason, "logprobs": None}


def completion(*choices: Dict[str, Any], usage: Optional[Dict[str, int]] = None) -> Dict[str, Any]:
    body = {"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "gpt-4o", "choices": list(choices)}
    if usage is not None:
        body["usage"] = usage
    return body


# ----------------------------------------------------------------------------- streamed chunks


URL = "http://api.test/v1/chat/completions"


def chunk(*choices: Dict[str, Any], **fields: Any) -> Dict[str, Any]:
    base = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": "gpt-4o"}
    return {**base, "choices": list(choices), **fields}


def delta(index: int = 0, finish_reason: Optional[str] = None, **fields: Any) -> Dict[str, Any]:
    """A choice of a chunk; `logprobs=` goes on the choice, the other fields in its delta."""
    logprobs = fields.pop("logprobs", None)
    return {"index": index, "delta": fields, "finish_reason": finish_reason, "logprobs": logprobs}


def text_chunks(*parts: str, finish_reason: str = "stop") -> List[Dict[str, Any]]:
    """What the API streams for one message: the role, the text piece by piece, the finish."""
    return [
        chunk(delta(role="assistant", content="", refusal=None)),
        *(chunk(delta(content=part)) for part in parts),
        chunk(delta(finish_reason=finish_reason)),
    ]


def serve(respx_mock: respx.MockRouter, chunks: List[Dict[str, Any]], tail: str = "data: [DONE]\n\n") -> respx.Route:
    body = "".join(f"data: {json.dumps(c)}\n\n" for c in chunks) + tail
    return respx_mock.post(URL).respond(200, headers={"content-type": "text/event-stream"}, content=body.encode())
