"""/batches: where batches run.

A batch is created `validating` and moves one status per read (`batch_steps`, see `_common`):
the first read validates the input file (bad lines make the batch `failed` with `errors`)
and moves it to `in_progress`; the last read runs every line through the fake itself
(`fake.call("POST", url, body)`, so batches answer whatever the fake's endpoints answer) and
completes it. Answers with a 2xx status go into the output file, the others into the error file,
both JSONL in the Batch API's format and stored with purpose `batch_output`. With
`fake.batch_steps = 0` the whole run happens inside `create`.
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Optional, Tuple

from .._core import ROUTES, APIErrorReply, FakeCore, FakeRequest, Store
from ._common import advance, body_of, check_enum, polled, read_page, require, start_progress, stop_progress
from .files import create_file, file_content, files

ENDPOINTS = ("/v1/responses", "/v1/chat/completions", "/v1/embeddings", "/v1/completions", "/v1/moderations")
_DONE = ("completed", "failed", "cancelled", "expired")


def batches(fake: FakeCore) -> Store:
    return fake.store("batches", "batch")


def _lines(fake: FakeCore, batch: Dict[str, Any]) -> Tuple[List[Dict[str, Any]], List[Dict[str, Any]]]:
    """The input file's requests, and the validation errors (as the API lists them)."""
    requests: List[Dict[str, Any]] = []
    errors: List[Dict[str, Any]] = []
    seen = set()

    def fail(line: int, message: str, param: Optional[str] = None) -> None:
        errors.append({"code": "invalid_request", "message": message, "param": param, "line": line})

    text = file_content(fake, batch["input_file_id"]).decode("utf-8", errors="replace")
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            line = json.loads(raw)
        except ValueError:
            fail(number, "This line is not valid JSON.")
            continue
        if not isinstance(line, dict):
            fail(number, "Each line must be a JSON object.")
            continue
        missing = [name for name in ("custom_id", "method", "url", "body") if name not in line]
        if missing:
            fail(number, f"Missing required parameter: '{missing[0]}'.", missing[0])
        elif line["url"] != batch["endpoint"]:
            fail(number, f"The url '{line['url']}' does not match the batch's endpoint '{batch['endpoint']}'.", "url")
        elif str(line["method"]).upper() != "POST":
            fail(number, "Only the POST method is supported.", "method")
        elif line["custom_id"] in seen:
            fail(number, f"The custom_id '{line['custom_id']}' is used more than once.", "custom_id")
        else:
            seen.add(line["custom_id"])
            requests.append(line)
    if not requests and not errors:
        errors.append({"code": "empty_file", "message": "The input file has no requests.", "param": None, "line": None})
    return requests, errors


def _validate(fake: FakeCore, batch: Dict[str, Any]) -> None:
    """Leave `validating`: to `in_progress`, or to `failed` with the lines' errors."""
    requests, errors = _lines(fake, batch)
    if errors:
        stop_progress(fake, batch["id"])
        batch.update(status="failed", failed_at=fake.now(), errors={"object": "list", "data": errors})
        return
    batch.update(status="in_progress", in_progress_at=fake.now())
    batch["request_counts"]["total"] = len(requests)


def _run_line(fake: FakeCore, line: Dict[str, Any]) -> Tuple[bool, Dict[str, Any]]:
    """One request through the fake: (succeeded, its line in the output or error file)."""
    reply = fake.call("POST", line["url"][len("/v1") :], line["body"])
    if reply.events is not None:
        reply_body: Any = {
            "error": {"message": "Streaming is not supported in batches.", "type": "invalid_request_error"}
        }
        status = 400
    else:
        reply_body, status = reply.json, reply.status
    result = {
        "id": fake.new_id("batch_req_"),
        "custom_id": line["custom_id"],
        "response": {
            "status_code": status,
            "request_id": reply.headers.get("x-request-id") or fake.new_id("req_"),
            "body": reply_body,
        },
        "error": None,
    }
    return status < 400, result


def _jsonl(rows: List[Dict[str, Any]]) -> bytes:
    return b"".join(json.dumps(row).encode() + b"\n" for row in rows)


def _run(fake: FakeCore, batch: Dict[str, Any]) -> None:
    """Run every request, write the output and error files, and complete the batch."""
    requests, _ = _lines(fake, batch)
    batch.update(status="finalizing", finalizing_at=fake.now())
    outputs: List[Dict[str, Any]] = []
    failures: List[Dict[str, Any]] = []
    for line in requests:
        ok, result = _run_line(fake, line)
        (outputs if ok else failures).append(result)
    if outputs:
        batch["output_file_id"] = create_file(fake, f"{batch['id']}_output.jsonl", _jsonl(outputs), "batch_output")[
            "id"
        ]
    if failures:
        batch["error_file_id"] = create_file(fake, f"{batch['id']}_error.jsonl", _jsonl(failures), "batch_output")["id"]
    batch["request_counts"].update(total=len(requests), completed=len(outputs), failed=len(failures))
    batch.update(status="completed", completed_at=fake.now())


def _read(fake: FakeCore, batch: Dict[str, Any]) -> Dict[str, Any]:
    """One read: the batch moves on one status (see the module docstring)."""
    if batch["status"] == "cancelling":
        batch.update(status="cancelled", cancelled_at=fake.now())
        return batch
    left = advance(fake, batch["id"])
    if left is None:
        return batch
    if batch["status"] == "validating":
        _validate(fake, batch)
    if left == 0 and batch["status"] == "in_progress":
        _run(fake, batch)
    return batch


@ROUTES.route("POST", "/batches")
def create(fake: FakeCore, request: FakeRequest) -> Dict[str, Any]:
    body = body_of(request)
    input_file_id = require(body, "input_file_id")
    require(body, "endpoint")
    require(body, "completion_window")
    check_enum(body, "endpoint", ENDPOINTS)
    check_enum(body, "completion_window", ("24h",))
    files(fake).get(input_file_id)
    created = fake.now()
    batch: Dict[str, Any] = {
        "id": fake.new_id("batch_"),
        "object": "batch",
        "endpoint": body["endpoint"],
        "errors": None,
        "input_file_id": input_file_id,
        "completion_window": body["completion_window"],
        "status": "validating",
        "output_file_id": None,
        "error_file_id": None,
        "created_at": created,
        "in_progress_at": None,
        "expires_at": created + 86400,
        "finalizing_at": None,
        "completed_at": None,
        "failed_at": None,
        "expired_at": None,
        "cancelling_at": None,
        "cancelled_at": None,
        "request_counts": {"total": 0, "completed": 0, "failed": 0},
        "metadata": body.get("metadata"),
    }
    batches(fake).add(batch)
    if start_progress(fake, batch["id"], "batch_steps") == 0:
        _validate(fake, batch)
        if batch["status"] == "in_progress":
            _run(fake, batch)
    return batch


@ROUTES.route("GET", "/batches")
def list_batches(fake: FakeCore, request: FakeRequest) -> Dict[str, Any]:
    return read_page(batches(fake), request, lambda batch: _read(fake, batch))


@ROUTES.route("GET", "/batches/{batch_id}")
def retrieve(fake: FakeCore, request: FakeRequest, batch_id: str) -> Any:
    batch = _read(fake, batches(fake).get(batch_id))
    return polled(batch, batch["status"] not in _DONE)


@ROUTES.route("POST", "/batches/{batch_id}/cancel")
def cancel(fake: FakeCore, request: FakeRequest, batch_id: str) -> Dict[str, Any]:
    batch = batches(fake).get(batch_id)
    if batch["status"] in _DONE:
        raise APIErrorReply(409, f"Cannot cancel a batch with status '{batch['status']}'.", param="batch_id")
    stop_progress(fake, batch_id)
    if batch["status"] != "cancelling":
        batch.update(status="cancelling", cancelling_at=fake.now())
    return batch
