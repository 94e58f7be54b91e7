"""Helpers the scenario modules share (the `Ctx` methods and `endpoint` live in `dsl.py`):
reading streams, clients that keep their httpx responses, scratch files, reply shapes.
"""

from __future__ import annotations

import atexit
import itertools
import pathlib
import shutil
import tempfile
from typing import Any, Callable, Dict, List, Optional, Tuple

import httpx
from observe import describe, describe_exception
from server import Reply

__all__ = [
    "read_stream",
    "aread_stream",
    "drain",
    "adrain",
    "tracked_client",
    "tracked_async_client",
    "closed",
    "tmp_dir",
    "tmp_file",
    "rid",
    "whole_body",
    "CHAT_ID",
    "chat_usage",
    "chat_message",
    "chat_choice",
    "chat_completion",
]

# ----------------------------------------------------------------------------- streams


def read_stream(
    stream: Any, limit: Optional[int] = None, each: Callable[[Any], Any] = describe
) -> Tuple[List[Any], Any]:
    """Iterate `stream` to its end (or `limit` items): (each item through `each`, the exception
    that ended the loop described, or None). The exception itself is not kept: its traceback
    holds the stream's frames, and a stream left open must be freed when the scenario drops it
    (collected later, its close can deadlock the connection pool in the middle of a request)."""
    out: List[Any] = []
    try:
        for item in stream:
            out.append(each(item))
            if limit is not None and len(out) >= limit:
                break
    except Exception as exc:
        return out, describe_exception(exc)
    return out, None


async def aread_stream(
    stream: Any, limit: Optional[int] = None, each: Callable[[Any], Any] = describe
) -> Tuple[List[Any], Any]:
    """`read_stream` for an async stream."""
    out: List[Any] = []
    try:
        async for item in stream:
            out.append(each(item))
            if limit is not None and len(out) >= limit:
                break
    except Exception as exc:
        return out, describe_exception(exc)
    return out, None


def drain(stream: Any, limit: Optional[int] = None) -> List[Any]:
    """Read `stream` (to its end, or `limit` items): each item described, an exception last."""
    out, error = read_stream(stream, limit)
    return out + [error] if error is not None else out


async def adrain(stream: Any, limit: Optional[int] = None) -> List[Any]:
    """`drain` for an async stream."""
    out, error = await aread_stream(stream, limit)
    return out + [error] if error is not None else out


def tracked_client(ctx: Any, **options: Any) -> Tuple[Any, List[httpx.Response]]:
    """A new client whose httpx responses are kept, so a scenario can see whether the body was
    closed (whatever wrapper object the package returns)."""
    seen: List[httpx.Response] = []
    http = httpx.Client(event_hooks={"response": [seen.append]})
    return ctx.client(http_client=http, **options), seen


def tracked_async_client(ctx: Any, **options: Any) -> Tuple[Any, List[httpx.Response]]:
    """`tracked_client` for `AsyncOpenAI`."""
    seen: List[httpx.Response] = []

    async def hook(response: httpx.Response) -> None:
        seen.append(response)

    http = httpx.AsyncClient(event_hooks={"response": [hook]})
    return ctx.async_client(http_client=http, **options), seen


def closed(seen: List[httpx.Response]) -> Any:
    """Whether each response a tracked client received is closed."""
    return [r.is_closed for r in seen]


# ----------------------------------------------------------------------------- files

_TMP: List[str] = []
_COUNTER = itertools.count()


def tmp_dir() -> pathlib.Path:
    """A directory for this run's scratch files (removed at exit)."""
    if not _TMP:
        made = tempfile.mkdtemp(prefix="compat-plat-")
        _TMP.append(made)
        atexit.register(shutil.rmtree, made, True)
    return pathlib.Path(_TMP[0])


def tmp_file(name: str, data: bytes) -> pathlib.Path:
    """A file named `name` (its name is what a multipart body shows) holding `data`."""
    sub = tmp_dir() / f"f{next(_COUNTER)}"
    sub.mkdir()
    path = sub / name
    path.write_bytes(data)
    return path


# ----------------------------------------------------------------------------- reply bodies

CHAT_ID = "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT"


def chat_usage() -> Dict[str, Any]:
    """The usage of a realistic small chat completion (a new dict: scenarios edit it)."""
    return {
        "prompt_tokens": 19,
        "completion_tokens": 10,
        "total_tokens": 29,
        "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
        "completion_tokens_details": {
            "reasoning_tokens": 0,
            "audio_tokens": 0,
            "accepted_prediction_tokens": 0,
            "rejected_prediction_tokens": 0,
        },
    }


def chat_message(content: Optional[str] = "Hello! How can I help you today?", **extra: Any) -> Dict[str, Any]:
    """An assistant message of a chat completion."""
    return {"role": "assistant", "content": content, "refusal": None, "annotations": [], **extra}


def chat_choice(msg: Dict[str, Any], index: int = 0, finish: str = "stop", logprobs: Any = None) -> Dict[str, Any]:
    return {"index": index, "message": msg, "logprobs": logprobs, "finish_reason": finish}


def chat_completion(*choices: Dict[str, Any], **fields: Any) -> Dict[str, Any]:
    """A realistic chat completion (gpt-4o) with `choices` (default: one greeting); `fields`
    replace or add top-level fields in place."""
    body: Dict[str, Any] = {
        "id": CHAT_ID,
        "object": "chat.completion",
        "created": 1741569952,
        "model": "gpt-4o-2024-08-06",
        "choices": list(choices) or [chat_choice(chat_message())],
        "usage": chat_usage(),
        "service_tier": "default",
        "system_fingerprint": "fp_fc9f1d7035",
    }
    body.update(fields)
    return body


# ----------------------------------------------------------------------------- replies


def rid(request_id: str) -> Dict[str, str]:
    """Reply headers carrying a request id."""
    return {"x-request-id": request_id}


def whole_body(reply: Reply) -> Reply:
    """`reply` (an SSE stream) sent in one write with a `Content-Length` instead of chunk by chunk."""
    body = b"".join(reply.chunks or [])
    return Reply(reply.status, content=body, headers=reply.headers, content_type="text/event-stream")
