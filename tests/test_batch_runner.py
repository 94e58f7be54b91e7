"""`client.batches.run(...)`: bulk work through the Batch API, against the stateful fake API
(`openai.testing.FakeOpenAI`, whose batches run their lines through the fake's own endpoints)."""

from __future__ import annotations

import json
import os
import sys
import types
from pathlib import Path
from typing import Any, Dict, Iterator, List

import pytest
from typing_extensions import assert_type

import openai
from openai import AsyncOpenAI, OpenAI
from openai.lib._batch_runner import BatchRequestError, BatchRunResults
from openai.testing import FakeOpenAI
from openai.types import Completion, CreateEmbeddingResponse
from openai.types.chat import ChatCompletion
from openai.types.responses import Response

pytestmark = pytest.mark.anyio

CHAT = "/v1/chat/completions"


def chat(i: int) -> Dict[str, Any]:
    return {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": f"question {i}"}]}


def _posts(fake: FakeOpenAI, path: str) -> int:
    return sum(1 for r in fake.requests if r.method == "POST" and r.path == path)


def _input_lines(client: OpenAI, results: BatchRunResults[Any]) -> List[Dict[str, Any]]:
    lines: List[Dict[str, Any]] = []
    for batch in results.batches:
        text = client.files.content(batch.input_file_id).text
        lines.extend(json.loads(line) for line in text.splitlines())
    return lines


@pytest.fixture
def fake() -> FakeOpenAI:
    return FakeOpenAI()


# ---- the normal path ---------------------------------------------------------------------------


def test_results_come_back_parsed_and_in_input_order(fake: FakeOpenAI, capsys: pytest.CaptureFixture[str]) -> None:
    client = fake.client()
    results = client.batches.run([chat(i) for i in range(25)], endpoint=CHAT, poll_interval=0, progress=False)
    assert_type(results, BatchRunResults[ChatCompletion])
    assert len(results) == 25 and results.errors == [] and len(results.succeeded) == 25
    for i, result in enumerate(results):
        assert isinstance(result, ChatCompletion)
        assert result.choices[0].message.content == f"Fake reply to: question {i}"
    assert len(results.batch_ids) == 1 and results.batches[0].status == "completed"
    lines = _input_lines(client, results)
    assert [line["custom_id"] for line in lines] == [f"request-{i}" for i in range(25)]
    assert lines[3] == {"custom_id": "request-3", "method": "POST", "url": CHAT, "body": chat(3)}
    assert capsys.readouterr().err == ""  # progress=False: silent


async def test_async_results_come_back_parsed_and_in_input_order(fake: FakeOpenAI) -> None:
    client = fake.async_client()
    requests = ({"model": "gpt-4o", "input": f"say {i}"} for i in range(12))  # any iterable
    results = await client.batches.run(requests, endpoint="/v1/responses", poll_interval=0, progress=False)
    assert_type(results, BatchRunResults[Response])
    assert [r.output_text for r in results if isinstance(r, Response)] == [f"Fake reply to: say {i}" for i in range(12)]
    assert all(isinstance(r, Response) for r in results)


def test_every_endpoint_parses_into_its_model(fake: FakeOpenAI) -> None:
    client = fake.client()
    embeddings = client.batches.run(
        [{"model": "text-embedding-3-small", "input": "abc"}],
        endpoint="/v1/embeddings",
        poll_interval=0,
        progress=False,
    )
    assert_type(embeddings, BatchRunResults[CreateEmbeddingResponse])
    embedding = embeddings[0]
    assert isinstance(embedding, CreateEmbeddingResponse) and embedding.data[0].embedding
    completions = client.batches.run(
        [{"model": "gpt-3.5-turbo-instruct", "prompt": "hi"}],
        endpoint="/v1/completions",
        poll_interval=0,
        progress=False,
    )
    assert_type(completions, BatchRunResults[Completion])
    completion = completions[0]
    assert isinstance(completion, Completion) and completion.choices[0].text == "Fake reply to: hi"


async def test_async_every_endpoint_parses_into_its_model(fake: FakeOpenAI) -> None:
    client = fake.async_client()
    results = await client.batches.run([chat(0)], endpoint=CHAT, poll_interval=0, progress=False)
    assert_type(results, BatchRunResults[ChatCompletion])
    embeddings = await client.batches.run(
        [{"model": "text-embedding-3-small", "input": ["a", "b"]}],
        endpoint="/v1/embeddings",
        poll_interval=0,
        progress=False,
    )
    embedding = embeddings[0]
    assert isinstance(embedding, CreateEmbeddingResponse) and len(embedding.data) == 2


def test_polling_waits_between_reads(fake: FakeOpenAI, sleeps: List[float]) -> None:
    client = fake.client()
    client.batches.run([chat(0)], endpoint=CHAT, poll_interval=2.5, progress=False)
    # The fake's batch moves one status per read (validating, in_progress, completed).
    assert sleeps == [2.5]


def test_by_default_polling_follows_the_servers_hint(fake: FakeOpenAI, sleeps: List[float]) -> None:
    fake.client().batches.run([chat(0)], endpoint=CHAT, progress=False)
    assert sleeps == [0.001]  # the fake answers busy batches with `openai-poll-after-ms: 1`


async def test_async_polling_follows_the_servers_hint(fake: FakeOpenAI, sleeps: List[float]) -> None:
    await fake.async_client().batches.run([chat(0)], endpoint=CHAT, progress=False)
    assert sleeps == [0.001]


def test_the_poll_hint_is_read_tolerantly() -> None:
    from openai.lib._batch_runner import _poll_after

    assert _poll_after({"openai-poll-after-ms": "2500"}) == 2.5
    assert _poll_after({}) is None
    assert _poll_after({"openai-poll-after-ms": "soon"}) is None
    assert _poll_after({"openai-poll-after-ms": "-5"}) is None
    assert _poll_after({"openai-poll-after-ms": "99999999"}) is None  # over an hour: ignored, the default applies


def test_failed_requests_are_errors_in_their_place(fake: FakeOpenAI) -> None:
    client = fake.client()
    requests = [chat(0), {"model": "gpt-4o-mini"}, chat(2), {**chat(3), "bogus": True}]
    results = client.batches.run(requests, endpoint=CHAT, poll_interval=0, progress=False)
    assert isinstance(results[0], ChatCompletion) and isinstance(results[2], ChatCompletion)
    missing, unknown = results[1], results[3]
    assert isinstance(missing, BatchRequestError) and isinstance(unknown, BatchRequestError)
    assert (missing.index, missing.status_code, missing.code) == (1, 400, "missing_required_parameter")
    assert missing.message == "Missing required parameter: 'messages'."
    assert missing.custom_id == "request-1" and missing.batch_id == results.batch_ids[0]
    assert unknown.code == "unknown_parameter" and results.errors == [missing, unknown]
    assert isinstance(missing, openai.OpenAIError)  # can be raised as it is
    assert "status_code=400" in repr(missing)


# ---- splitting -----------------------------------------------------------------------------------


def test_requests_are_split_by_count(fake: FakeOpenAI) -> None:
    client = fake.client()
    results = client.batches.run(
        [chat(i) for i in range(10)], endpoint=CHAT, poll_interval=0, progress=False, max_requests_per_batch=3
    )
    assert len(results.batches) == 4 and _posts(fake, "/files") == 4
    assert [b.metadata and b.metadata["openai_batch_run_range"] for b in results.batches] == [
        "0-3",
        "3-3",
        "6-3",
        "9-1",
    ]
    assert [r.choices[0].message.content for r in results if isinstance(r, ChatCompletion)][-1] == (
        "Fake reply to: question 9"
    )
    assert [line["custom_id"] for line in _input_lines(client, results)] == [f"request-{i}" for i in range(10)]


def test_requests_are_split_by_bytes(fake: FakeOpenAI) -> None:
    client = fake.client()
    line_size = (
        len(
            json.dumps(
                {"custom_id": "request-0", "method": "POST", "url": CHAT, "body": chat(0)}, separators=(",", ":")
            )
        )
        + 1
    )
    results = client.batches.run(
        [chat(i) for i in range(6)],
        endpoint=CHAT,
        poll_interval=0,
        progress=False,
        max_bytes_per_batch=2 * line_size + 5,
    )
    assert len(results.batches) == 3
    for batch in results.batches:
        assert len(client.files.content(batch.input_file_id).content) <= 2 * line_size + 5
    assert len(results.succeeded) == 6


def test_a_request_too_large_for_any_batch_is_refused_before_anything_is_sent(fake: FakeOpenAI) -> None:
    client = fake.client()
    with pytest.raises(ValueError, match="request 1 is .* bytes"):
        client.batches.run([chat(0), {**chat(1), "user": "x" * 500}], endpoint=CHAT, max_bytes_per_batch=400)
    assert fake.requests == []


def test_limits_cannot_exceed_the_apis() -> None:
    client = OpenAI(api_key="k", base_url="http://unused.test")
    with pytest.raises(ValueError, match="max_requests_per_batch"):
        client.batches.run([chat(0)], endpoint=CHAT, max_requests_per_batch=50_001)
    with pytest.raises(ValueError, match="max_bytes_per_batch"):
        client.batches.run([chat(0)], endpoint=CHAT, max_bytes_per_batch=0)
    with pytest.raises(ValueError, match="poll_interval"):
        client.batches.run([chat(0)], endpoint=CHAT, poll_interval=-1)


# ---- bad input -------------------------------------------------------------------------------------


def test_bad_input_is_refused_before_anything_is_sent(fake: FakeOpenAI, tmp_path: Path) -> None:
    client = fake.client()
    with pytest.raises(ValueError, match="`endpoint` must be one of"):
        client.batches.run([chat(0)], endpoint="/v1/moderations")  # type: ignore[call-overload]
    with pytest.raises(ValueError, match="does not stream"):
        client.batches.run([{**chat(0), "stream": True}], endpoint=CHAT)
    with pytest.raises(TypeError, match="request 0: expected a dict"):
        client.batches.run(["hello"], endpoint=CHAT)  # type: ignore[list-item]
    with pytest.raises(ValueError, match="pass the `requests`"):
        client.batches.run(endpoint=CHAT)
    with pytest.raises(ValueError, match="not both"):
        client.batches.run([chat(0)], endpoint=CHAT, batch_ids=["batch_1"])
    with pytest.raises(TypeError, match="not a string"):
        client.batches.run(endpoint=CHAT, batch_ids="batch_1")
    with pytest.raises(ValueError, match="empty"):
        client.batches.run(endpoint=CHAT, batch_ids=[])
    assert fake.requests == []


async def test_async_bad_input_is_refused(fake: FakeOpenAI) -> None:
    client = fake.async_client()
    with pytest.raises(ValueError, match="does not stream"):
        await client.batches.run([{**chat(0), "stream": True}], endpoint=CHAT)
    assert fake.requests == []


# ---- batches that do not finish well ---------------------------------------------------------------


def test_a_cancelled_batch_gives_errors_for_the_requests_it_did_not_run(
    fake: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = fake.client()
    created: List[str] = []
    original = type(client.batches).create

    def create(self: Any, **kwargs: Any) -> Any:
        batch = original(self, **kwargs)
        created.append(batch.id)
        return batch

    def cancel_everything(self: Any, seconds: float) -> None:  # the first pause of the poll loop
        for batch_id in created:
            client.batches.cancel(batch_id)

    monkeypatch.setattr(type(client.batches), "create", create)
    monkeypatch.setattr(OpenAI, "_sleep", cancel_everything)
    results = client.batches.run([chat(0), chat(1)], endpoint=CHAT, poll_interval=1, progress=False)
    assert results.batches[0].status == "cancelled"
    assert [(e.index, e.code, e.status_code) for e in results.errors] == [
        (0, "batch_cancelled", None),
        (1, "batch_cancelled", None),
    ]
    assert "cancelled before this request ran" in results.errors[0].message


# ---- resuming ---------------------------------------------------------------------------------------


class Interrupted(BaseException):
    pass


def test_an_interrupted_run_resumes_from_its_state_file(
    fake: FakeOpenAI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = fake.client()
    state = tmp_path / "run.json"

    def interrupt(self: Any, seconds: float) -> None:
        raise Interrupted

    monkeypatch.setattr(OpenAI, "_sleep", interrupt)
    with pytest.raises(Interrupted):
        client.batches.run(
            [chat(i) for i in range(7)], endpoint=CHAT, state_file=state, max_requests_per_batch=4, progress=False
        )
    saved = json.loads(state.read_text())
    assert saved["submitted"] is True and [p["count"] for p in saved["parts"]] == [4, 3]
    assert all(p["batch_id"] for p in saved["parts"])
    assert _posts(fake, "/batches") == 2

    monkeypatch.undo()
    results = client.batches.run(endpoint=CHAT, state_file=str(state), poll_interval=0, progress=False)
    assert _posts(fake, "/batches") == 2 and _posts(fake, "/files") == 2  # nothing submitted again
    assert [r.choices[0].message.content for r in results if isinstance(r, ChatCompletion)] == [
        f"Fake reply to: question {i}" for i in range(7)
    ]
    assert results.batch_ids == [p["batch_id"] for p in saved["parts"]]


async def test_async_an_interrupted_run_resumes_from_its_state_file(
    fake: FakeOpenAI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = fake.async_client()
    state = tmp_path / "run.json"

    async def interrupt(self: Any, seconds: float) -> None:
        raise Interrupted

    monkeypatch.setattr(AsyncOpenAI, "_sleep", interrupt)
    with pytest.raises(Interrupted):
        await client.batches.run([chat(i) for i in range(5)], endpoint=CHAT, state_file=state, progress=False)
    monkeypatch.undo()
    results = await client.batches.run(endpoint=CHAT, state_file=state, poll_interval=0, progress=False)
    assert len(results.succeeded) == 5 and _posts(fake, "/batches") == 1


def test_a_run_interrupted_while_submitting_submits_only_the_rest(
    fake: FakeOpenAI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = fake.client()
    state = tmp_path / "run.json"
    requests = [chat(i) for i in range(9)]
    original = type(client.batches).create
    created = 0

    def create_then_crash(self: Any, **kwargs: Any) -> Any:
        nonlocal created
        if created == 1:
            raise Interrupted  # the second part's file is uploaded, its batch not created
        created += 1
        return original(self, **kwargs)

    monkeypatch.setattr(type(client.batches), "create", create_then_crash)
    with pytest.raises(Interrupted):
        client.batches.run(requests, endpoint=CHAT, state_file=state, max_requests_per_batch=3, poll_interval=0)
    saved = json.loads(state.read_text())
    assert saved["submitted"] is False
    assert [(p["batch_id"] is not None, p["file_id"] is not None) for p in saved["parts"]] == [
        (True, True),
        (False, True),
    ]
    monkeypatch.undo()

    with pytest.raises(ValueError, match="pass the same `requests`"):
        client.batches.run(endpoint=CHAT, state_file=state, poll_interval=0, progress=False)
    with pytest.raises(ValueError, match="differ"):
        client.batches.run(
            requests[:-1] + [chat(0)] * 3, endpoint=CHAT, state_file=state, max_requests_per_batch=4, progress=False
        )
    results = client.batches.run(
        requests, endpoint=CHAT, state_file=state, max_requests_per_batch=3, poll_interval=0, progress=False
    )
    assert _posts(fake, "/files") == 3  # the uploaded file was reused; only the third part was new
    assert _posts(fake, "/batches") == 3
    assert len(results.succeeded) == 9 and results[8].choices[0].message.content == "Fake reply to: question 8"  # type: ignore[union-attr]


def test_a_batch_created_but_not_recorded_is_found_by_its_metadata(fake: FakeOpenAI, tmp_path: Path) -> None:
    client = fake.client()
    state = tmp_path / "run.json"
    first = client.batches.run(
        [chat(i) for i in range(4)],
        endpoint=CHAT,
        state_file=state,
        max_requests_per_batch=2,
        poll_interval=0,
        progress=False,
    )
    saved = json.loads(state.read_text())
    saved["parts"][1]["batch_id"] = None  # as if the process died right after creating it
    saved["submitted"] = False
    state.write_text(json.dumps(saved))
    again = client.batches.run(
        [chat(i) for i in range(4)],
        endpoint=CHAT,
        state_file=state,
        max_requests_per_batch=2,
        poll_interval=0,
        progress=False,
    )
    assert _posts(fake, "/batches") == 2  # found, not created twice
    assert again.batch_ids == first.batch_ids
    assert [r.id for r in again if isinstance(r, ChatCompletion)] == [
        r.id for r in first if isinstance(r, ChatCompletion)
    ]


def test_a_run_resumes_from_its_batch_ids(fake: FakeOpenAI, sleeps: List[float]) -> None:
    client = fake.client()
    first = client.batches.run(
        [chat(i) for i in range(6)], endpoint=CHAT, max_requests_per_batch=4, poll_interval=0, progress=False
    )
    again = client.batches.run(endpoint=CHAT, batch_ids=first.batch_ids, progress=False)
    assert [r.id for r in again if isinstance(r, ChatCompletion)] == [
        r.id for r in first if isinstance(r, ChatCompletion)
    ]
    assert sleeps == []  # finished batches are not polled again
    second_part = client.batches.run(endpoint=CHAT, batch_ids=first.batch_ids[1:], progress=False)
    assert [r.choices[0].message.content for r in second_part if isinstance(r, ChatCompletion)] == [
        "Fake reply to: question 4",
        "Fake reply to: question 5",
    ]
    with pytest.raises(ValueError, match="is for /v1/chat/completions"):
        client.batches.run(endpoint="/v1/responses", batch_ids=first.batch_ids, progress=False)


async def test_async_a_run_resumes_from_its_batch_ids(fake: FakeOpenAI) -> None:
    client = fake.async_client()
    first = await client.batches.run([chat(i) for i in range(3)], endpoint=CHAT, poll_interval=0, progress=False)
    again = await client.batches.run(endpoint=CHAT, batch_ids=first.batch_ids, progress=False)
    assert len(again.succeeded) == 3 and again.batch_ids == first.batch_ids


def test_batches_not_started_by_a_run_are_refused(fake: FakeOpenAI) -> None:
    client = fake.client()
    data = json.dumps({"custom_id": "mine", "method": "POST", "url": CHAT, "body": chat(0)}).encode() + b"\n"
    file = client.files.create(file=("in.jsonl", data), purpose="batch")
    batch = client.batches.create(input_file_id=file.id, endpoint=CHAT, completion_window="24h")
    with pytest.raises(ValueError, match="was not started by `batches.run`"):
        client.batches.run(endpoint=CHAT, batch_ids=[batch.id], progress=False)


def test_a_state_file_for_another_endpoint_is_refused(fake: FakeOpenAI, tmp_path: Path) -> None:
    client = fake.client()
    state = tmp_path / "run.json"
    client.batches.run([chat(0)], endpoint=CHAT, state_file=state, poll_interval=0, progress=False)
    with pytest.raises(ValueError, match="is for /v1/chat/completions"):
        client.batches.run(endpoint="/v1/responses", state_file=state, progress=False)
    state.write_text('{"version": 99}')
    with pytest.raises(ValueError, match="not a batch run state file"):
        client.batches.run(endpoint=CHAT, state_file=state, progress=False)


# ---- progress -----------------------------------------------------------------------------------------


@pytest.fixture
def no_tqdm(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)  # importing it fails
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)


def test_progress_without_tqdm_is_a_plain_line_on_stderr(
    fake: FakeOpenAI, no_tqdm: None, capsys: pytest.CaptureFixture[str]
) -> None:
    client = fake.client()
    client.batches.run([chat(i) for i in range(5)], endpoint=CHAT, poll_interval=0)
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert lines[0] == "batch: 0/5 requests done, 0 failed (1 in_progress)"
    assert lines[-1] == "batch: 5/5 requests done, 0 failed (1 completed)"


async def test_async_progress_without_tqdm(fake: FakeOpenAI, no_tqdm: None, capsys: pytest.CaptureFixture[str]) -> None:
    client = fake.async_client()
    await client.batches.run([chat(0), {"model": "x"}], endpoint=CHAT, poll_interval=0)
    assert capsys.readouterr().err.splitlines()[-1] == "batch: 2/2 requests done, 1 failed (1 completed)"


def test_progress_uses_tqdm_when_it_is_installed(fake: FakeOpenAI, monkeypatch: pytest.MonkeyPatch) -> None:
    bars: List["FakeBar"] = []

    class FakeBar:
        def __init__(self, total: int, unit: str, desc: str) -> None:
            self.total, self.n, self.postfix, self.closed = total, 0, "", False
            bars.append(self)

        def update(self, n: int) -> None:
            self.n += n

        def set_postfix_str(self, text: str, refresh: bool = True) -> None:
            self.postfix = text

        def refresh(self) -> None:
            pass

        def close(self) -> None:
            self.closed = True

    module = types.ModuleType("tqdm.auto")
    module.tqdm = FakeBar  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tqdm", types.ModuleType("tqdm"))
    monkeypatch.setitem(sys.modules, "tqdm.auto", module)
    fake.client().batches.run([chat(i) for i in range(3)], endpoint=CHAT, poll_interval=0)
    (bar,) = bars
    assert (bar.total, bar.n, bar.closed) == (3, 3, True)
    assert bar.postfix == "failed=0 batches: 1 completed"


# ---- at volume ----------------------------------------------------------------------------------------


def _many(n: int) -> Iterator[Dict[str, Any]]:
    for i in range(n):
        yield chat(i)


def test_two_thousand_requests_in_several_batches(fake: FakeOpenAI) -> None:
    client = fake.client()
    results = client.batches.run(
        _many(2000), endpoint=CHAT, poll_interval=0, progress=False, max_requests_per_batch=800
    )
    assert len(results) == 2000 and len(results.batches) == 3 and not results.errors
    assert results[1234].choices[0].message.content == "Fake reply to: question 1234"  # type: ignore[union-attr]


def test_the_module_stays_out_of_import_openai() -> None:
    import subprocess

    code = "import sys, openai; openai.OpenAI(api_key='k'); print('openai.lib._batch_runner' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env={**os.environ})
    assert out.stdout.strip() == "False"


def test_requests_of_a_failed_or_expired_batch_get_its_reason() -> None:
    from openai._models import construct_type_unchecked
    from openai.lib._batch_runner import _never_ran
    from openai.types import Batch

    base = {"id": "batch_1", "object": "batch", "endpoint": CHAT, "input_file_id": "f", "completion_window": "24h"}
    failed = construct_type_unchecked(
        type_=Batch,
        value={**base, "status": "failed", "errors": {"data": [{"code": "too_big", "message": "File too large."}]}},
    )
    error = _never_ran(failed, 4)
    assert (error.index, error.custom_id, error.code, error.message, error.batch_id) == (
        4,
        "request-4",
        "too_big",
        "File too large.",
        "batch_1",
    )
    expired = construct_type_unchecked(type_=Batch, value={**base, "status": "expired"})
    assert _never_ran(expired, 0).code == "batch_expired"
    done = construct_type_unchecked(type_=Batch, value={**base, "status": "completed"})
    assert _never_ran(done, 0).code == "missing_result"


def test_progress_on_a_terminal_rewrites_one_line(
    fake: FakeOpenAI, no_tqdm: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    fake.client().batches.run([chat(0), chat(1)], endpoint=CHAT, poll_interval=0)
    out = terminal.getvalue()
    assert out.count("\n") == 1 and out.endswith("\n")  # one line, ended once
    assert out.split("\r")[1:] == [
        "batch: 0/2 requests done, 0 failed (1 in_progress)",
        "batch: 2/2 requests done, 0 failed (1 completed)  \n",  # padded over the longer line before
    ]


def test_run_is_not_in_the_raw_and_streaming_views() -> None:
    client = OpenAI(api_key="k", base_url="http://unused.test")
    for view in (client.batches.with_raw_response, client.batches.with_streaming_response):
        assert hasattr(view, "create")
        with pytest.raises(AttributeError, match="has no attribute 'run'"):
            view.run  # type: ignore[attr-defined]  # noqa: B018
    assert hasattr(client.fine_tuning.alpha.graders.with_raw_response, "run")  # an endpoint of that name stays


def test_results_survive_pickling(fake: FakeOpenAI) -> None:
    import pickle

    results = fake.client().batches.run([chat(0), {"model": "x"}], endpoint=CHAT, poll_interval=0, progress=False)
    copy = pickle.loads(pickle.dumps(results))
    assert isinstance(copy, BatchRunResults) and copy.batch_ids == results.batch_ids
    error = copy[1]
    assert isinstance(error, BatchRequestError)
    assert (error.index, error.status_code, error.code, error.message) == (
        1,
        400,
        "missing_required_parameter",
        "Missing required parameter: 'messages'.",
    )
    assert isinstance(copy[0], ChatCompletion)
