"""`client.batches.run(...)`: many requests through the Batch API, results back in input order.

    results = client.batches.run(
        [{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": q}]} for q in questions],
        endpoint="/v1/chat/completions",
    )
    for result in results:          # a ChatCompletion, or a BatchRequestError for that request
        ...

What a run does, written once as the generator `_run_flow`, which asks for I/O by yielding `_Op`s
that `run_sync` / `run_async` carry out (blocking or awaited; the logic never exists twice):

1. Submit: the requests become JSONL lines (`custom_id` "request-<index in the input>"), cut into
   parts that respect the Batch API's limits (50,000 requests and 200 MB per file); each part is
   uploaded (`purpose="batch"`) and started as a batch. The batch's metadata names the run and the
   part's range of the input, so a run can be found and put back in order from its batch ids.
2. Poll: every unfinished batch is read each `poll_interval` seconds (by default as often as the
   server's `openai-poll-after-ms` hint says, else every 10 s), and the progress display
   (tqdm when it is installed, a plain line on stderr otherwise) shows the requests done.
3. Collect: the output and error files are downloaded and each line parsed (into the endpoint's
   model, or a `BatchRequestError`); requests a batch never ran (it failed validation, expired or
   was cancelled) get a `BatchRequestError` saying so.

Resuming: with `state_file=`, the run's parts (file and batch ids) are written there as soon as
they exist, atomically; running again with the same file (and the same requests, if some parts
were not submitted yet) submits only what is missing and picks up polling. `batch_ids=` resumes
from the ids alone. The results themselves stay in the batches' output files, so an interrupted
run loses none of them.
"""

from __future__ import annotations

import json
import os
import sys
import time
import uuid
from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    Dict,
    Generator,
    Generic,
    Iterable,
    Iterator,
    List,
    Mapping,
    Optional,
    Sequence,
    Tuple,
    TypeVar,
    Union,
)

from typing_extensions import TypedDict, Unpack

from .._exceptions import OpenAIError

if TYPE_CHECKING:
    from .._client import AsyncOpenAI, OpenAI
    from ..types.batch import Batch

__all__ = [
    "BatchRequestError",
    "BatchRunResults",
    "BatchRunState",
    "BatchRunOptions",
    "MAX_REQUESTS_PER_BATCH",
    "MAX_BYTES_PER_BATCH",
    "run_sync",
    "run_async",
]

_T = TypeVar("_T")

# Seconds between polls when neither the caller nor the server says.
DEFAULT_POLL_INTERVAL = 10.0
# The Batch API's limits for one input file.
MAX_REQUESTS_PER_BATCH = 50_000
MAX_BYTES_PER_BATCH = 200 * 1024 * 1024

_DONE = frozenset({"completed", "failed", "expired", "cancelled"})
_ID_PREFIX = "request-"
_RUN_KEY = "openai_batch_run"  # metadata: the run's id
_RANGE_KEY = "openai_batch_run_range"  # metadata: "<first index>-<count>" of the part
_STATE_VERSION = 1

# The endpoints a run parses the results of, and their models (module, class).
_MODELS = {
    "/v1/chat/completions": ("openai.types.chat.chat_completion", "ChatCompletion"),
    "/v1/responses": ("openai.types.responses.response", "Response"),
    "/v1/embeddings": ("openai.types.create_embedding_response", "CreateEmbeddingResponse"),
    "/v1/completions": ("openai.types.completion", "Completion"),
}


class BatchRequestError(OpenAIError):
    """One request of a batch run that did not succeed: it is in the results in the request's
    place (raise it, or read it). `status_code` is the HTTP status the request got inside the
    batch (None when it never ran: the batch failed validation, expired or was cancelled)."""

    index: int
    custom_id: str
    status_code: Optional[int]
    code: Optional[str]
    message: str
    body: object
    request_id: Optional[str]
    batch_id: Optional[str]

    def __init__(
        self,
        message: str,
        *,
        index: int,
        custom_id: str,
        status_code: Optional[int] = None,
        code: Optional[str] = None,
        body: object = None,
        request_id: Optional[str] = None,
        batch_id: Optional[str] = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.index = index
        self.custom_id = custom_id
        self.status_code = status_code
        self.code = code
        self.body = body
        self.request_id = request_id
        self.batch_id = batch_id

    def __reduce__(self) -> Any:
        # Pickled by its fields (results lists get cached and sent between processes); the
        # default would call `__init__` with the message alone.
        fields = {name: getattr(self, name) for name in ("index", "custom_id", "status_code", "code", "body")}
        fields.update(request_id=self.request_id, batch_id=self.batch_id)
        return (_rebuild_error, (self.message, fields))

    def __repr__(self) -> str:
        return (
            f"BatchRequestError(index={self.index}, status_code={self.status_code!r}, code={self.code!r}, "
            f"message={self.message!r})"
        )


def _rebuild_error(message: str, fields: Dict[str, Any]) -> BatchRequestError:
    return BatchRequestError(message, **fields)


class BatchRunResults(List[Union[_T, BatchRequestError]], Generic[_T]):
    """The results of a run, one per request in input order: the parsed response, or a
    `BatchRequestError`. Also: `batches` (the final state of each batch) and `errors`."""

    batches: List["Batch"]

    def __init__(self, results: Iterable[Union[_T, BatchRequestError]] = (), batches: Sequence["Batch"] = ()) -> None:
        super().__init__(results)
        self.batches = list(batches)

    @property
    def batch_ids(self) -> List[str]:
        return [batch.id for batch in self.batches]

    @property
    def errors(self) -> List[BatchRequestError]:
        """The requests that failed, in input order."""
        return [item for item in self if isinstance(item, BatchRequestError)]

    @property
    def succeeded(self) -> List[_T]:
        """The parsed responses of the requests that succeeded, in input order."""
        return [item for item in self if not isinstance(item, BatchRequestError)]


class BatchRunOptions(TypedDict, total=False):
    """The keywords of `batches.run` besides `requests` and `endpoint`."""

    completion_window: str
    """The batches' completion window ("24h", the only one the API offers)."""
    metadata: Optional[Mapping[str, str]]
    """Metadata for every batch of the run (the run adds two keys of its own)."""
    progress: bool
    """Show progress on stderr (tqdm when installed); default True."""
    poll_interval: Optional[float]
    """Seconds between reads of the unfinished batches; by default the server's hint
    (`openai-poll-after-ms`), else 10."""
    state_file: Union[str, "os.PathLike[str]", None]
    """Where to keep the run's state, and resume it from if it exists."""
    batch_ids: Optional[Sequence[str]]
    """Resume the run these batches (started by `batches.run`) belong to, instead of submitting."""
    max_requests_per_batch: int
    """At most this many requests per batch (the API's limit, 50,000, by default)."""
    max_bytes_per_batch: int
    """At most this many bytes per input file (the API's limit, 200 MB, by default)."""


# ---- the run's state --------------------------------------------------------------------------------


class _Part:
    """One input file / batch: the range of the input it holds and what has been made of it."""

    __slots__ = ("start", "count", "file_id", "batch_id", "data")

    def __init__(self, start: int, count: int, file_id: Optional[str] = None, batch_id: Optional[str] = None) -> None:
        self.start = start
        self.count = count
        self.file_id = file_id
        self.batch_id = batch_id
        self.data: Optional[bytes] = None  # the JSONL, while it is being submitted

    def to_json(self) -> Dict[str, Any]:
        return {"start": self.start, "count": self.count, "file_id": self.file_id, "batch_id": self.batch_id}


class BatchRunState:
    """What a run has submitted (its parts' file and batch ids), kept in `path` (if any) after
    every change, written to a temporary file and renamed so a crash never leaves half a file."""

    def __init__(
        self,
        *,
        run_id: str,
        endpoint: str,
        completion_window: str,
        path: Optional[str] = None,
        parts: Optional[List[_Part]] = None,
        submitted: bool = False,
    ) -> None:
        self.run_id = run_id
        self.endpoint = endpoint
        self.completion_window = completion_window
        self.path = path
        self.parts: List[_Part] = parts or []
        self.submitted = submitted  # every request is in a part that has a batch

    @classmethod
    def load(cls, path: str) -> "BatchRunState":
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        if not isinstance(data, dict) or data.get("version") != _STATE_VERSION:
            raise ValueError(f"{path} is not a batch run state file (version {_STATE_VERSION})")
        parts = [_Part(p["start"], p["count"], p.get("file_id"), p.get("batch_id")) for p in data["parts"]]
        return cls(
            run_id=data["run_id"],
            endpoint=data["endpoint"],
            completion_window=data["completion_window"],
            path=path,
            parts=parts,
            submitted=bool(data.get("submitted")),
        )

    def save(self) -> None:
        if self.path is None:
            return
        data = {
            "version": _STATE_VERSION,
            "run_id": self.run_id,
            "endpoint": self.endpoint,
            "completion_window": self.completion_window,
            "submitted": self.submitted,
            "parts": [part.to_json() for part in self.parts],
        }
        temporary = f"{self.path}.tmp"
        with open(temporary, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=1)
        os.replace(temporary, self.path)

    @property
    def total(self) -> int:
        return sum(part.count for part in self.parts)


# ---- building the input files --------------------------------------------------------------------------


def _body(request: Mapping[str, Any], index: int) -> Dict[str, Any]:
    from .._request import to_json_ready

    if not isinstance(request, Mapping):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError(f"request {index}: expected a dict of the endpoint's parameters, got {type(request).__name__}")
    body = to_json_ready(request)
    if body.get("stream"):
        raise ValueError(f"request {index}: the Batch API does not stream; remove `stream=True`")
    return body  # type: ignore[no-any-return]


def _line(index: int, endpoint: str, request: Mapping[str, Any]) -> bytes:
    line = {"custom_id": f"{_ID_PREFIX}{index}", "method": "POST", "url": endpoint, "body": _body(request, index)}
    return json.dumps(line, separators=(",", ":"), ensure_ascii=False).encode("utf-8") + b"\n"


def _cut(requests: Iterable[Mapping[str, Any]], endpoint: str, max_requests: int, max_bytes: int) -> Iterator[_Part]:
    """The requests as parts, built one at a time (a run holds one input file in memory)."""
    lines: List[bytes] = []
    size = 0
    start = 0
    for index, request in enumerate(requests):
        line = _line(index, endpoint, request)
        if len(line) > max_bytes:
            raise ValueError(f"request {index} is {len(line)} bytes as a JSONL line, over the {max_bytes} of a batch")
        if lines and (len(lines) >= max_requests or size + len(line) > max_bytes):
            part = _Part(start, len(lines))
            part.data = b"".join(lines)
            yield part
            start, lines, size = index, [], 0
        lines.append(line)
        size += len(line)
    if lines:
        part = _Part(start, len(lines))
        part.data = b"".join(lines)
        yield part


# ---- progress -------------------------------------------------------------------------------------------


class _Progress:
    """Requests done out of the total: a tqdm bar when tqdm is installed, else one line on stderr
    (rewritten in place on a terminal; a new line per change elsewhere, at most every 5 s)."""

    def __init__(self, enabled: bool, total: int) -> None:
        self._bar: Any = None
        self._enabled = enabled
        self._total = total
        self._line = ""  # the latest state, as a line
        self._printed = ""  # the latest line written
        self._last_print = float("-inf")
        if not enabled:
            return
        try:
            from tqdm.auto import tqdm  # type: ignore[import-untyped, import-not-found, unused-ignore]  # pyright: ignore[reportMissingModuleSource, reportMissingImports]
        except ImportError:
            return
        self._bar = tqdm(total=total, unit="req", desc="batch")

    def update(self, done: int, failed: int, batches: Mapping[str, "Batch"]) -> None:
        if not self._enabled:
            return
        statuses: Dict[str, int] = {}
        for batch in batches.values():
            statuses[batch.status] = statuses.get(batch.status, 0) + 1
        summary = ", ".join(f"{n} {status}" for status, n in sorted(statuses.items()))
        if self._bar is not None:
            self._bar.total = max(self._total, done)
            self._bar.update(done - self._bar.n)
            self._bar.set_postfix_str(f"failed={failed} batches: {summary}", refresh=True)
            return
        self._line = f"batch: {done}/{self._total} requests done, {failed} failed ({summary})"
        now = time.monotonic()
        if sys.stderr.isatty() or done >= self._total or now - self._last_print >= 5.0:
            self._write()
            self._last_print = now

    def _write(self) -> None:
        line = self._line
        if line == self._printed:
            return
        stream = sys.stderr
        if stream.isatty():  # rewrite the line in place (padded over a longer previous one)
            stream.write("\r" + line.ljust(len(self._printed)))
        else:
            stream.write(line + "\n")
        stream.flush()
        self._printed = line

    def set_total(self, total: int) -> None:
        self._total = total
        if self._bar is not None:
            self._bar.total = total
            self._bar.refresh()

    def close(self) -> None:
        if not self._enabled:
            return
        if self._bar is not None:
            self._bar.close()
            return
        self._write()  # the latest state, if a pause kept it back
        if sys.stderr.isatty() and self._printed:
            sys.stderr.write("\n")
            sys.stderr.flush()


# ---- the flow ------------------------------------------------------------------------------------------


class _Op:
    """An I/O step the flow asks its driver for; `kind` names it, `args` are its arguments."""

    __slots__ = ("kind", "args")

    def __init__(self, kind: str, *args: Any) -> None:
        self.kind = kind
        self.args = args


_Flow = Generator[_Op, Any, "BatchRunResults[Any]"]


def _model(endpoint: str) -> Any:
    import importlib

    module, name = _MODELS[endpoint]
    return getattr(importlib.import_module(module), name)


def _index_of(custom_id: object) -> Optional[int]:
    if isinstance(custom_id, str) and custom_id.startswith(_ID_PREFIX):
        try:
            return int(custom_id[len(_ID_PREFIX) :])
        except ValueError:
            return None
    return None


def _range_of(batch: "Batch") -> Optional[_Part]:
    """The part a batch of a run holds, from its metadata."""
    metadata = batch.metadata or {}
    text = metadata.get(_RANGE_KEY)
    if not text:
        return None
    try:
        start, count = (int(n) for n in text.split("-"))
    except ValueError:
        return None
    return _Part(start, count, batch.input_file_id, batch.id)


def _error_from_line(row: Mapping[str, Any], index: int, batch_id: str) -> BatchRequestError:
    custom_id = str(row.get("custom_id"))
    response = row.get("response") or {}
    error = row.get("error")
    if isinstance(error, Mapping):  # the request never got an answer
        return BatchRequestError(
            str(error.get("message") or "The request failed."),  # pyright: ignore[reportUnknownArgumentType]
            index=index,
            custom_id=custom_id,
            code=error.get("code"),  # pyright: ignore[reportUnknownArgumentType]
            body=error,
            batch_id=batch_id,
        )
    body = response.get("body")
    status = response.get("status_code")
    detail = body.get("error") if isinstance(body, Mapping) else None
    if isinstance(detail, Mapping):
        message = str(detail.get("message") or f"Error code: {status}")  # pyright: ignore[reportUnknownArgumentType]
        code = detail.get("code")  # pyright: ignore[reportUnknownVariableType]
    else:
        message, code = f"Error code: {status} - {body}", None
    return BatchRequestError(
        message,
        index=index,
        custom_id=custom_id,
        status_code=status if isinstance(status, int) else None,
        code=code if isinstance(code, str) else None,
        body=body,
        request_id=response.get("request_id"),
        batch_id=batch_id,
    )


def _never_ran(batch: "Batch", index: int) -> BatchRequestError:
    """The error of a request that its batch did not run (or whose result is missing)."""
    if batch.status == "failed":
        errors = batch.errors.data if batch.errors is not None and batch.errors.data else []
        message = "; ".join(e.message or e.code or "" for e in errors) or "The batch failed."
        code = next((e.code for e in errors if e.code), "batch_failed")
    elif batch.status in ("expired", "cancelled"):
        message, code = f"The batch {batch.status} before this request ran.", f"batch_{batch.status}"
    else:
        message, code = "The batch has no result for this request.", "missing_result"
    return BatchRequestError(message, index=index, custom_id=f"{_ID_PREFIX}{index}", code=code, batch_id=batch.id)


def _collect(results: Dict[int, Any], content: bytes, model: Any, batch_id: str, parse: Any) -> None:
    for raw in content.splitlines():
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
        except ValueError:
            continue  # a damaged line: its request shows up as missing
        index = _index_of(row.get("custom_id")) if isinstance(row, dict) else None
        if index is None:
            continue
        response = row.get("response") or {}
        status = response.get("status_code")
        if row.get("error") is None and isinstance(status, int) and 200 <= status < 300:
            results[index] = parse(model, response.get("body"))
        else:
            results[index] = _error_from_line(row, index, batch_id)


def _progress_counts(batches: Mapping[str, "Batch"]) -> "tuple[int, int]":
    done = failed = 0
    for batch in batches.values():
        counts = batch.request_counts
        if counts is not None:
            done += counts.completed + counts.failed
            failed += counts.failed
    return done, failed


def _run_flow(
    state: BatchRunState,
    requests: Optional[Iterable[Mapping[str, Any]]],
    *,
    metadata: Optional[Mapping[str, str]],
    poll_interval: Optional[float],
    progress: bool,
    max_requests: int,
    max_bytes: int,
    known: Optional[Dict[str, "Batch"]] = None,
) -> _Flow:
    model = _model(state.endpoint)
    from .._models import parse_obj

    def parse(cls: Any, body: Any) -> Any:
        return parse_obj(cls, body, strict=False)

    batches: Dict[str, "Batch"] = dict(known or {})
    display = _Progress(progress, state.total)
    try:
        # 1. Submit what is not submitted yet.
        if not state.submitted:
            # Parts whose batch was created but not recorded (a crash in between): find them.
            if any(part.batch_id is None and part.file_id is not None for part in state.parts):
                found: List["Batch"] = yield _Op("find", state.run_id)
                by_file = {batch.input_file_id: batch for batch in found}
                for part in state.parts:
                    if part.batch_id is None and part.file_id in by_file:
                        part.batch_id = by_file[part.file_id].id
                state.save()
            if requests is None:
                raise ValueError(
                    "this run was interrupted before all of its requests were submitted: "
                    "pass the same `requests` again to submit the rest"
                )
            recorded_parts = list(state.parts)
            parts: List[_Part] = []
            for position, part in enumerate(_cut(requests, state.endpoint, max_requests, max_bytes)):
                if position < len(recorded_parts):
                    recorded = recorded_parts[position]
                    if (recorded.start, recorded.count) != (part.start, part.count):
                        raise ValueError(
                            "the requests differ from those of the run in the state file "
                            f"(part {position}: {part.start}+{part.count}, recorded {recorded.start}+{recorded.count})"
                        )
                    recorded.data = part.data
                    part = recorded
                else:
                    state.parts.append(part)
                parts.append(part)
                display.set_total(max(state.total, part.start + part.count))
                if part.batch_id is None:
                    if part.file_id is None:
                        name = f"batch-{state.run_id}-{position}.jsonl"
                        uploaded = yield _Op("upload", name, part.data)
                        part.file_id = uploaded.id
                        state.save()
                    tags = {**(metadata or {}), _RUN_KEY: state.run_id, _RANGE_KEY: f"{part.start}-{part.count}"}
                    batch = yield _Op("create", part.file_id, state.endpoint, state.completion_window, tags)
                    part.batch_id = batch.id
                    batches[batch.id] = batch
                    state.save()
                part.data = None  # submitted: the memory can go
            if len(parts) < len(recorded_parts):
                raise ValueError("the requests differ from those of the run in the state file (fewer requests)")
            state.submitted = True
            state.save()
        display.set_total(state.total)

        # 2. Poll until every batch is done.
        while True:
            hint: Optional[float] = None  # the server's `openai-poll-after-ms`, in seconds
            for part in state.parts:
                assert part.batch_id is not None
                current = batches.get(part.batch_id)
                if current is None or current.status not in _DONE:
                    batches[part.batch_id], after = yield _Op("retrieve", part.batch_id)
                    if after is not None:
                        hint = after if hint is None else min(hint, after)
            done, failed = _progress_counts(batches)
            display.update(done, failed, batches)
            if all(batch.status in _DONE for batch in batches.values()):
                break
            pause = poll_interval if poll_interval is not None else hint if hint is not None else DEFAULT_POLL_INTERVAL
            if pause > 0:
                yield _Op("sleep", pause)

        # 3. Download and put the results in order.
        results: Dict[int, Any] = {}
        for part in state.parts:
            batch = batches[part.batch_id or ""]
            for file_id in (batch.output_file_id, batch.error_file_id):
                if file_id:
                    content = yield _Op("content", file_id)
                    _collect(results, content, model, batch.id, parse)
            for index in range(part.start, part.start + part.count):
                if index not in results:
                    results[index] = _never_ran(batch, index)
        # Every part filled its whole range; resumed from some of a run's batch ids, the
        # ranges they hold (in input order).
        ordered = [results[index] for index in sorted(results)]
        return BatchRunResults(ordered, [batches[part.batch_id or ""] for part in state.parts])
    finally:
        display.close()


# ---- setting a run up --------------------------------------------------------------------------------


def _state_for(
    *,
    endpoint: str,
    completion_window: str,
    state_file: Union[str, "os.PathLike[str]", None],
    has_requests: bool,
    batch_ids: Optional[Sequence[str]],
) -> "tuple[BatchRunState, bool]":
    """The run's state, and whether its batches must first be read to learn their parts."""
    if endpoint not in _MODELS:
        raise ValueError(f"`endpoint` must be one of {', '.join(_MODELS)}; got {endpoint!r}")
    path = os.fspath(state_file) if state_file is not None else None
    if batch_ids is not None:
        if has_requests:
            raise ValueError("pass `requests` or `batch_ids`, not both")
        if isinstance(batch_ids, str):
            raise TypeError("`batch_ids` must be a list of batch ids, not a string")
        if not batch_ids:
            raise ValueError("`batch_ids` is empty")
        state = BatchRunState(run_id="", endpoint=endpoint, completion_window=completion_window, path=path)
        state.parts = [_Part(0, 0, None, batch_id) for batch_id in batch_ids]
        state.submitted = True
        return state, True
    if path is not None and os.path.exists(path):
        state = BatchRunState.load(path)
        if state.endpoint != endpoint:
            raise ValueError(f"the run in {path} is for {state.endpoint}, not {endpoint}")
        return state, False
    if not has_requests:
        raise ValueError("pass the `requests` to run (or `batch_ids` / an existing `state_file` to resume a run)")
    state = BatchRunState(
        run_id=uuid.uuid4().hex[:16], endpoint=endpoint, completion_window=completion_window, path=path
    )
    return state, False


def _learn_parts(state: BatchRunState, batches: List["Batch"]) -> Dict[str, "Batch"]:
    """Fill in the parts of a run resumed from batch ids, from the batches' metadata."""
    known: Dict[str, "Batch"] = {}
    parts: List[_Part] = []
    for batch in batches:
        if batch.endpoint != state.endpoint:
            raise ValueError(f"batch {batch.id} is for {batch.endpoint}, not {state.endpoint}")
        part = _range_of(batch)
        if part is None:
            raise ValueError(f"batch {batch.id} was not started by `batches.run`: its results cannot be put in order")
        parts.append(part)
        known[batch.id] = batch
    state.parts = parts
    return known


def _check_limits(max_requests: int, max_bytes: int, poll_interval: Optional[float]) -> None:
    if not 1 <= max_requests <= MAX_REQUESTS_PER_BATCH:
        raise ValueError(f"`max_requests_per_batch` must be between 1 and {MAX_REQUESTS_PER_BATCH}")
    if not 1 <= max_bytes <= MAX_BYTES_PER_BATCH:
        raise ValueError(f"`max_bytes_per_batch` must be between 1 and {MAX_BYTES_PER_BATCH}")
    if poll_interval is not None and poll_interval < 0:
        raise ValueError("`poll_interval` must not be negative")


def _poll_after(headers: Mapping[str, str]) -> Optional[float]:
    """The server's hint of when to look again (`openai-poll-after-ms`), in seconds."""
    value = headers.get("openai-poll-after-ms")
    if value is None:
        return None
    try:
        seconds = float(value) / 1000
    except ValueError:
        return None
    return seconds if 0 <= seconds < 3600 else None


# ---- the drivers -------------------------------------------------------------------------------------


def _find_sync(client: "OpenAI", run_id: str) -> List["Batch"]:
    found: List["Batch"] = []
    for seen, batch in enumerate(client.batches.list(limit=100)):
        if (batch.metadata or {}).get(_RUN_KEY) == run_id:
            found.append(batch)
        if seen >= 1000:  # a run's batches are recent
            break
    return found


def _setup_flow(
    requests: Optional[Iterable[Mapping[str, Any]]],
    *,
    endpoint: str,
    completion_window: str = "24h",
    metadata: Optional[Mapping[str, str]] = None,
    progress: bool = True,
    poll_interval: Optional[float] = None,
    state_file: Union[str, "os.PathLike[str]", None] = None,
    batch_ids: Optional[Sequence[str]] = None,
    max_requests_per_batch: int = MAX_REQUESTS_PER_BATCH,
    max_bytes_per_batch: int = MAX_BYTES_PER_BATCH,
) -> _Flow:
    """The whole run, setup included, as one flow, so that both drivers only carry out its `_Op`s."""
    _check_limits(max_requests_per_batch, max_bytes_per_batch, poll_interval)
    state, learn = _state_for(
        endpoint=endpoint,
        completion_window=completion_window,
        state_file=state_file,
        has_requests=requests is not None,
        batch_ids=batch_ids,
    )
    known = None
    if learn:
        batches: List["Batch"] = []
        for part in state.parts:
            batches.append((yield _Op("get", part.batch_id or "")))
        known = _learn_parts(state, batches)
        state.save()
    return (
        yield from _run_flow(
            state,
            requests,
            metadata=metadata,
            poll_interval=poll_interval,
            progress=progress,
            max_requests=max_requests_per_batch,
            max_bytes=max_bytes_per_batch,
            known=known,
        )
    )


def _call(
    client: Union["OpenAI", "AsyncOpenAI"], op: _Op, find: Callable[[Any, str], Any]
) -> Tuple[Any, Callable[[Any], Any]]:
    """The client call an `_Op` stands for (awaitable with the async client) and what turns its
    result into the flow's answer: listed once for both drivers, which only block or await."""
    kind, args = op.kind, op.args
    if kind == "get":
        return client.batches.retrieve(args[0]), _as_is
    if kind == "upload":
        return client.files.create(file=(args[0], args[1], "application/jsonl"), purpose="batch"), _as_is
    if kind == "create":
        batch = client.batches.create(
            input_file_id=args[0], endpoint=args[1], completion_window=args[2], metadata=args[3]
        )
        return batch, _as_is
    if kind == "retrieve":
        return client.batches.with_raw_response.retrieve(args[0]), _with_poll_hint
    if kind == "content":
        return client.files.content(args[0]), _content_of
    if kind == "sleep":
        return client._sleep(args[0]), _as_is
    return find(client, args[0]), _as_is


def _as_is(result: Any) -> Any:
    """The call's result is the answer itself."""
    return result


def _with_poll_hint(raw: Any) -> Any:
    """A raw retrieve answers with the batch and the server's hint of when to poll again."""
    return (raw.parse(), _poll_after(raw.headers))


def _content_of(response: Any) -> Any:
    """A file download answers with its bytes."""
    return response.content


def _do_sync(client: "OpenAI", op: _Op) -> Any:
    """Carry out one `_Op` of the flow, blocking."""
    pending, finish = _call(client, op, _find_sync)
    return finish(pending)


def run_sync(
    client: "OpenAI",
    requests: Optional[Iterable[Mapping[str, Any]]],
    *,
    endpoint: str,
    **options: Unpack[BatchRunOptions],
) -> "BatchRunResults[Any]":
    flow = _setup_flow(requests, endpoint=endpoint, **options)
    try:
        op = next(flow)
        while True:
            op = flow.send(_do_sync(client, op))
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]
    finally:
        flow.close()


async def _find_async(client: "AsyncOpenAI", run_id: str) -> List["Batch"]:
    found: List["Batch"] = []
    seen = 0
    async for batch in client.batches.list(limit=100):
        if (batch.metadata or {}).get(_RUN_KEY) == run_id:
            found.append(batch)
        seen += 1
        if seen > 1000:
            break
    return found


async def _do_async(client: "AsyncOpenAI", op: _Op) -> Any:
    """Carry out one `_Op` of the flow, awaited."""
    pending, finish = _call(client, op, _find_async)
    return finish(await pending)


async def run_async(
    client: "AsyncOpenAI",
    requests: Optional[Iterable[Mapping[str, Any]]],
    *,
    endpoint: str,
    **options: Unpack[BatchRunOptions],
) -> "BatchRunResults[Any]":
    flow = _setup_flow(requests, endpoint=endpoint, **options)
    try:
        op = next(flow)
        while True:
            op = flow.send(await _do_async(client, op))
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]
    finally:
        flow.close()
