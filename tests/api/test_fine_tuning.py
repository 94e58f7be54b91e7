"""`fine_tuning.*` against the Prism mock server, each test on the sync and the async client: Prism
checks every request against the spec and answers with spec-shaped data our models must parse."""

from __future__ import annotations

from typing import Any

import pytest

from openai.pagination import AsyncCursorPage, AsyncPage, SyncCursorPage, SyncPage
from openai.types.fine_tuning import FineTuningJob, FineTuningJobEvent
from openai.types.fine_tuning.alpha import GraderRunResponse, GraderValidateResponse
from openai.types.fine_tuning.checkpoints import (
    PermissionCreateResponse,
    PermissionDeleteResponse,
    PermissionRetrieveResponse,
)
from openai.types.fine_tuning.jobs import FineTuningJobCheckpoint
from openai.types.graders import StringCheckGrader
from tests.utils import run
from tests.utils.payloads import STRING_CHECK
from tests.utils.prism import case, prism_test

pytestmark = pytest.mark.anyio

JOB_ID = "ftjob-abc123"
CHECKPOINT = "ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd"
CREATE_ALL = {
    "model": "gpt-4o-mini",
    "training_file": "file-abc123",
    "hyperparameters": {"batch_size": "auto", "learning_rate_multiplier": 0.5, "n_epochs": 3},
    "integrations": [{"type": "wandb", "wandb": {"project": "ft", "entity": "acme", "name": "run-1", "tags": ["a"]}}],
    "metadata": {"team": "search"},
    "method": {"type": "supervised", "supervised": {"hyperparameters": {"n_epochs": 2}}},
    "seed": 42,
    "suffix": "weather",
    "validation_file": "file-def456",
}


CURSOR = (SyncCursorPage, AsyncCursorPage)
CASES = [
    case(
        "jobs.create",
        lambda c: c.fine_tuning.jobs.create(model="gpt-4o-mini", training_file="file-abc123"),
        FineTuningJob,
    ),
    case("jobs.create-all-params", lambda c: c.fine_tuning.jobs.create(**CREATE_ALL), FineTuningJob),
    case("jobs.retrieve", lambda c: c.fine_tuning.jobs.retrieve(JOB_ID), FineTuningJob),
    case("jobs.list", lambda c: c.fine_tuning.jobs.list(), CURSOR, FineTuningJob),
    case(
        "jobs.list-all-params",
        lambda c: c.fine_tuning.jobs.list(after="ftjob-0", limit=2, metadata={"team": "search"}),
        CURSOR,
        FineTuningJob,
    ),
    case("jobs.cancel", lambda c: c.fine_tuning.jobs.cancel(JOB_ID), FineTuningJob),
    case(
        "jobs.list_events",
        lambda c: c.fine_tuning.jobs.list_events(JOB_ID, after="ftevent-0", limit=2),
        CURSOR,
        FineTuningJobEvent,
    ),
    case("jobs.pause", lambda c: c.fine_tuning.jobs.pause(JOB_ID), FineTuningJob),
    case("jobs.resume", lambda c: c.fine_tuning.jobs.resume(JOB_ID), FineTuningJob),
    case(
        "jobs.checkpoints.list",
        lambda c: c.fine_tuning.jobs.checkpoints.list(JOB_ID, after="ftckpt-0", limit=2),
        CURSOR,
        FineTuningJobCheckpoint,
    ),
    case(
        "checkpoints.permissions.create",
        lambda c: c.fine_tuning.checkpoints.permissions.create(CHECKPOINT, project_ids=["proj_abc"]),
        (SyncPage, AsyncPage),
        PermissionCreateResponse,
    ),
    case(
        "checkpoints.permissions.retrieve",
        lambda c: c.fine_tuning.checkpoints.permissions.retrieve(
            CHECKPOINT, after="cp-0", limit=2, order="ascending", project_id="proj_abc"
        ),
        PermissionRetrieveResponse,
    ),
    case(
        "checkpoints.permissions.delete",
        lambda c: c.fine_tuning.checkpoints.permissions.delete("cp_abc", fine_tuned_model_checkpoint=CHECKPOINT),
        PermissionDeleteResponse,
    ),
    case(
        "alpha.graders.run",
        lambda c: c.fine_tuning.alpha.graders.run(grader=STRING_CHECK, model_sample="Paris", item={"answer": "Paris"}),
        GraderRunResponse,
    ),
    case(
        "alpha.graders.validate",
        lambda c: c.fine_tuning.alpha.graders.validate(grader=STRING_CHECK),
        GraderValidateResponse,
    ),
]


test_method = prism_test(CASES)


async def test_validate_answers_with_a_typed_grader(prism: Any) -> None:
    result = await run(prism.fine_tuning.alpha.graders.validate(grader=STRING_CHECK))
    assert isinstance(result.grader, StringCheckGrader)
