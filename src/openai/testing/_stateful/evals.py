"""/evals, their runs and the runs' output items.

A run is created `queued` and completes on its `eval_run_steps`-th read (see `_common`). Its rows
come from the data source (`file_content` rows, or a stored JSONL file by `file_id`); a row
without a `sample` gets one generated with `default_reply_text`. Grading is deterministic:
`string_check` criteria compare their rendered `input` and `reference` (`{{item.x}}`,
`{{sample.output_text}}`) with their `operation`; every other grader passes.
"""

from __future__ import annotations

import json
import re
from typing import Any, Dict, List, Tuple

from .._core import ROUTES, APIErrorReply, FakeCore, FakeRequest, Store, default_reply_text
from ._common import (
    advance,
    body_of,
    child,
    children,
    deleted,
    polled,
    read_page,
    require,
    start_progress,
    stop_progress,
    update,
)
from .files import file_content

_DONE = ("completed", "failed", "canceled")
_SCHEMA: Dict[str, Any] = {"type": "object", "properties": {}, "required": []}


def evals(fake: FakeCore) -> Store:
    return fake.store("evals", "eval")


def runs(fake: FakeCore) -> Store:
    return fake.store("eval_runs", "eval run")


def output_items(fake: FakeCore) -> Store:
    return fake.store("eval_output_items", "output item")


def _source_config(config: Dict[str, Any]) -> Dict[str, Any]:
    """The data source config as the API stores it: with the JSON schema of an item."""
    kind = config.get("type")
    if kind == "custom":
        properties = {"item": require(config, "item_schema")}
        if config.get("include_sample_schema"):
            properties["sample"] = {"type": "object"}
        return {"type": "custom", "schema": {"type": "object", "properties": properties, "required": list(properties)}}
    if kind in ("logs", "stored_completions"):
        return {"type": kind, "metadata": config.get("metadata"), "schema": _SCHEMA}
    raise APIErrorReply(400, f"Invalid data_source_config type: {kind!r}.", param="data_source_config.type")


@ROUTES.route("POST", "/evals")
def create(fake: FakeCore, request: FakeRequest) -> Dict[str, Any]:
    body = body_of(request)
    config = _source_config(require(body, "data_source_config"))
    criteria = require(body, "testing_criteria")
    evaluation = {
        "id": fake.new_id("eval_"),
        "object": "eval",
        "created_at": fake.now(),
        "name": body.get("name") or "",
        "data_source_config": config,
        "testing_criteria": criteria,
        "metadata": body.get("metadata"),
    }
    return evals(fake).add(evaluation)


@ROUTES.route("GET", "/evals")
def list_evals(fake: FakeCore, request: FakeRequest) -> Dict[str, Any]:
    return evals(fake).page(request, default_order="asc")


@ROUTES.route("GET", "/evals/{eval_id}")
def retrieve(fake: FakeCore, request: FakeRequest, eval_id: str) -> Dict[str, Any]:
    return evals(fake).get(eval_id)


@ROUTES.route("POST", "/evals/{eval_id}")
def modify(fake: FakeCore, request: FakeRequest, eval_id: str) -> Dict[str, Any]:
    return update(evals(fake).get(eval_id), body_of(request), ("name", "metadata"))


@ROUTES.route("DELETE", "/evals/{eval_id}")
def delete(fake: FakeCore, request: FakeRequest, eval_id: str) -> Dict[str, Any]:
    evals(fake).delete(eval_id)
    return deleted(eval_id, "eval.deleted", id_field="eval_id")


# -- grading -------------------------------------------------------------------------------


def _rows(fake: FakeCore, data_source: Dict[str, Any]) -> List[Dict[str, Any]]:
    source = data_source.get("source") or {}
    if source.get("type") == "file_content":
        return list(source.get("content") or [])
    if source.get("type") == "file_id":
        text = file_content(fake, require(source, "id")).decode("utf-8", errors="replace")
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    return []


def _render(template: Any, context: Dict[str, Any]) -> str:
    def lookup(match: "re.Match[str]") -> str:
        value: Any = context
        for key in match.group(1).split("."):
            value = value.get(key, "") if isinstance(value, dict) else ""
        return value if isinstance(value, str) else json.dumps(value)

    return re.sub(r"\{\{\s*([\w.]+)\s*\}\}", lookup, str(template))


def _grade(criterion: Dict[str, Any], context: Dict[str, Any]) -> bool:
    if criterion.get("type") != "string_check":
        return True
    given, reference = _render(criterion.get("input", ""), context), _render(criterion.get("reference", ""), context)
    operation = criterion.get("operation")
    if operation == "eq":
        return given == reference
    if operation == "ne":
        return given != reference
    if operation == "like":
        return reference in given
    return reference.lower() in given.lower()  # ilike


def _sample(row: Dict[str, Any], model: str) -> Tuple[Dict[str, Any], str]:
    """The row's sample (or one the fake generates) and its output text."""
    given = row.get("sample")
    if isinstance(given, dict):
        text = str(given.get("output_text") or "")
        return given, text
    item = row.get("item", row)
    text = default_reply_text(" ".join(str(value) for value in item.values()) if isinstance(item, dict) else str(item))
    words = len(text.split())
    sample = {
        "input": [{"role": "user", "content": json.dumps(item)}],
        "output": [{"role": "assistant", "content": text}],
        "finish_reason": "stop",
        "model": model,
        "usage": {"total_tokens": 10 + words, "completion_tokens": words, "prompt_tokens": 10, "cached_tokens": 0},
        "error": {"code": "", "message": ""},
        "temperature": 1.0,
        "max_completion_tokens": 2048,
        "top_p": 1.0,
        "seed": 42,
    }
    return sample, text


def _complete(fake: FakeCore, run: Dict[str, Any]) -> None:
    """Grade every row into an output item and fill in the run's counts."""
    criteria: List[Dict[str, Any]] = evals(fake).get(run["eval_id"])["testing_criteria"]
    tallies = {
        c.get("name", str(i)): {"testing_criteria": c.get("name", str(i)), "passed": 0, "failed": 0}
        for i, c in enumerate(criteria)
    }
    passed = failed = 0
    for index, row in enumerate(_rows(fake, run["data_source"])):
        sample, text = _sample(row, run["model"] or "gpt-4o-mini")
        context = {"item": row.get("item", row), "sample": {**sample, "output_text": text}}
        results = []
        for i, criterion in enumerate(criteria):
            name = criterion.get("name", str(i))
            ok = _grade(criterion, context)
            tallies[name]["passed" if ok else "failed"] += 1
            results.append(
                {"name": name, "type": criterion.get("type"), "passed": ok, "score": 1.0 if ok else 0.0, "sample": None}
            )
        verdict = all(result["passed"] for result in results)
        passed, failed = passed + verdict, failed + (not verdict)
        output_items(fake).add(
            {
                "id": fake.new_id("outputitem_"),
                "object": "eval.run.output_item",
                "created_at": fake.now(),
                "run_id": run["id"],
                "eval_id": run["eval_id"],
                "status": "pass" if verdict else "fail",
                "datasource_item_id": index,
                "datasource_item": row.get("item", row),
                "results": results,
                "sample": sample,
            }
        )
    run["result_counts"] = {"total": passed + failed, "passed": passed, "failed": failed, "errored": 0}
    run["per_testing_criteria_results"] = list(tallies.values())
    run["status"] = "completed"


def _read(fake: FakeCore, run: Dict[str, Any]) -> Dict[str, Any]:
    if advance(fake, run["id"]) == 0:
        _complete(fake, run)
    return run


# -- runs ----------------------------------------------------------------------------------


@ROUTES.route("POST", "/evals/{eval_id}/runs")
def create_run(fake: FakeCore, request: FakeRequest, eval_id: str) -> Dict[str, Any]:
    evals(fake).get(eval_id)
    body = body_of(request)
    data_source = require(body, "data_source")
    run_id = fake.new_id("evalrun_")
    run: Dict[str, Any] = {
        "id": run_id,
        "object": "eval.run",
        "created_at": fake.now(),
        "eval_id": eval_id,
        "name": body.get("name") or run_id,
        "status": "queued",
        "model": data_source.get("model"),
        "data_source": data_source,
        "metadata": body.get("metadata"),
        "error": {"code": "", "message": ""},
        "result_counts": {"total": 0, "passed": 0, "failed": 0, "errored": 0},
        "per_model_usage": [],
        "per_testing_criteria_results": [],
        "report_url": f"https://platform.openai.com/evaluations/{eval_id}?run_id={run_id}",
    }
    runs(fake).add(run)
    if start_progress(fake, run_id, "eval_run_steps") == 0:
        _complete(fake, run)
    return run


def _run(fake: FakeCore, eval_id: str, run_id: str) -> Dict[str, Any]:
    evals(fake).get(eval_id)
    return child(runs(fake), run_id, "eval_id", eval_id)


@ROUTES.route("GET", "/evals/{eval_id}/runs")
def list_runs(fake: FakeCore, request: FakeRequest, eval_id: str) -> Dict[str, Any]:
    evals(fake).get(eval_id)
    status = request.query.get("status")
    rows = [row for row in children(runs(fake), "eval_id", eval_id) if status is None or row["status"] == status]
    return read_page(runs(fake), request, lambda run: _read(fake, run), rows, default_order="asc")


@ROUTES.route("GET", "/evals/{eval_id}/runs/{run_id}")
def retrieve_run(fake: FakeCore, request: FakeRequest, eval_id: str, run_id: str) -> Any:
    run = _read(fake, _run(fake, eval_id, run_id))
    return polled(run, run["status"] not in _DONE)


@ROUTES.route("POST", "/evals/{eval_id}/runs/{run_id}")
def cancel_run(fake: FakeCore, request: FakeRequest, eval_id: str, run_id: str) -> Dict[str, Any]:
    run = _run(fake, eval_id, run_id)
    if run["status"] in _DONE:
        raise APIErrorReply(400, f"Cannot cancel a run with status '{run['status']}'.", param="run_id")
    stop_progress(fake, run_id)
    run["status"] = "canceled"
    return run


@ROUTES.route("DELETE", "/evals/{eval_id}/runs/{run_id}")
def delete_run(fake: FakeCore, request: FakeRequest, eval_id: str, run_id: str) -> Dict[str, Any]:
    _run(fake, eval_id, run_id)
    runs(fake).delete(run_id)
    stop_progress(fake, run_id)
    return deleted(run_id, "eval.run.deleted", id_field="run_id")


@ROUTES.route("GET", "/evals/{eval_id}/runs/{run_id}/output_items")
def list_output_items(fake: FakeCore, request: FakeRequest, eval_id: str, run_id: str) -> Dict[str, Any]:
    _run(fake, eval_id, run_id)
    status = request.query.get("status")
    rows = [row for row in children(output_items(fake), "run_id", run_id) if status is None or row["status"] == status]
    return output_items(fake).page(request, items=rows, default_order="asc")


@ROUTES.route("GET", "/evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}")
def retrieve_output_item(
    fake: FakeCore, request: FakeRequest, eval_id: str, run_id: str, output_item_id: str
) -> Dict[str, Any]:
    _run(fake, eval_id, run_id)
    return child(output_items(fake), output_item_id, "run_id", run_id)
