"""The fake's /batches: validation, progress over reads, lines run through the fake, output and
error files in the Batch API's format, cancel, pagination."""

from __future__ import annotations

import json
from typing import Any, Dict, List

import pytest

import openai
from openai.testing import FakeOpenAI
from tests.utils import run
from tests.utils.requests import collect

pytestmark = pytest.mark.anyio


def _line(custom_id: str, body: Dict[str, Any], url: str = "/v1/embeddings") -> Dict[str, Any]:
    return {"custom_id": custom_id, "method": "POST", "url": url, "body": body}


async def _input(api: Any, lines: List[Any]) -> str:
    text = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines)
    return (await run(api.files.create(file=("in.jsonl", text.encode()), purpose="batch"))).id


async def _jsonl(api: Any, file_id: str) -> List[Dict[str, Any]]:
    return [json.loads(line) for line in (await run(api.files.content(file_id))).text.splitlines()]


async def test_a_batch_moves_one_status_per_read_and_writes_its_files(api: Any) -> None:
    good = {"model": "text-embedding-3-small", "input": "hello"}
    file_id = await _input(api, [_line("a", good), _line("b", {"model": "text-embedding-3-small"})])
    batch = await run(api.batches.create(input_file_id=file_id, endpoint="/v1/embeddings", completion_window="24h"))
    assert batch.id.startswith("batch_") and batch.status == "validating"
    batch = await run(api.batches.retrieve(batch.id))
    assert (batch.status, batch.request_counts.total) == ("in_progress", 2)
    batch = await run(api.batches.retrieve(batch.id))
    assert batch.status == "completed"
    assert (batch.request_counts.completed, batch.request_counts.failed) == (1, 1)
    assert batch.in_progress_at and batch.finalizing_at and batch.completed_at
    output, errors = await _jsonl(api, batch.output_file_id), await _jsonl(api, batch.error_file_id)
    assert [row["custom_id"] for row in output] == ["a"] and [row["custom_id"] for row in errors] == ["b"]
    assert output[0]["response"]["status_code"] == 200 and output[0]["error"] is None
    assert output[0]["response"]["body"]["object"] == "list" and output[0]["response"]["request_id"]
    assert errors[0]["response"]["status_code"] == 400 and "error" in errors[0]["response"]["body"]
    assert (await run(api.files.retrieve(batch.output_file_id))).purpose == "batch_output"


async def test_batch_steps_zero_completes_inside_create(api: Any, fake: FakeOpenAI) -> None:
    fake.batch_steps = 0  # type: ignore[attr-defined]
    file_id = await _input(api, [_line("a", {"model": "text-embedding-3-small", "input": "x"})])
    batch = await run(api.batches.create(input_file_id=file_id, endpoint="/v1/embeddings", completion_window="24h"))
    assert batch.status == "completed" and batch.error_file_id is None


async def test_bad_lines_fail_the_batch_at_validation(api: Any) -> None:
    file_id = await _input(api, ["not json", _line("a", {}, url="/v1/chat/completions"), {"custom_id": "b"}])
    batch = await run(api.batches.create(input_file_id=file_id, endpoint="/v1/embeddings", completion_window="24h"))
    batch = await run(api.batches.retrieve(batch.id))
    assert batch.status == "failed" and batch.failed_at
    assert [(error.line, error.param) for error in batch.errors.data] == [(1, None), (2, "url"), (3, "method")]
    assert (await run(api.batches.retrieve(batch.id))).status == "failed"


async def test_unknown_input_file_is_404_and_bad_endpoint_400(api: Any) -> None:
    with pytest.raises(openai.NotFoundError):
        await run(api.batches.create(input_file_id="file-nope", endpoint="/v1/embeddings", completion_window="24h"))
    file_id = await _input(api, [_line("a", {})])
    with pytest.raises(openai.BadRequestError) as error:
        await run(api.batches.create(input_file_id=file_id, endpoint="/v1/nope", completion_window="24h"))  # type: ignore[arg-type]
    assert error.value.param == "endpoint"
    with pytest.raises(openai.NotFoundError):
        await run(api.batches.retrieve("batch_nope"))


async def test_cancel_goes_through_cancelling(api: Any) -> None:
    file_id = await _input(api, [_line("a", {"model": "text-embedding-3-small", "input": "x"})])
    batch = await run(api.batches.create(input_file_id=file_id, endpoint="/v1/embeddings", completion_window="24h"))
    assert (await run(api.batches.cancel(batch.id))).status == "cancelling"
    batch = await run(api.batches.retrieve(batch.id))
    assert batch.status == "cancelled" and batch.cancelled_at and batch.output_file_id is None
    with pytest.raises(openai.ConflictError):
        await run(api.batches.cancel(batch.id))


async def test_list_pages_through_every_batch(api: Any) -> None:
    file_id = await _input(api, [_line("a", {"model": "text-embedding-3-small", "input": "x"})])
    ids = [
        (await run(api.batches.create(input_file_id=file_id, endpoint="/v1/embeddings", completion_window="24h"))).id
        for _ in range(3)
    ]
    listed = await collect(api.batches.list(limit=2))
    assert [batch.id for batch in listed] == ids[::-1]
    assert {batch.status for batch in listed} == {"in_progress"}  # listing is a read too
