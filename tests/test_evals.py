"""`evals.*`, `evals.runs.*` and `evals.runs.output_items.*` over respx, on the sync and the async
client: what each method sends and returns, the discriminated unions of evals and runs (data
sources, testing criteria), the aliased fields, run pagination, and bad arguments failing early."""

from __future__ import annotations

from typing import Any

import pytest
import respx

from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types import (
    EvalCreateResponse,
    EvalCustomDataSourceConfig,
    EvalDeleteResponse,
    EvalListResponse,
    EvalRetrieveResponse,
    EvalUpdateResponse,
)
from openai.types.evals import (
    CreateEvalJSONLRunDataSource,
    RunCancelResponse,
    RunCreateResponse,
    RunDeleteResponse,
    RunListResponse,
    RunRetrieveResponse,
)
from openai.types.evals.create_eval_jsonl_run_data_source import SourceFileContent
from openai.types.evals.runs import OutputItemListResponse, OutputItemRetrieveResponse
from openai.types.graders import StringCheckGrader
from tests.utils.payloads import CUSTOM_SOURCE, ITEM_SCHEMA, JSONL_SOURCE, STRING_CHECK
from tests.utils.requests import assert_follows_cursor, bad_arguments_test, case, page_of, request_test, send

pytestmark = pytest.mark.anyio

EVAL = {
    "id": "eval_1",
    "object": "eval",
    "created_at": 1741900000,
    "name": "qa",
    "metadata": {"team": "search"},
    "data_source_config": {"type": "custom", "schema": ITEM_SCHEMA},
    "testing_criteria": [STRING_CHECK],
}
RUN = {
    "id": "evalrun_1",
    "object": "eval.run",
    "eval_id": "eval_1",
    "created_at": 1741900000,
    "name": "first",
    "model": "gpt-4o-mini",
    "status": "queued",
    "report_url": "https://platform.openai.com/evals/eval_1",
    "data_source": JSONL_SOURCE,
    "error": {"code": "", "message": ""},
    "result_counts": {"total": 1, "passed": 1, "failed": 0, "errored": 0},
    "per_model_usage": [
        {
            "model_name": "gpt-4o-mini",
            "invocation_count": 1,
            "prompt_tokens": 10,
            "completion_tokens": 2,
            "cached_tokens": 0,
            "total_tokens": 12,
        }
    ],
    "per_testing_criteria_results": [{"testing_criteria": "exact", "passed": 1, "failed": 0}],
}
OUTPUT_ITEM = {
    "id": "outputitem_1",
    "object": "eval.run.output_item",
    "eval_id": "eval_1",
    "run_id": "evalrun_1",
    "created_at": 1741900000,
    "status": "pass",
    "datasource_item_id": 0,
    "datasource_item": {"question": "Capital of France?", "answer": "Paris"},
    "results": [{"name": "exact", "passed": True, "score": 1.0}],
    "sample": {
        "model": "gpt-4o-mini",
        "input": [{"role": "user", "content": "Capital of France?"}],
        "output": [{"role": "assistant", "content": "Paris"}],
        "finish_reason": "stop",
        "max_completion_tokens": 16,
        "seed": 1,
        "temperature": 1.0,
        "top_p": 1.0,
        "usage": {"prompt_tokens": 10, "completion_tokens": 2, "cached_tokens": 0, "total_tokens": 12},
        "error": {"code": "", "message": ""},
    },
}
PAGES = (SyncCursorPage, AsyncCursorPage)

CASES = [
    case(
        "create",
        lambda c: c.evals.create(data_source_config=CUSTOM_SOURCE, testing_criteria=[STRING_CHECK]),
        "POST /v1/evals",
        {"data_source_config": CUSTOM_SOURCE, "testing_criteria": [STRING_CHECK]},
        EVAL,
        EvalCreateResponse,
    ),
    case(
        "create-all-params",
        lambda c: c.evals.create(
            data_source_config=CUSTOM_SOURCE, testing_criteria=[STRING_CHECK], metadata={"team": "search"}, name="qa"
        ),
        "POST /v1/evals",
        {
            "data_source_config": CUSTOM_SOURCE,
            "testing_criteria": [STRING_CHECK],
            "metadata": {"team": "search"},
            "name": "qa",
        },
        EVAL,
        EvalCreateResponse,
    ),
    case("retrieve", lambda c: c.evals.retrieve("eval_1"), "GET /v1/evals/eval_1", None, EVAL, EvalRetrieveResponse),
    case(
        "update",
        lambda c: c.evals.update("eval_1", name="renamed", metadata={"team": "ads"}),
        "POST /v1/evals/eval_1",
        {"name": "renamed", "metadata": {"team": "ads"}},
        EVAL,
        EvalUpdateResponse,
    ),
    case("list", lambda c: c.evals.list(), "GET /v1/evals", None, page_of(EVAL), PAGES),
    case(
        "list-all-params",
        lambda c: c.evals.list(after="eval_0", limit=5, order="desc", order_by="updated_at"),
        "GET /v1/evals?after=eval_0&limit=5&order=desc&order_by=updated_at",
        None,
        page_of(EVAL),
        PAGES,
    ),
    case(
        "delete",
        lambda c: c.evals.delete("eval_1"),
        "DELETE /v1/evals/eval_1",
        None,
        {"object": "eval.deleted", "deleted": True, "eval_id": "eval_1"},
        EvalDeleteResponse,
    ),
    case(
        "runs.create",
        lambda c: c.evals.runs.create("eval_1", data_source=JSONL_SOURCE),
        "POST /v1/evals/eval_1/runs",
        {"data_source": JSONL_SOURCE},
        RUN,
        RunCreateResponse,
    ),
    case(
        "runs.create-all-params",
        lambda c: c.evals.runs.create("eval_1", data_source=JSONL_SOURCE, metadata={"k": "v"}, name="first"),
        "POST /v1/evals/eval_1/runs",
        {"data_source": JSONL_SOURCE, "metadata": {"k": "v"}, "name": "first"},
        RUN,
        RunCreateResponse,
    ),
    case(
        "runs.retrieve",
        lambda c: c.evals.runs.retrieve("evalrun_1", eval_id="eval_1"),
        "GET /v1/evals/eval_1/runs/evalrun_1",
        None,
        RUN,
        RunRetrieveResponse,
    ),
    case("runs.list", lambda c: c.evals.runs.list("eval_1"), "GET /v1/evals/eval_1/runs", None, page_of(RUN), PAGES),
    case(
        "runs.list-all-params",
        lambda c: c.evals.runs.list("eval_1", after="evalrun_0", limit=2, order="asc", status="completed"),
        "GET /v1/evals/eval_1/runs?after=evalrun_0&limit=2&order=asc&status=completed",
        None,
        page_of(RUN),
        PAGES,
    ),
    case(
        "runs.delete",
        lambda c: c.evals.runs.delete("evalrun_1", eval_id="eval_1"),
        "DELETE /v1/evals/eval_1/runs/evalrun_1",
        None,
        {"object": "eval.run.deleted", "deleted": True, "run_id": "evalrun_1"},
        RunDeleteResponse,
    ),
    case(
        "runs.cancel",
        lambda c: c.evals.runs.cancel("evalrun_1", eval_id="eval_1"),
        "POST /v1/evals/eval_1/runs/evalrun_1",
        None,
        {**RUN, "status": "canceled"},
        RunCancelResponse,
    ),
    case(
        "runs.output_items.retrieve",
        lambda c: c.evals.runs.output_items.retrieve("outputitem_1", eval_id="eval_1", run_id="evalrun_1"),
        "GET /v1/evals/eval_1/runs/evalrun_1/output_items/outputitem_1",
        None,
        OUTPUT_ITEM,
        OutputItemRetrieveResponse,
    ),
    case(
        "runs.output_items.list",
        lambda c: c.evals.runs.output_items.list("evalrun_1", eval_id="eval_1"),
        "GET /v1/evals/eval_1/runs/evalrun_1/output_items",
        None,
        page_of(OUTPUT_ITEM),
        PAGES,
    ),
    case(
        "runs.output_items.list-all-params",
        lambda c: c.evals.runs.output_items.list(
            "evalrun_1", eval_id="eval_1", after="outputitem_0", limit=4, order="desc", status="fail"
        ),
        "GET /v1/evals/eval_1/runs/evalrun_1/output_items?after=outputitem_0&limit=4&order=desc&status=fail",
        None,
        page_of(OUTPUT_ITEM),
        PAGES,
    ),
]


test_request_and_result = request_test(CASES)


async def test_eval_unions_are_resolved(api: Any, respx_mock: respx.MockRouter) -> None:
    _, created = await send(
        api,
        respx_mock,
        lambda c: c.evals.create(data_source_config=CUSTOM_SOURCE, testing_criteria=[STRING_CHECK]),
        EVAL,
    )
    assert isinstance(created.data_source_config, EvalCustomDataSourceConfig)
    assert created.data_source_config.schema_ == ITEM_SCHEMA  # the wire name is `schema`
    assert isinstance(created.testing_criteria[0], StringCheckGrader)
    assert created.testing_criteria[0].operation == "eq"


async def test_listed_evals_are_typed(api: Any, respx_mock: respx.MockRouter) -> None:
    _, page = await send(api, respx_mock, lambda c: c.evals.list(), page_of(EVAL))
    assert isinstance(page.data[0], EvalListResponse)
    assert page.data[0].name == "qa"


async def test_run_fields_are_parsed(api: Any, respx_mock: respx.MockRouter) -> None:
    _, run = await send(api, respx_mock, lambda c: c.evals.runs.retrieve("evalrun_1", eval_id="eval_1"), RUN)
    assert isinstance(run.data_source, CreateEvalJSONLRunDataSource)
    source = run.data_source.source
    assert isinstance(source, SourceFileContent)
    assert source.content[0].item["answer"] == "Paris"
    assert run.per_model_usage[0].run_model_name == "gpt-4o-mini"  # the wire name is `model_name`
    assert run.result_counts.passed == 1


async def test_output_item_fields_are_parsed(api: Any, respx_mock: respx.MockRouter) -> None:
    _, page = await send(
        api, respx_mock, lambda c: c.evals.runs.output_items.list("evalrun_1", eval_id="eval_1"), page_of(OUTPUT_ITEM)
    )
    item = page.data[0]
    assert isinstance(item, OutputItemListResponse)
    assert (item.status, item.sample.output[0].content, item.sample.usage.total_tokens) == ("pass", "Paris", 12)


async def test_runs_list_follows_the_cursor(api: Any, respx_mock: respx.MockRouter) -> None:
    url = "http://api.test/v1/evals/eval_1/runs"
    runs = await assert_follows_cursor(
        api, respx_mock, url, lambda c: c.evals.runs.list("eval_1", limit=1), [RUN], [{**RUN, "id": "evalrun_2"}]
    )
    assert all(isinstance(r, RunListResponse) for r in runs)
    assert respx_mock.calls.last.request.url.params["limit"] == "1"


BAD_ARGUMENTS = [
    pytest.param(lambda c: c.evals.retrieve(""), ValueError, "`eval_id`", id="empty-eval-id"),
    pytest.param(
        lambda c: c.evals.runs.create("", data_source=JSONL_SOURCE), ValueError, "`eval_id`", id="empty-run-eval"
    ),
    pytest.param(lambda c: c.evals.runs.cancel("", eval_id="eval_1"), ValueError, "`run_id`", id="empty-run-id"),
    pytest.param(lambda c: c.evals.runs.delete("evalrun_1", eval_id=""), ValueError, "`eval_id`", id="empty-delete"),
    pytest.param(
        lambda c: c.evals.runs.output_items.retrieve("", eval_id="eval_1", run_id="evalrun_1"),
        ValueError,
        "`output_item_id`",
        id="empty-output-item",
    ),
    pytest.param(
        lambda c: c.evals.runs.output_items.list("evalrun_1", eval_id=""), ValueError, "`eval_id`", id="empty-list"
    ),
    pytest.param(
        lambda c: c.evals.create(data_source_config=CUSTOM_SOURCE),
        TypeError,
        r"missing\ 1\ required\ keyword\-only\ argument:\ 'testing_criteria'",
        id="missing",
    ),
    pytest.param(
        lambda c: c.evals.runs.create("eval_1"),
        TypeError,
        r"missing\ 1\ required\ keyword\-only\ argument:\ 'data_source'",
        id="missing-data-source",
    ),
    pytest.param(
        lambda c: c.evals.list(order_by="name", sort="asc"),
        TypeError,
        r"got\ an\ unexpected\ keyword\ argument\ 'sort'",
        id="unknown-keyword",
    ),
    pytest.param(
        lambda c: c.evals.runs.list("eval_1", statuses="completed"),
        TypeError,
        "did you mean `status`",
        id="misspelt",
    ),
]
test_bad_arguments_fail_before_sending = bad_arguments_test(BAD_ARGUMENTS)


async def test_unknown_union_members_are_kept(api: Any, respx_mock: respx.MockRouter) -> None:
    # A grader or data source type newer than our models must not make the eval unreadable.
    future = {**EVAL, "testing_criteria": [{"type": "llm_judge", "name": "judge", "rubric": "be fair"}]}
    future["data_source_config"] = {"type": "traces", "schema": ITEM_SCHEMA}
    _, result = await send(api, respx_mock, lambda c: c.evals.retrieve("eval_1"), future)
    criterion = result.testing_criteria[0]
    assert (criterion.type, criterion.name, criterion.rubric) == ("llm_judge", "judge", "be fair")
    assert result.data_source_config.type == "traces"
