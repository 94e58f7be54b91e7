"""`fine_tuning.*` against the Prism mock server, each test on the sync and the async client: Prism
checks every request against the spec and answers with spec-shaped data our models must parse."""

from __future__ import annotations

from typing import Any, Callable, List

import pytest

import openai
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
from tests.test_fine_tuning import STRING_CHECK
from tests.utils import run

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


def case(name: str, call: Callable[[Any], Any], returns: Any, item: Any = None) -> Any:
    """`returns`: the result type, or `(sync page, async page)` whose items are `item`s."""
    return pytest.param(call, returns, item, id=name)


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


def prism_test(cases: List[Any]) -> Callable[..., Any]:
    """The test of a module's `case` table (bound to a `test_...` name there), on both clients: each
    call is accepted by Prism and answers with `returns` (a page of `item`s for lists)."""

    @pytest.mark.parametrize("call, returns, item", cases)
    async def test(prism: Any, call: Callable[[Any], Any], returns: Any, item: Any) -> None:
        result = await run(call(prism))
        if isinstance(returns, tuple):
            assert isinstance(result, returns[1] if isinstance(prism, openai.AsyncOpenAI) else returns[0])
            assert result.data
            assert all(isinstance(entry, item) for entry in result.data)
        else:
            assert isinstance(result, returns)

    return test


test_method = prism_test(CASES)


async def test_validate_answers_with_a_typed_grader(prism: Any) -> None:
    result = await run(prism.fine_tuning.alpha.graders.validate(grader=STRING_CHECK))
    assert isinstance(result.grader, StringCheckGrader)
