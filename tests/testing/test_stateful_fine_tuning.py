"""The fake's fine-tuning jobs: progress, events, checkpoints, the fine-tuned model in /models, pause/resume/cancel, checkpoint permissions."""

from __future__ import annotations

from typing import Any

import pytest

import openai
from openai.testing import FakeOpenAI
from tests.utils import run
from tests.utils.requests import collect

pytestmark = pytest.mark.anyio


async def _training(api: Any) -> Any:
    return await run(api.files.create(file=("train.jsonl", b'{"messages": []}\n' * 10), purpose="fine-tune"))


async def test_a_job_progresses_and_publishes_its_model(api: Any) -> None:
    training = await _training(api)
    job = await run(api.fine_tuning.jobs.create(model="gpt-4o-mini", training_file=training.id, suffix="mine"))
    assert job.id.startswith("ftjob-") and job.status == "validating_files"
    assert (await run(api.fine_tuning.jobs.retrieve(job.id))).status == "running"
    job = await run(api.fine_tuning.jobs.retrieve(job.id))
    assert job.status == "succeeded" and job.fine_tuned_model.startswith("ft:gpt-4o-mini:org-fake:mine:")
    assert job.hyperparameters.n_epochs == 3 and job.result_files and job.trained_tokens
    assert (await run(api.models.retrieve(job.fine_tuned_model))).id == job.fine_tuned_model
    events = await collect(api.fine_tuning.jobs.list_events(job.id, limit=2))
    assert events[0].message == "The job has successfully completed" and events[0].id.startswith("ftevent-")
    assert events[-1].message.startswith("Created fine-tuning job")
    checkpoints = await collect(api.fine_tuning.jobs.checkpoints.list(job.id, limit=1))
    assert [c.step_number for c in checkpoints] == [3, 2, 1] and checkpoints[0].id.startswith("ftckpt_")
    assert [j.id for j in await collect(api.fine_tuning.jobs.list(limit=1))] == [job.id]


async def test_training_file_must_exist(api: Any) -> None:
    with pytest.raises(openai.BadRequestError) as error:
        await run(api.fine_tuning.jobs.create(model="gpt-4o-mini", training_file="file-nope"))
    assert error.value.param == "training_file"
    with pytest.raises(openai.NotFoundError):
        await run(api.fine_tuning.jobs.retrieve("ftjob-nope"))


async def test_pause_resume_cancel(api: Any, fake: FakeOpenAI) -> None:
    fake.fine_tuning_steps = 5  # type: ignore[attr-defined]
    job = await run(api.fine_tuning.jobs.create(model="gpt-4o-mini", training_file=(await _training(api)).id))
    assert (await run(api.fine_tuning.jobs.pause(job.id))).status == "paused"
    assert (await run(api.fine_tuning.jobs.retrieve(job.id))).status == "paused"  # a paused job does not move
    assert (await run(api.fine_tuning.jobs.resume(job.id))).status == "running"
    cancelled = await run(api.fine_tuning.jobs.cancel(job.id))
    assert cancelled.status == "cancelled" and cancelled.finished_at
    with pytest.raises(openai.BadRequestError):
        await run(api.fine_tuning.jobs.cancel(job.id))


async def test_checkpoint_permissions(api: Any, fake: FakeOpenAI) -> None:
    fake.fine_tuning_steps = 0  # type: ignore[attr-defined]
    job = await run(api.fine_tuning.jobs.create(model="gpt-4o-mini", training_file=(await _training(api)).id))
    assert job.status == "succeeded"
    name = job.fine_tuned_model
    created = await collect(api.fine_tuning.checkpoints.permissions.create(name, project_ids=["proj_a", "proj_b"]))
    assert [p.project_id for p in created] == ["proj_a", "proj_b"] and created[0].id.startswith("cp_")
    listed = await run(api.fine_tuning.checkpoints.permissions.retrieve(name, project_id="proj_b"))
    assert [p.id for p in listed.data] == [created[1].id]
    gone = await run(api.fine_tuning.checkpoints.permissions.delete(created[0].id, fine_tuned_model_checkpoint=name))
    assert gone.deleted is True
    with pytest.raises(openai.NotFoundError):
        await run(api.fine_tuning.checkpoints.permissions.retrieve("ft:unknown"))
