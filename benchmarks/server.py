"""A small, fast HTTP/1.1 server for the benchmark: stdlib asyncio, keep-alive, canned answers.

Every response is built once at start-up (or on the first request for a given list size), so
the server spends its time writing bytes, not building JSON, and does not dominate what the
clients are measured on. It binds to 127.0.0.1 on a free port, prints `PORT <n>` on stdout and
serves until its stdin closes (the parent went away), SIGTERM, or `--max-seconds` passes.

Routes (enough for the benchmark, nothing more):
  POST /v1/chat/completions   a small ChatCompletion, or with `"stream": true` an SSE stream
                              of `--stream-chunks` ChatCompletionChunk events, one HTTP chunk each.
                              `?bench=retry`: the ChatCompletion to a first retry (header
                              `x-stainless-retry-count: 1`), 429 (`retry-after-ms: 0.001`) to
                              anything else, so every call takes exactly one retry.
                              `?warm=N`: held until N such requests are waiting, then all are
                              answered, so a client ends with N open connections.
  GET  /v1/chat/completions   a list page of `limit` stored ChatCompletion objects
  GET  /v1/fine_tuning/jobs   cursor pages of `limit` FineTuningJob objects after the id `after`;
                              `has_more` is false on page `--pages`
  POST /v1/responses          a Response (about 1 KB), or with `"stream": true` an SSE stream of
                              `--stream-chunks` named events (`response.created`, text deltas,
                              `response.completed`), one HTTP chunk each.
  POST /v1/embeddings         `--embed-count` vectors of `--embed-dim` floats, as JSON numbers
                              or, when the body asks for `"encoding_format": "base64"`, as base64
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import random
import signal
import sys
import threading
from array import array
from typing import Any, Dict, List, Optional, Tuple
from urllib.parse import parse_qs

MODEL = "gpt-4o-mini-2024-07-18"
CREATED = 1741569952
RETRY_AFTER_MS = "0.001"  # both SDKs honour a delay in (0, 60] s; 0 would mean their own backoff


def chat_completion(index: int = 0) -> Dict[str, Any]:
    """A ChatCompletion shaped like a real one (about 700 bytes as JSON)."""
    return {
        "id": f"chatcmpl-B9MBs8CjcvOU2jLn4n570S5q{index:08d}",
        "object": "chat.completion",
        "created": CREATED + index,
        "model": MODEL,
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": "Hello! How can I assist you today?",
                    "refusal": None,
                    "annotations": [],
                },
                "logprobs": None,
                "finish_reason": "stop",
            }
        ],
        "usage": {
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
        },
        "service_tier": "default",
        "system_fingerprint": "fp_06737a9306",
    }


def chunk_event(index: int, last: bool) -> Dict[str, Any]:
    """One ChatCompletionChunk: a word of content, or the final chunk with `finish_reason`."""
    delta: Dict[str, Any] = {} if last else {"content": f" word{index}"}
    if index == 0:
        delta = {"role": "assistant", "content": "", "refusal": None}
    return {
        "id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT",
        "object": "chat.completion.chunk",
        "created": CREATED,
        "model": MODEL,
        "service_tier": "default",
        "system_fingerprint": "fp_06737a9306",
        "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": "stop" if last else None}],
    }


def response_events(count: int) -> List[bytes]:
    """A streamed Response of `count` named events: created, text deltas, completed."""
    created = dict(response_object(), status="in_progress", output=[])
    done = response_object()
    item_id = done["output"][0]["id"]
    events: List[Tuple[str, Dict[str, Any]]] = [("response.created", {"type": "response.created", "response": created})]
    for index in range(max(0, count - 2)):
        delta = {
            "type": "response.output_text.delta",
            "item_id": item_id,
            "output_index": 0,
            "content_index": 0,
            "delta": f" word{index}",
            "logprobs": [],
        }
        events.append(("response.output_text.delta", delta))
    events.append(("response.completed", {"type": "response.completed", "response": done}))
    return [
        b"event: " + name.encode() + b"\ndata: " + _json_bytes(dict(data, sequence_number=i)) + b"\n\n"
        for i, (name, data) in enumerate(events)
    ]


def response_object() -> Dict[str, Any]:
    """A Response from POST /v1/responses for a one-line answer (about 1 KB as JSON)."""
    return {
        "id": "resp_67ccd2bed1ec8190b14f964abc0542670bb6a6b452d3795b",
        "object": "response",
        "created_at": CREATED,
        "status": "completed",
        "background": False,
        "error": None,
        "incomplete_details": None,
        "instructions": None,
        "max_output_tokens": None,
        "max_tool_calls": None,
        "model": MODEL,
        "output": [
            {
                "id": "msg_67ccd2bf17f0819081ff3bb2cf6508e60bb6a6b452d3795b",
                "type": "message",
                "status": "completed",
                "role": "assistant",
                "content": [
                    {
                        "type": "output_text",
                        "text": "Hello! How can I assist you today?",
                        "annotations": [],
                        "logprobs": [],
                    }
                ],
            }
        ],
        "parallel_tool_calls": True,
        "previous_response_id": None,
        "prompt_cache_key": None,
        "reasoning": {"effort": None, "summary": None},
        "safety_identifier": None,
        "service_tier": "default",
        "store": True,
        "temperature": 1.0,
        "text": {"format": {"type": "text"}, "verbosity": "medium"},
        "tool_choice": "auto",
        "tools": [],
        "top_logprobs": 0,
        "top_p": 1.0,
        "truncation": "disabled",
        "usage": {
            "input_tokens": 36,
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens": 10,
            "output_tokens_details": {"reasoning_tokens": 0},
            "total_tokens": 46,
        },
        "user": None,
        "metadata": {},
    }


def fine_tuning_job(index: int) -> Dict[str, Any]:
    """A finished FineTuningJob (about 800 bytes as JSON); the id ends in its index."""
    hyperparameters = {"n_epochs": 3, "batch_size": 1, "learning_rate_multiplier": 1.8}
    return {
        "object": "fine_tuning.job",
        "id": f"ftjob-{index:010d}",
        "model": MODEL,
        "created_at": CREATED + index,
        "finished_at": CREATED + index + 600,
        "fine_tuned_model": f"ft:{MODEL}:bench::{index:08d}",
        "organization_id": "org-bench0000000000000000",
        "result_files": ["file-9pC0qWcAd6Am2NUPiVCPzY"],
        "status": "succeeded",
        "validation_file": None,
        "training_file": "file-7NsqyXfDuW1cfThAWb2u7D",
        "hyperparameters": hyperparameters,
        "trained_tokens": 5768,
        "error": None,
        "integrations": [],
        "seed": 1234,
        "estimated_finish": None,
        "user_provided_suffix": None,
        "metadata": None,
        "method": {"type": "supervised", "supervised": {"hyperparameters": hyperparameters}},
    }


def embedding_vectors(count: int, dim: int) -> List[array]:
    """Deterministic float32 vectors (the API's embeddings are float32)."""
    rng = random.Random(1536)
    return [array("f", (rng.uniform(-0.1, 0.1) for _ in range(dim))) for _ in range(count)]


def _json_bytes(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


def _http(status: str, body: bytes, content_type: str = "application/json", extra: str = "") -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\n"
        f"content-type: {content_type}\r\n"
        f"content-length: {len(body)}\r\n"
        "x-request-id: req_bench_0001\r\n"
        "openai-processing-ms: 1\r\n"
        f"{extra}"
        "\r\n"
    )
    return head.encode() + body


def _sse_response(events: List[bytes]) -> bytes:
    """A chunked `text/event-stream` response, one HTTP chunk per SSE event."""
    parts = [
        b"HTTP/1.1 200 OK\r\n"
        b"content-type: text/event-stream; charset=utf-8\r\n"
        b"transfer-encoding: chunked\r\n"
        b"x-request-id: req_bench_0002\r\n"
        b"\r\n"
    ]
    for event in events:
        parts.append(b"%x\r\n%s\r\n" % (len(event), event))
    parts.append(b"0\r\n\r\n")
    return b"".join(parts)


class Responses:
    """Every answer the server gives, as ready-to-write bytes (lists built on first request)."""

    def __init__(self, *, stream_chunks: int, embed_count: int, embed_dim: int, pages: int) -> None:
        self.chat = _http("200 OK", _json_bytes(chat_completion()))
        self.rate_limited = _http(
            "429 Too Many Requests",
            _json_bytes(
                {"error": {"message": "Rate limit reached", "type": "requests", "code": "rate_limit_exceeded"}}
            ),
            extra=f"retry-after-ms: {RETRY_AFTER_MS}\r\n",
        )
        self.response = _http("200 OK", _json_bytes(response_object()))
        self.response_stream = _sse_response(response_events(stream_chunks))
        events = [
            b"data: " + _json_bytes(chunk_event(i, i == stream_chunks - 1)) + b"\n\n" for i in range(stream_chunks)
        ]
        events.append(b"data: [DONE]\n\n")
        self.stream = _sse_response(events)
        vectors = embedding_vectors(embed_count, embed_dim)
        self.embed_float = _http(
            "200 OK", _json_bytes(self._embeddings([[float(f"{x:.9g}") for x in v] for v in vectors]))
        )
        self.embed_base64 = _http(
            "200 OK", _json_bytes(self._embeddings([base64.b64encode(v.tobytes()).decode() for v in vectors]))
        )
        self.not_found = _http("404 Not Found", _json_bytes({"error": {"message": "no such route", "type": "bench"}}))
        self.pages = pages
        self._lists: Dict[int, bytes] = {}
        self._job_pages: Dict[Tuple[int, int], bytes] = {}
        self._waiting: List[asyncio.Transport] = []  # `?warm=N` requests held until N are here

    @staticmethod
    def _embeddings(vectors: List[Any]) -> Dict[str, Any]:
        return {
            "object": "list",
            "data": [{"object": "embedding", "index": i, "embedding": v} for i, v in enumerate(vectors)],
            "model": "text-embedding-3-small",
            "usage": {"prompt_tokens": 8 * len(vectors), "total_tokens": 8 * len(vectors)},
        }

    def chat_list(self, limit: int) -> bytes:
        cached = self._lists.get(limit)
        if cached is None:
            items = [chat_completion(i) for i in range(limit)]
            page = {
                "object": "list",
                "data": items,
                "first_id": items[0]["id"] if items else None,
                "last_id": items[-1]["id"] if items else None,
                "has_more": False,
            }
            cached = self._lists[limit] = _http("200 OK", _json_bytes(page))
        return cached

    def job_page(self, query: Dict[str, List[str]]) -> bytes:
        """The page of `limit` jobs after job `after` (ids end in their index); `pages` in all."""
        limit = max(1, min(int(query.get("limit", ["20"])[0]), 100))
        after = query.get("after")
        start = int(after[0].rsplit("-", 1)[1]) + 1 if after else 0
        cached = self._job_pages.get((start, limit))
        if cached is None:
            page = {
                "object": "list",
                "data": [fine_tuning_job(i) for i in range(start, start + limit)],
                "has_more": start + limit < self.pages * limit,
            }
            cached = self._job_pages[(start, limit)] = _http("200 OK", _json_bytes(page))
        return cached

    def answer(self, method: bytes, target: bytes, head: bytes, body: bytes) -> bytes:
        """`head` is the request head in lower case."""
        path, _, query = target.partition(b"?")
        if path == b"/v1/chat/completions":
            if method == b"POST":
                if query == b"bench=retry":
                    # a first retry gets the answer; anything else (first attempt, no header) a 429
                    return self.chat if b"\r\nx-stainless-retry-count: 1\r\n" in head else self.rate_limited
                compact = body.replace(b" ", b"")
                return self.stream if b'"stream":true' in compact else self.chat
            if method == b"GET":
                limit = parse_qs(query.decode()).get("limit", ["20"])[0]
                return self.chat_list(max(0, min(int(limit), 100_000)))
        if path == b"/v1/responses" and method == b"POST":
            return self.response_stream if b'"stream":true' in body.replace(b" ", b"") else self.response
        if path == b"/v1/fine_tuning/jobs" and method == b"GET":
            return self.job_page(parse_qs(query.decode()))
        if path == b"/v1/embeddings" and method == b"POST":
            compact = body.replace(b" ", b"")
            return self.embed_base64 if b'"encoding_format":"base64"' in compact else self.embed_float
        return self.not_found

    def wait_for_peers(self, transport: asyncio.Transport, count: int) -> None:
        """Hold this request until `count` are held, then answer them all with the ChatCompletion."""
        self._waiting.append(transport)
        if len(self._waiting) >= count:
            for waiting in self._waiting:
                if not waiting.is_closing():
                    waiting.write(self.chat)
            self._waiting.clear()


class _Connection(asyncio.Protocol):
    """One keep-alive connection: parse requests (Content-Length bodies), write canned answers."""

    def __init__(self, responses: Responses) -> None:
        self._responses = responses
        self._buffer = b""
        self._transport: Optional[asyncio.Transport] = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while self._transport is not None:
            request = self._next_request()
            if request is None:
                return
            method, target, head, body = request
            if b"?warm=" in target:
                self._responses.wait_for_peers(self._transport, int(target.rsplit(b"=", 1)[1]))
                continue
            self._transport.write(self._responses.answer(method, target, head, body))
            if b"\r\nconnection: close" in head:
                self._transport.close()
                self._transport = None

    def _next_request(self) -> Optional[Tuple[bytes, bytes, bytes, bytes]]:
        """(method, target, the head in lower case, body) of the next complete request."""
        end = self._buffer.find(b"\r\n\r\n")
        if end < 0:
            return None
        head = self._buffer[:end]
        lower = head.lower()
        length = 0
        at = lower.find(b"\r\ncontent-length:")
        if at >= 0:
            stop = lower.find(b"\r\n", at + 2)
            length = int(head[at + 17 : stop if stop >= 0 else len(head)])
        total = end + 4 + length
        if len(self._buffer) < total:
            return None
        body = self._buffer[end + 4 : total]
        self._buffer = self._buffer[total:]
        method, target, _ = head[: head.find(b"\r\n")].split(b" ", 2)
        return method, target, lower + b"\r\n", body

    def connection_lost(self, exc: Optional[Exception]) -> None:
        self._transport = None


async def serve(responses: Responses, max_seconds: float) -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    server = await loop.create_server(lambda: _Connection(responses), "127.0.0.1", 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    print(f"PORT {port}", flush=True)

    def watch_stdin() -> None:  # the parent closing our stdin (or dying) stops us
        try:
            while sys.stdin.buffer.read(1):
                pass
        finally:
            loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=watch_stdin, daemon=True).start()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.call_later(max_seconds, stop.set)
    async with server:
        await stop.wait()


def main(argv: Optional[List[str]] = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--stream-chunks", type=int, default=5000)
    parser.add_argument("--embed-count", type=int, default=100)
    parser.add_argument("--embed-dim", type=int, default=1536)
    parser.add_argument("--pages", type=int, default=50, help="cursor pages of fine-tuning jobs")
    parser.add_argument("--max-seconds", type=float, default=1800.0, help="stop by itself after this long")
    args = parser.parse_args(argv)
    responses = Responses(
        stream_chunks=args.stream_chunks, embed_count=args.embed_count, embed_dim=args.embed_dim, pages=args.pages
    )
    asyncio.run(serve(responses, args.max_seconds))
    os._exit(0)  # the stdin watcher thread may still be blocked in read()


if __name__ == "__main__":
    main()
