"""/fine_tuning/jobs (+ events, checkpoints) and /fine_tuning/checkpoints/{name}/permissions.

A job is created `validating_files`, is `running` after its first read and `succeeded` on its
`fine_tuning_steps`-th read (see `_common`); a paused job does not move. Success writes a
checkpoint per epoch, a results file, the events a real job logs, and registers the
`fine_tuned_model` in the `models` store, so `GET /models/{id}` finds it.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List

import httpx

from .._core import ROUTES, APIErrorReply, FakeCore, FakeRequest, Store, list_of, not_found
from ._common import advance, body_of, deleted, polled, read_page, require, start_progress, stop_progress
from .files import create_file, files

ORGANIZATION = "org-fake"
_DONE = ("succeeded", "failed", "cancelled")
_AUTO = {"batch_size": "auto", "learning_rate_multiplier": "auto", "n_epochs": "auto"}
_RESOLVED = {"batch_size": 1, "learning_rate_multiplier": 1.8, "n_epochs": 3}


def jobs(fake: FakeCore) -> Store:
    return fake.store("fine_tuning_jobs", "fine-tuning job")


def _events(fake: FakeCore, job_id: str) -> Store:
    return fake.store(f"fine_tuning_events:{job_id}", "event")


def _checkpoints(fake: FakeCore, job_id: str) -> Store:
    return fake.store(f"fine_tuning_checkpoints:{job_id}", "checkpoint")


def _log(fake: FakeCore, job: Dict[str, Any], message: str, level: str = "info") -> None:
    event = {
        "id": fake.new_id("ftevent-"),
        "object": "fine_tuning.job.event",
        "created_at": fake.now(),
        "level": level,
        "message": message,
        "data": {},
        "type": "message",
    }
    _events(fake, job["id"]).add(event)


def _check_file(fake: FakeCore, body: Dict[str, Any], name: str) -> None:
    file_id = body.get(name)
    if file_id is not None and file_id not in files(fake):
        raise APIErrorReply(400, f"invalid {name}: {file_id}", param=name, code="invalid_file")


# -- progress ------------------------------------------------------------------------------


def _start(fake: FakeCore, job: Dict[str, Any]) -> None:
    _log(fake, job, f"Validating training file: {job['training_file']}")
    _log(fake, job, "Files validated, moving job to queued state")
    hyperparameters = {
        key: _RESOLVED[key] if value == "auto" else value for key, value in job["hyperparameters"].items()
    }
    job.update(status="running", hyperparameters=hyperparameters)
    _log(fake, job, "Fine-tuning job started")


def _succeed(fake: FakeCore, job: Dict[str, Any]) -> None:
    suffix = job.pop("_suffix", None) or ""
    model = f"ft:{job['model']}:{ORGANIZATION}:{suffix}:{job['id'][-8:]}"
    epochs = int(job["hyperparameters"].get("n_epochs") or 3)
    for step in range(1, epochs + 1):
        loss = round(1.0 / (step + 1), 4)
        metrics = {
            "step": float(step),
            "train_loss": loss,
            "train_mean_token_accuracy": round(1 - loss / 2, 4),
            "valid_loss": loss,
            "valid_mean_token_accuracy": round(1 - loss / 2, 4),
            "full_valid_loss": loss,
            "full_valid_mean_token_accuracy": round(1 - loss / 2, 4),
        }
        _log(fake, job, f"Step {step}/{epochs}: training loss={loss}")
        checkpoint = model if step == epochs else f"{model}:ckpt-step-{step}"
        _checkpoints(fake, job["id"]).add(
            {
                "id": fake.new_id("ftckpt_"),
                "object": "fine_tuning.job.checkpoint",
                "created_at": fake.now(),
                "fine_tuned_model_checkpoint": checkpoint,
                "fine_tuning_job_id": job["id"],
                "metrics": metrics,
                "step_number": step,
            }
        )
    csv = "step,train_loss\n" + "".join(f"{step},{round(1.0 / (step + 1), 4)}\n" for step in range(1, epochs + 1))
    results = create_file(fake, "step_metrics.csv", csv.encode(), "fine-tune-results")
    fake.store("models", "model").add({"id": model, "object": "model", "created": fake.now(), "owned_by": ORGANIZATION})
    _log(fake, job, f"New fine-tuned model created: {model}")
    job.update(
        status="succeeded",
        fine_tuned_model=model,
        finished_at=fake.now(),
        result_files=[results["id"]],
        trained_tokens=job.pop("_tokens", 0) * epochs,
    )
    _log(fake, job, "The job has successfully completed")


def _read(fake: FakeCore, job: Dict[str, Any]) -> Dict[str, Any]:
    """One read: a validating job starts running, and succeeds on its last read."""
    if job["status"] == "paused":
        return job
    left = advance(fake, job["id"])
    if left is None:
        return job
    if job["status"] == "validating_files":
        _start(fake, job)
    if left == 0:
        _succeed(fake, job)
    return job


def _public(job: Dict[str, Any]) -> Dict[str, Any]:
    # The job keeps two private notes (suffix, token count) until it succeeds.
    return {key: value for key, value in job.items() if not key.startswith("_")}


# -- jobs ----------------------------------------------------------------------------------


@ROUTES.route("POST", "/fine_tuning/jobs")
def create(fake: FakeCore, request: FakeRequest) -> Dict[str, Any]:
    body = body_of(request)
    require(body, "model")
    require(body, "training_file")
    _check_file(fake, body, "training_file")
    _check_file(fake, body, "validation_file")
    suffix = body.get("suffix")
    if suffix is not None and len(suffix) > 64:
        raise APIErrorReply(400, "suffix must be at most 64 characters.", param="suffix")
    method = body.get("method") or {"type": "supervised", "supervised": {}}
    method_settings = method.get(method.get("type", "supervised")) or {}
    hyperparameters = {**_AUTO, **(method_settings.get("hyperparameters") or body.get("hyperparameters") or {})}
    job: Dict[str, Any] = {
        "id": fake.new_id("ftjob-"),
        "object": "fine_tuning.job",
        "created_at": fake.now(),
        "error": None,
        "fine_tuned_model": None,
        "finished_at": None,
        "hyperparameters": hyperparameters,
        "model": body["model"],
        "organization_id": ORGANIZATION,
        "result_files": [],
        "seed": body.get("seed", 42),
        "status": "validating_files",
        "trained_tokens": None,
        "training_file": body["training_file"],
        "validation_file": body.get("validation_file"),
        "estimated_finish": None,
        "integrations": body.get("integrations"),
        "metadata": body.get("metadata"),
        "method": method,
        "_suffix": suffix,
        "_tokens": files(fake).get(body["training_file"])["bytes"] // 4,  # about 4 bytes a token
    }
    jobs(fake).add(job)
    _log(fake, job, f"Created fine-tuning job: {job['id']}")
    if start_progress(fake, job["id"], "fine_tuning_steps") == 0:
        _start(fake, job)
        _succeed(fake, job)
    return _public(job)


def _metadata_filter(query: httpx.QueryParams) -> Dict[str, str]:
    """`metadata[key]=value` query parameters."""
    found: Dict[str, str] = {}
    for key, value in query.multi_items():
        match = re.fullmatch(r"metadata\[(.+)\]", key)
        if match:
            found[match.group(1)] = value
    return found


@ROUTES.route("GET", "/fine_tuning/jobs")
def list_jobs(fake: FakeCore, request: FakeRequest) -> Dict[str, Any]:
    wanted = _metadata_filter(request.query)
    rows = [job for job in jobs(fake) if all((job["metadata"] or {}).get(k) == v for k, v in wanted.items())]
    page = read_page(jobs(fake), request, lambda job: _read(fake, job), rows)
    page["data"] = [_public(job) for job in page["data"]]
    return page


@ROUTES.route("GET", "/fine_tuning/jobs/{job_id}")
def retrieve(fake: FakeCore, request: FakeRequest, job_id: str) -> Any:
    job = _read(fake, jobs(fake).get(job_id))
    return polled(_public(job), job["status"] not in _DONE + ("paused",))


def _change(fake: FakeCore, job_id: str, allowed: tuple, status: str, message: str) -> Dict[str, Any]:  # type: ignore[type-arg]
    job = jobs(fake).get(job_id)
    if job["status"] not in allowed:
        raise APIErrorReply(
            400, f"Job {job_id} has status '{job['status']}' and cannot be {message}.", param="fine_tuning_job_id"
        )
    job["status"] = status
    _log(fake, job, f"Fine-tuning job {message}")
    return job


@ROUTES.route("POST", "/fine_tuning/jobs/{job_id}/cancel")
def cancel(fake: FakeCore, request: FakeRequest, job_id: str) -> Dict[str, Any]:
    job = _change(fake, job_id, ("validating_files", "queued", "running", "paused"), "cancelled", "cancelled")
    stop_progress(fake, job_id)
    job["finished_at"] = fake.now()
    return _public(job)


@ROUTES.route("POST", "/fine_tuning/jobs/{job_id}/pause")
def pause(fake: FakeCore, request: FakeRequest, job_id: str) -> Dict[str, Any]:
    return _public(_change(fake, job_id, ("validating_files", "queued", "running"), "paused", "paused"))


@ROUTES.route("POST", "/fine_tuning/jobs/{job_id}/resume")
def resume(fake: FakeCore, request: FakeRequest, job_id: str) -> Dict[str, Any]:
    return _public(_change(fake, job_id, ("paused",), "running", "resumed"))


@ROUTES.route("GET", "/fine_tuning/jobs/{job_id}/events")
def list_events(fake: FakeCore, request: FakeRequest, job_id: str) -> Dict[str, Any]:
    jobs(fake).get(job_id)
    return _events(fake, job_id).page(request)


@ROUTES.route("GET", "/fine_tuning/jobs/{job_id}/checkpoints")
def list_checkpoints(fake: FakeCore, request: FakeRequest, job_id: str) -> Dict[str, Any]:
    jobs(fake).get(job_id)
    return _checkpoints(fake, job_id).page(request, default_limit=10)


# -- checkpoint permissions ----------------------------------------------------------------


def _permissions(fake: FakeCore, checkpoint: str) -> Store:
    known = checkpoint in fake.store("models", "model") or any(
        row["fine_tuned_model_checkpoint"] == checkpoint for job in jobs(fake) for row in _checkpoints(fake, job["id"])
    )
    if not known:
        raise not_found("checkpoint", checkpoint)
    return fake.store(f"checkpoint_permissions:{checkpoint}", "checkpoint permission")


@ROUTES.route("POST", "/fine_tuning/checkpoints/{checkpoint}/permissions")
def create_permissions(fake: FakeCore, request: FakeRequest, checkpoint: str) -> Dict[str, Any]:
    store = _permissions(fake, checkpoint)
    project_ids: List[str] = require(body_of(request), "project_ids")
    created = [
        store.add(
            {
                "id": fake.new_id("cp_"),
                "object": "checkpoint.permission",
                "created_at": fake.now(),
                "project_id": project,
            }
        )
        for project in project_ids
    ]
    return list_of(created)


@ROUTES.route("GET", "/fine_tuning/checkpoints/{checkpoint}/permissions")
def list_permissions(fake: FakeCore, request: FakeRequest, checkpoint: str) -> Dict[str, Any]:
    store = _permissions(fake, checkpoint)
    project = request.query.get("project_id")
    rows = [row for row in store if project is None or row["project_id"] == project]
    # This endpoint spells its orders out ("ascending" / "descending").
    order = {"ascending": "asc", "descending": "desc"}.get(request.query.get("order", "descending"), "desc")
    query = request.query.set("order", order)
    return store.page(
        FakeRequest(request.method, request.path, query, request.headers, None, b""), items=rows, default_limit=10
    )


@ROUTES.route("DELETE", "/fine_tuning/checkpoints/{checkpoint}/permissions/{permission_id}")
def delete_permission(fake: FakeCore, request: FakeRequest, checkpoint: str, permission_id: str) -> Dict[str, Any]:
    _permissions(fake, checkpoint).delete(permission_id)
    return deleted(permission_id, "checkpoint.permission")
