"""`evals.*`, `evals.runs.*` and `evals.runs.output_items.*` against the Prism mock server, each test
on the sync and the async client."""

from __future__ import annotations

import pytest

from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types import (
    EvalCreateResponse,
    EvalDeleteResponse,
    EvalListResponse,
    EvalRetrieveResponse,
    EvalUpdateResponse,
)
from openai.types.evals import (
    RunCancelResponse,
    RunCreateResponse,
    RunDeleteResponse,
    RunListResponse,
    RunRetrieveResponse,
)
from openai.types.evals.runs import OutputItemListResponse, OutputItemRetrieveResponse
from tests.utils.payloads import CUSTOM_SOURCE, JSONL_SOURCE, STRING_CHECK
from tests.utils.prism import case, prism_test

pytestmark = pytest.mark.anyio

EVAL_ID = "eval_67abd54d9b0081909a86353f6fb9317a"
RUN_ID = "evalrun_67abd54d60ec8190832b46859da808f7"
ITEM_ID = "outputitem_67abd55eb6548190bb580745d5644a33"
COMPLETIONS_SOURCE = {
    "type": "completions",
    "source": {"type": "file_id", "id": "file-abc123"},
    "model": "gpt-4o-mini",
    # An eval item with a typed content part: a plain `role`/`content` message would match two of the
    # spec's `oneOf` template schemas at once, which Prism rejects.
    "input_messages": {
        "type": "template",
        "template": [{"role": "user", "content": {"type": "input_text", "text": "{{item.question}}"}}],
    },
    "sampling_params": {"temperature": 0.0, "max_completion_tokens": 16},
}
CURSOR = (SyncCursorPage, AsyncCursorPage)
CASES = [
    case(
        "create",
        lambda c: c.evals.create(data_source_config=CUSTOM_SOURCE, testing_criteria=[STRING_CHECK]),
        EvalCreateResponse,
    ),
    case(
        "create-all-params",
        lambda c: c.evals.create(
            data_source_config=CUSTOM_SOURCE, testing_criteria=[STRING_CHECK], metadata={"team": "search"}, name="qa"
        ),
        EvalCreateResponse,
    ),
    case("retrieve", lambda c: c.evals.retrieve(EVAL_ID), EvalRetrieveResponse),
    case("update", lambda c: c.evals.update(EVAL_ID, name="renamed", metadata={"team": "ads"}), EvalUpdateResponse),
    case("list", lambda c: c.evals.list(), CURSOR, EvalListResponse),
    case(
        "list-all-params",
        lambda c: c.evals.list(after="eval_0", limit=2, order="asc", order_by="created_at"),
        CURSOR,
        EvalListResponse,
    ),
    case("delete", lambda c: c.evals.delete(EVAL_ID), EvalDeleteResponse),
    case("runs.create", lambda c: c.evals.runs.create(EVAL_ID, data_source=JSONL_SOURCE), RunCreateResponse),
    case(
        "runs.create-all-params",
        lambda c: c.evals.runs.create(EVAL_ID, data_source=COMPLETIONS_SOURCE, metadata={"k": "v"}, name="first"),
        RunCreateResponse,
    ),
    case("runs.retrieve", lambda c: c.evals.runs.retrieve(RUN_ID, eval_id=EVAL_ID), RunRetrieveResponse),
    case("runs.list", lambda c: c.evals.runs.list(EVAL_ID), CURSOR, RunListResponse),
    case(
        "runs.list-all-params",
        lambda c: c.evals.runs.list(EVAL_ID, after="evalrun_0", limit=2, order="desc", status="completed"),
        CURSOR,
        RunListResponse,
    ),
    case("runs.delete", lambda c: c.evals.runs.delete(RUN_ID, eval_id=EVAL_ID), RunDeleteResponse),
    case("runs.cancel", lambda c: c.evals.runs.cancel(RUN_ID, eval_id=EVAL_ID), RunCancelResponse),
    case(
        "runs.output_items.retrieve",
        lambda c: c.evals.runs.output_items.retrieve(ITEM_ID, eval_id=EVAL_ID, run_id=RUN_ID),
        OutputItemRetrieveResponse,
    ),
    case(
        "runs.output_items.list",
        lambda c: c.evals.runs.output_items.list(RUN_ID, eval_id=EVAL_ID),
        CURSOR,
        OutputItemListResponse,
    ),
    case(
        "runs.output_items.list-all-params",
        lambda c: c.evals.runs.output_items.list(
            RUN_ID, eval_id=EVAL_ID, after="outputitem_0", limit=2, order="asc", status="pass"
        ),
        CURSOR,
        OutputItemListResponse,
    ),
]


test_method = prism_test(CASES)
