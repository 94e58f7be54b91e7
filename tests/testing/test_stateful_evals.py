"""The fake's evals, their runs (deterministic grading) and output items."""

from __future__ import annotations

from typing import Any

import pytest

import openai
from openai.testing import FakeOpenAI
from tests.utils import run
from tests.utils.requests import collect

pytestmark = pytest.mark.anyio


CONFIG = {"type": "custom", "item_schema": {"type": "object", "properties": {"answer": {"type": "string"}}}}
CRITERIA = [
    {
        "type": "string_check",
        "name": "exact",
        "input": "{{sample.output_text}}",
        "reference": "{{item.answer}}",
        "operation": "eq",
    }
]
ROWS = [
    {"item": {"answer": "4"}, "sample": {"output_text": "4"}},
    {"item": {"answer": "5"}, "sample": {"output_text": "6"}},
]


async def _eval(api: Any) -> Any:
    return await run(api.evals.create(name="math", data_source_config=CONFIG, testing_criteria=CRITERIA))


async def test_eval_crud_and_404(api: Any) -> None:
    evaluation = await _eval(api)
    assert evaluation.id.startswith("eval_") and evaluation.data_source_config.type == "custom"
    assert (await run(api.evals.update(evaluation.id, name="renamed"))).name == "renamed"
    assert [e.id for e in await collect(api.evals.list(limit=1))] == [evaluation.id]
    assert (await run(api.evals.delete(evaluation.id))).deleted is True
    with pytest.raises(openai.NotFoundError):
        await run(api.evals.retrieve(evaluation.id))


async def test_a_run_grades_its_rows_on_the_next_read(api: Any) -> None:
    evaluation = await _eval(api)
    data_source = {"type": "jsonl", "source": {"type": "file_content", "content": ROWS}}
    created = await run(api.evals.runs.create(evaluation.id, data_source=data_source, name="r1"))
    assert created.id.startswith("evalrun_") and created.status == "queued"
    done = await run(api.evals.runs.retrieve(created.id, eval_id=evaluation.id))
    assert done.status == "completed"
    assert (done.result_counts.passed, done.result_counts.failed, done.result_counts.total) == (1, 1, 2)
    assert done.per_testing_criteria_results[0].testing_criteria == "exact"
    items = await collect(api.evals.runs.output_items.list(done.id, eval_id=evaluation.id, limit=1))
    assert [item.status for item in items] == ["pass", "fail"] and items[0].id.startswith("outputitem_")
    failing = await collect(api.evals.runs.output_items.list(done.id, eval_id=evaluation.id, status="fail"))
    assert [item.datasource_item for item in failing] == [{"answer": "5"}]
    one = await run(api.evals.runs.output_items.retrieve(items[0].id, eval_id=evaluation.id, run_id=done.id))
    assert one.results[0]["passed"] is True


async def test_rows_from_a_file_get_generated_samples(api: Any, fake: FakeOpenAI) -> None:
    fake.eval_run_steps = 0  # type: ignore[attr-defined]
    evaluation = await run(
        api.evals.create(
            data_source_config=CONFIG,
            testing_criteria=[{**CRITERIA[0], "operation": "like", "reference": "Fake reply"}],
        )
    )
    lines = b'{"item": {"answer": "a"}}\n{"item": {"answer": "b"}}\n'
    source = await run(api.files.create(file=("rows.jsonl", lines), purpose="evals"))
    data_source = {"type": "completions", "model": "gpt-4o-mini", "source": {"type": "file_id", "id": source.id}}
    done = await run(api.evals.runs.create(evaluation.id, data_source=data_source))
    assert done.status == "completed" and done.result_counts.passed == 2


async def test_cancel_delete_and_list(api: Any) -> None:
    evaluation = await _eval(api)
    data_source = {"type": "jsonl", "source": {"type": "file_content", "content": ROWS}}
    created = await run(api.evals.runs.create(evaluation.id, data_source=data_source))
    assert (await run(api.evals.runs.cancel(created.id, eval_id=evaluation.id))).status == "canceled"
    assert [r.id for r in await collect(api.evals.runs.list(evaluation.id))] == [created.id]
    assert (await run(api.evals.runs.delete(created.id, eval_id=evaluation.id))).deleted is True
    with pytest.raises(openai.NotFoundError):
        await run(api.evals.runs.retrieve(created.id, eval_id=evaluation.id))
