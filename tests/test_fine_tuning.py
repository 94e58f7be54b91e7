"""`fine_tuning.*` over respx, on the sync and the async client: what each method sends (verb, path,
query, JSON body) and returns, cursor pagination of jobs, the page that `permissions.create` answers
with, the grader unions, and bad arguments failing before anything is sent."""

from __future__ import annotations

from typing import Any, Dict

import pytest
import respx

from openai.pagination import AsyncCursorPage, AsyncPage, SyncCursorPage, SyncPage
from openai.types.fine_tuning import FineTuningJob, FineTuningJobEvent
from openai.types.fine_tuning.alpha import GraderRunResponse, GraderValidateResponse
from openai.types.fine_tuning.checkpoints import (
    PermissionCreateResponse,
    PermissionDeleteResponse,
    PermissionRetrieveResponse,
)
from openai.types.fine_tuning.jobs import FineTuningJobCheckpoint
from openai.types.graders import MultiGrader, PythonGrader, StringCheckGrader
from tests.utils.payloads import STRING_CHECK
from tests.utils.requests import (
    assert_follows_cursor,
    bad_arguments_test,
    case,
    collect,
    page_of,
    request_test,
    send,
)

from .utils import run

pytestmark = pytest.mark.anyio

CHECKPOINT = "ft:gpt-4o-mini-2024-07-18:acme::ckpt-step-10"
PYTHON = {"type": "python", "name": "py", "source": "def grade(sample, item):\n    return 1.0"}


def job_json(id: str = "ftjob-1", status: str = "running") -> Dict[str, Any]:
    return {
        "id": id,
        "object": "fine_tuning.job",
        "created_at": 1721764800,
        "model": "gpt-4o-mini-2024-07-18",
        "organization_id": "org-1",
        "result_files": [],
        "seed": 42,
        "status": status,
        "training_file": "file-train",
        "hyperparameters": {"n_epochs": "auto"},
    }


EVENT = {
    "id": "ftevent-1",
    "object": "fine_tuning.job.event",
    "created_at": 1721764800,
    "level": "info",
    "message": "Job started",
    "type": "message",
}
CHECKPOINT_JSON = {
    "id": "ftckpt-1",
    "object": "fine_tuning.job.checkpoint",
    "created_at": 1721764800,
    "fine_tuned_model_checkpoint": CHECKPOINT,
    "fine_tuning_job_id": "ftjob-1",
    "step_number": 10,
    "metrics": {"step": 10, "train_loss": 0.5},
}
PERMISSION = {"id": "cp-1", "object": "checkpoint.permission", "created_at": 1721764800, "project_id": "proj-1"}
NO_ERRORS = dict.fromkeys(
    [
        "formula_parse_error",
        "invalid_variable_error",
        "model_grader_parse_error",
        "model_grader_refusal_error",
        "model_grader_server_error",
        "other_error",
        "python_grader_runtime_error",
        "python_grader_server_error",
        "sample_parse_error",
        "truncated_observation_error",
        "unresponsive_reward_error",
    ],
    False,
)
RUN_RESULT = {
    "reward": 1.0,
    "sub_rewards": {},
    "model_grader_token_usage_per_model": {"gpt-4o-mini": 12},
    "metadata": {"name": "exact", "type": "string_check", "execution_time": 0.01, "scores": {}, "errors": NO_ERRORS},
}


# ----------------------------------------------------------------------------- fine_tuning


JOBS_PAGE = (SyncCursorPage, AsyncCursorPage)
ALL_CREATE_PARAMS: Dict[str, Any] = {
    "model": "gpt-4o-mini-2024-07-18",
    "training_file": "file-train",
    "hyperparameters": {"batch_size": "auto", "learning_rate_multiplier": 0.1, "n_epochs": 3},
    "integrations": [{"type": "wandb", "wandb": {"project": "ft", "tags": ["a"]}}],
    "metadata": {"team": "search"},
    "method": {"type": "supervised", "supervised": {"hyperparameters": {"n_epochs": 2}}},
    "seed": 7,
    "suffix": "acme",
    "validation_file": "file-valid",
}
CASES = [
    case(
        "jobs.create",
        lambda c: c.fine_tuning.jobs.create(model="gpt-4o-mini-2024-07-18", training_file="file-train"),
        "POST /v1/fine_tuning/jobs",
        {"model": "gpt-4o-mini-2024-07-18", "training_file": "file-train"},
        job_json(),
        FineTuningJob,
    ),
    case(
        "jobs.create-all-params",
        lambda c: c.fine_tuning.jobs.create(**ALL_CREATE_PARAMS),
        "POST /v1/fine_tuning/jobs",
        ALL_CREATE_PARAMS,
        job_json(),
        FineTuningJob,
    ),
    case(
        "jobs.retrieve",
        lambda c: c.fine_tuning.jobs.retrieve("ftjob-1"),
        "GET /v1/fine_tuning/jobs/ftjob-1",
        None,
        job_json(),
        FineTuningJob,
    ),
    case("jobs.list", lambda c: c.fine_tuning.jobs.list(), "GET /v1/fine_tuning/jobs", None, page_of(), JOBS_PAGE),
    case(
        "jobs.list-all-params",
        lambda c: c.fine_tuning.jobs.list(after="ftjob-0", limit=2, metadata={"team": "search"}),
        "GET /v1/fine_tuning/jobs?after=ftjob-0&limit=2&metadata[team]=search",
        None,
        page_of(job_json()),
        JOBS_PAGE,
    ),
    case(
        "jobs.cancel",
        lambda c: c.fine_tuning.jobs.cancel("ftjob-1"),
        "POST /v1/fine_tuning/jobs/ftjob-1/cancel",
        None,
        job_json(status="cancelled"),
        FineTuningJob,
    ),
    case(
        "jobs.list_events",
        lambda c: c.fine_tuning.jobs.list_events("ftjob-1", after="ftevent-0", limit=5),
        "GET /v1/fine_tuning/jobs/ftjob-1/events?after=ftevent-0&limit=5",
        None,
        page_of(EVENT),
        JOBS_PAGE,
    ),
    case(
        "jobs.pause",
        lambda c: c.fine_tuning.jobs.pause("ftjob-1"),
        "POST /v1/fine_tuning/jobs/ftjob-1/pause",
        None,
        job_json(status="paused"),
        FineTuningJob,
    ),
    case(
        "jobs.resume",
        lambda c: c.fine_tuning.jobs.resume("ftjob-1"),
        "POST /v1/fine_tuning/jobs/ftjob-1/resume",
        None,
        job_json(),
        FineTuningJob,
    ),
    case(
        "jobs.checkpoints.list",
        lambda c: c.fine_tuning.jobs.checkpoints.list("ftjob-1", after="ftckpt-0", limit=3),
        "GET /v1/fine_tuning/jobs/ftjob-1/checkpoints?after=ftckpt-0&limit=3",
        None,
        page_of(CHECKPOINT_JSON),
        JOBS_PAGE,
    ),
    case(
        "checkpoints.permissions.create",
        lambda c: c.fine_tuning.checkpoints.permissions.create(CHECKPOINT, project_ids=["proj-1", "proj-2"]),
        f"POST /v1/fine_tuning/checkpoints/{CHECKPOINT}/permissions",
        {"project_ids": ["proj-1", "proj-2"]},
        page_of(PERMISSION),
        (SyncPage, AsyncPage),
    ),
    case(
        "checkpoints.permissions.retrieve",
        lambda c: c.fine_tuning.checkpoints.permissions.retrieve(
            CHECKPOINT, after="cp-0", limit=10, order="descending", project_id="proj-1"
        ),
        f"GET /v1/fine_tuning/checkpoints/{CHECKPOINT}/permissions?after=cp-0&limit=10&order=descending&project_id=proj-1",
        None,
        {**page_of(PERMISSION), "first_id": "cp-1", "last_id": "cp-1"},
        PermissionRetrieveResponse,
    ),
    case(
        "checkpoints.permissions.delete",
        lambda c: c.fine_tuning.checkpoints.permissions.delete("cp-1", fine_tuned_model_checkpoint=CHECKPOINT),
        f"DELETE /v1/fine_tuning/checkpoints/{CHECKPOINT}/permissions/cp-1",
        None,
        {"id": "cp-1", "object": "checkpoint.permission", "deleted": True},
        PermissionDeleteResponse,
    ),
    case(
        "alpha.graders.run",
        lambda c: c.fine_tuning.alpha.graders.run(grader=STRING_CHECK, model_sample="Paris"),
        "POST /v1/fine_tuning/alpha/graders/run",
        {"grader": STRING_CHECK, "model_sample": "Paris"},
        RUN_RESULT,
        GraderRunResponse,
    ),
    case(
        "alpha.graders.run-with-item",
        lambda c: c.fine_tuning.alpha.graders.run(grader=PYTHON, model_sample="Paris", item={"answer": "Paris"}),
        "POST /v1/fine_tuning/alpha/graders/run",
        {"grader": PYTHON, "model_sample": "Paris", "item": {"answer": "Paris"}},
        RUN_RESULT,
        GraderRunResponse,
    ),
    case(
        "alpha.graders.validate",
        lambda c: c.fine_tuning.alpha.graders.validate(grader=STRING_CHECK),
        "POST /v1/fine_tuning/alpha/graders/validate",
        {"grader": STRING_CHECK},
        {"grader": STRING_CHECK},
        GraderValidateResponse,
    ),
]


test_request_and_result = request_test(CASES)


async def test_job_fields_are_parsed(api: Any, respx_mock: respx.MockRouter) -> None:
    _, job = await send(api, respx_mock, lambda c: c.fine_tuning.jobs.retrieve("ftjob-1"), job_json())
    assert (job.id, job.status, job.seed, job.hyperparameters.n_epochs) == ("ftjob-1", "running", 42, "auto")


async def test_jobs_list_follows_the_cursor(api: Any, respx_mock: respx.MockRouter) -> None:
    jobs = await assert_follows_cursor(
        api,
        respx_mock,
        "http://api.test/v1/fine_tuning/jobs",
        lambda c: c.fine_tuning.jobs.list(limit=2),
        [job_json("ftjob-1"), job_json("ftjob-2")],
        [job_json("ftjob-3")],
    )
    assert all(isinstance(job, FineTuningJob) for job in jobs)


async def test_events_are_typed(api: Any, respx_mock: respx.MockRouter) -> None:
    _, page = await send(api, respx_mock, lambda c: c.fine_tuning.jobs.list_events("ftjob-1"), page_of(EVENT))
    assert isinstance(page.data[0], FineTuningJobEvent)
    assert (page.data[0].level, page.data[0].message) == ("info", "Job started")


async def test_checkpoints_are_typed(api: Any, respx_mock: respx.MockRouter) -> None:
    _, page = await send(
        api, respx_mock, lambda c: c.fine_tuning.jobs.checkpoints.list("ftjob-1"), page_of(CHECKPOINT_JSON)
    )
    checkpoint = page.data[0]
    assert isinstance(checkpoint, FineTuningJobCheckpoint)
    assert (checkpoint.step_number, checkpoint.metrics.train_loss) == (10, 0.5)


async def test_permissions_create_is_a_single_page(api: Any, respx_mock: respx.MockRouter) -> None:
    second = {**PERMISSION, "id": "cp-2", "project_id": "proj-2"}
    route = respx_mock.post(f"http://api.test/v1/fine_tuning/checkpoints/{CHECKPOINT}/permissions")
    route.respond(200, json=page_of(PERMISSION, second, has_more=True))
    created = api.fine_tuning.checkpoints.permissions.create(CHECKPOINT, project_ids=["proj-1", "proj-2"])
    permissions = await collect(created)
    assert [p.project_id for p in permissions] == ["proj-1", "proj-2"]
    assert all(isinstance(p, PermissionCreateResponse) for p in permissions)
    assert route.call_count == 1  # no next page, whatever `has_more` says


async def test_grader_run_reads_the_aliased_fields(api: Any, respx_mock: respx.MockRouter) -> None:
    _, result = await send(
        api, respx_mock, lambda c: c.fine_tuning.alpha.graders.run(grader=STRING_CHECK, model_sample="x"), RUN_RESULT
    )
    assert result.reward == 1.0
    assert result.api_model_grader_token_usage_per_model == {"gpt-4o-mini": 12}
    assert result.metadata.errors.api_model_grader_parse_error is False


@pytest.mark.parametrize(
    "grader, grader_type",
    [
        pytest.param(STRING_CHECK, StringCheckGrader, id="string_check"),
        pytest.param(PYTHON, PythonGrader, id="python"),
        pytest.param(
            {"type": "multi", "name": "m", "calculate_output": "exact", "graders": STRING_CHECK},
            MultiGrader,
            id="multi",
        ),
    ],
)
async def test_validate_returns_the_grader_by_type(
    api: Any, respx_mock: respx.MockRouter, grader: Dict[str, Any], grader_type: type
) -> None:
    _, result = await send(
        api, respx_mock, lambda c: c.fine_tuning.alpha.graders.validate(grader=grader), {"grader": grader}
    )
    assert isinstance(result.grader, grader_type)
    assert result.grader.name == grader["name"]


async def test_raw_response_of_a_bodiless_post(api: Any, respx_mock: respx.MockRouter) -> None:
    respx_mock.post("http://api.test/v1/fine_tuning/jobs/ftjob-1/pause").respond(
        200, json=job_json(status="paused"), headers={"x-request-id": "req_pause"}
    )
    raw = await run(api.fine_tuning.jobs.with_raw_response.pause("ftjob-1"))
    assert raw.request_id == "req_pause"
    assert (await run(raw.parse())).status == "paused"


BAD_ARGUMENTS = [
    pytest.param(lambda c: c.fine_tuning.jobs.retrieve(""), ValueError, "`fine_tuning_job_id`", id="empty-job-id"),
    pytest.param(lambda c: c.fine_tuning.jobs.list_events(""), ValueError, "`fine_tuning_job_id`", id="empty-events"),
    pytest.param(
        lambda c: c.fine_tuning.jobs.checkpoints.list(""), ValueError, "`fine_tuning_job_id`", id="empty-ckpt-job"
    ),
    pytest.param(
        lambda c: c.fine_tuning.checkpoints.permissions.delete("", fine_tuned_model_checkpoint=CHECKPOINT),
        ValueError,
        "`permission_id`",
        id="empty-permission-id",
    ),
    pytest.param(
        lambda c: c.fine_tuning.checkpoints.permissions.delete("cp-1", fine_tuned_model_checkpoint=""),
        ValueError,
        "`fine_tuned_model_checkpoint`",
        id="empty-checkpoint",
    ),
    pytest.param(
        lambda c: c.fine_tuning.checkpoints.permissions.create("", project_ids=["p"]),
        ValueError,
        "`fine_tuned_model_checkpoint`",
        id="empty-checkpoint-create",
    ),
    pytest.param(
        lambda c: c.fine_tuning.jobs.create(model="gpt-4o-mini"),
        TypeError,
        r"missing\ 1\ required\ keyword\-only\ argument:\ 'training_file'",
        id="missing-file",
    ),
    pytest.param(
        lambda c: c.fine_tuning.jobs.create(model="m", training_file="f", n_epochs=3),
        TypeError,
        r"got\ an\ unexpected\ keyword\ argument\ 'n_epochs'",
        id="unknown-keyword",
    ),
    pytest.param(
        lambda c: c.fine_tuning.checkpoints.permissions.create(CHECKPOINT, project_id="p"),
        TypeError,
        "did you mean `project_ids`",
        id="misspelt-keyword",
    ),
    pytest.param(
        lambda c: c.fine_tuning.alpha.graders.run(grader=STRING_CHECK),
        TypeError,
        r"missing\ 1\ required\ keyword\-only\ argument:\ 'model_sample'",
        id="no-sample",
    ),
]
test_bad_arguments_fail_before_sending = bad_arguments_test(BAD_ARGUMENTS)
