"""A small OpenAI-shaped HTTP server on 127.0.0.1 for running the `openai` command against, and a
helper that runs the command as users do (a subprocess). No tests here: `test_cli*.py` use it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple, Union
from urllib.parse import urlsplit

from tests.utils.servers import Recorded

ROOT = Path(__file__).resolve().parent.parent
KEY = "sk-cli-test"
BAD_KEY = "sk-rejected"

Body = Union[Dict[str, Any], str, bytes, List[bytes], Iterator[bytes]]


def _chat_chunk(model: str, deltas: List[Dict[str, Any]], finish: Optional[str] = None) -> bytes:
    choices = [{"index": i, "delta": d, "finish_reason": finish, "logprobs": None} for i, d in enumerate(deltas)]
    chunk = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": model, "choices": choices}
    return b"data: " + json.dumps(chunk).encode() + b"\n\n"


def _completion_chunk(model: str, texts: List[str]) -> bytes:
    choices = [{"index": i, "text": t, "finish_reason": None, "logprobs": None} for i, t in enumerate(texts)]
    chunk = {"id": "cmpl-1", "object": "text_completion", "created": 1, "model": model, "choices": choices}
    return b"data: " + json.dumps(chunk).encode() + b"\n\n"


MODEL = {"id": "gpt-4o", "object": "model", "created": 1686935002, "owned_by": "openai"}
FILE = {
    "id": "file-abc",
    "object": "file",
    "bytes": 12,
    "created_at": 1700000000,
    "filename": "data.jsonl",
    "purpose": "fine-tune",
    "status": "processed",
}
JOB = {
    "id": "ftjob-1",
    "object": "fine_tuning.job",
    "created_at": 1700000000,
    "error": None,
    "fine_tuned_model": None,
    "finished_at": None,
    "hyperparameters": {"n_epochs": 3, "batch_size": "auto", "learning_rate_multiplier": "auto"},
    "model": "gpt-4o-mini",
    "organization_id": "org-1",
    "result_files": [],
    "seed": 7,
    "status": "queued",
    "trained_tokens": None,
    "training_file": "file-abc",
    "validation_file": None,
}
EVENT = {
    "id": "ftevent-1",
    "object": "fine_tuning.job.event",
    "created_at": 1700000001,
    "level": "info",
    "message": "Job started",
}
IMAGES = {"created": 1700000000, "data": [{"url": "https://images.test/1.png", "revised_prompt": None}]}


class FakeAPI:
    """Serves canned OpenAI-shaped replies and records every request.

    Special cases a test can ask for:
    - an id or model containing `missing` gets a 404 with an error body and a request id;
    - the key `BAD_KEY` gets a 401;
    - the model `gated` streams its first token, then waits for `release` before the rest (a test
      can so prove that the command prints tokens as they arrive);
    - `files.list` comes in two pages (the command must follow the cursor).
    """

    def __init__(self) -> None:
        self.requests: List[Recorded] = []
        self.release = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.api = self  # type: ignore[attr-defined]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def url(self) -> str:
        return f"{self.root}/v1"

    def __enter__(self) -> "FakeAPI":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self._server.shutdown()
        self._server.server_close()

    # -------------------------------------------------------------------------------- routing

    def reply(self, request: Recorded) -> Tuple[int, Dict[str, str], Body]:
        self.requests.append(request)
        if request.headers.get("authorization") == f"Bearer {BAD_KEY}":
            return _error(401, "Incorrect API key provided: sk-rejec*****.", "invalid_api_key")
        method, path = request.method, request.path.split("?", 1)[0]
        # Azure paths: /openai/deployments/<name>/chat/completions, /openai/models, ...
        path = re.sub(r"^/openai/(deployments/[^/]+/)?", "/v1/", path)
        if not path.startswith("/v1/"):
            return _error(404, f"Unknown path {path}", None)
        path = path[len("/v1") :]
        if "missing" in path:
            return _error(404, f"The model '{path.rsplit('/', 1)[-1]}' does not exist", "model_not_found")
        is_json = request.headers.get("content-type", "").startswith("application/json")
        params = request.json() if is_json and request.body else {}
        if params.get("model") == "missing-model":
            return _error(404, "The model 'missing-model' does not exist", "model_not_found")

        if (method, path) == ("POST", "/chat/completions"):
            return self._chat(params)
        if (method, path) == ("POST", "/completions"):
            return self._completion(params)
        if path == "/models":
            return 200, {}, {"object": "list", "data": [MODEL, {**MODEL, "id": "gpt-4o-mini"}]}
        if path.startswith("/models/"):
            if method == "DELETE":
                return 200, {}, {"id": path[len("/models/") :], "object": "model", "deleted": True}
            return 200, {}, {**MODEL, "id": path[len("/models/") :]}
        if (method, path) == ("POST", "/files"):
            return 200, {}, FILE
        if path == "/files":
            if "after=" in request.path:
                return 200, {}, {"object": "list", "data": [{**FILE, "id": "file-2"}], "has_more": False}
            return 200, {}, {"object": "list", "data": [FILE], "has_more": True}
        if path.startswith("/files/"):
            if method == "DELETE":
                return 200, {}, {"id": path[len("/files/") :], "object": "file", "deleted": True}
            return 200, {}, {**FILE, "id": path[len("/files/") :]}
        if path in ("/images/generations", "/images/edits", "/images/variations"):
            return 200, {}, IMAGES
        if path in ("/audio/transcriptions", "/audio/translations"):
            text = "the quick brown fox"
            if b'name="response_format"\r\n\r\ntext' in request.body:
                return 200, {"content-type": "text/plain"}, text + "\n"
            return 200, {}, {"text": text}
        if path == "/fine_tuning/jobs":
            if method == "POST":
                return 200, {}, JOB
            return 200, {}, {"object": "list", "data": [JOB], "has_more": False}
        match = re.fullmatch(r"/fine_tuning/jobs/([^/]+)(/cancel|/events)?", path)
        if match:
            job = {**JOB, "id": match.group(1)}
            if match.group(2) == "/cancel":
                return 200, {}, {**job, "status": "cancelled"}
            if match.group(2) == "/events":
                return 200, {}, {"object": "list", "data": [EVENT], "has_more": False}
            return 200, {}, job
        return _error(404, f"Unknown path {path}", None)

    def _chat(self, params: Dict[str, Any]) -> Tuple[int, Dict[str, str], Body]:
        model, n = params["model"], params.get("n", 1)
        if params.get("stream"):
            return 200, {"content-type": "text/event-stream"}, self._chat_stream(model, n)
        choices = [
            {
                "index": i,
                "message": {"role": "assistant", "content": "Hello there!" if n == 1 else f"Answer {i}"},
                "finish_reason": "stop",
                "logprobs": None,
            }
            for i in range(n)
        ]
        usage = {"prompt_tokens": 3, "completion_tokens": 3, "total_tokens": 6}
        body = {"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": model, "choices": choices}
        return 200, {"x-request-id": "req_chat"}, {**body, "usage": usage}

    def _chat_stream(self, model: str, n: int) -> Iterator[bytes]:
        yield _chat_chunk(model, [{"role": "assistant", "content": ""}] * n)
        for piece in ("Hel", "lo", " there!"):
            yield _chat_chunk(model, [{"content": piece}] * n)
            if model == "gated":
                self.release.wait(10)
        yield _chat_chunk(model, [{}] * n, finish="stop")
        yield b"data: [DONE]\n\n"

    def _completion(self, params: Dict[str, Any]) -> Tuple[int, Dict[str, str], Body]:
        model, n = params["model"], params.get("n", 1)
        if params.get("stream"):
            chunks = [_completion_chunk(model, [piece] * n) for piece in (" to", " be", " continued")]
            return 200, {"content-type": "text/event-stream"}, [*chunks, b"data: [DONE]\n\n"]
        texts = [" to be continued" if n == 1 else f" answer {i}" for i in range(n)]
        choices = [{"index": i, "text": t, "finish_reason": "stop", "logprobs": None} for i, t in enumerate(texts)]
        return 200, {}, {"id": "cmpl-1", "object": "text_completion", "created": 1, "model": model, "choices": choices}


def _error(status: int, message: str, code: Optional[str]) -> Tuple[int, Dict[str, str], Body]:
    error = {"message": message, "type": "invalid_request_error", "param": None, "code": code}
    return status, {"x-request-id": f"req_{status}"}, {"error": error}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"  # the body ends when the connection closes: plain streaming

    def _serve(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        path = self.path
        if not path.startswith("/"):  # asked as a proxy: `GET http://host/v1/models`
            url = urlsplit(path)
            headers["x-proxied-host"] = url.netloc
            path = url.path + (f"?{url.query}" if url.query else "")
        api: FakeAPI = self.server.api  # type: ignore[attr-defined]
        status, extra, reply = api.reply(Recorded(self.command, path, headers, body))
        self.send_response(status)
        if isinstance(reply, dict):
            reply = json.dumps(reply).encode()
            self.send_header("content-type", "application/json")
        for name, value in extra.items():
            self.send_header(name, value)
        self.end_headers()
        for chunk in [reply] if isinstance(reply, (str, bytes)) else reply:
            self.wfile.write(chunk.encode() if isinstance(chunk, str) else chunk)
            self.wfile.flush()
            time.sleep(0)  # let the client see each chunk on its own

    do_GET = do_POST = do_DELETE = _serve

    def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
        pass


def cli_env(**overrides: str) -> Dict[str, str]:
    """The environment the command runs in: this checkout's package, no user configuration."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "AZURE_OPENAI_"))}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    env["COLUMNS"] = "80"  # argparse wraps help to the terminal width
    env.update(overrides)
    return env


def run_cli(*args: str, env: Optional[Dict[str, str]] = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """`python -m openai ARGS`, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "openai", *args],
        capture_output=True,
        text=True,
        env=env or cli_env(),
        timeout=timeout,
    )
