"""Area B (`plat:`): fine-tuning (jobs, checkpoints, permissions, graders), containers, evals."""

from __future__ import annotations

import io
from typing import Any, Dict

import dsl
from dsl import Reply, scenario
from fixtures import spec_reply
from helpers import rid, tmp_dir, tmp_file
from observe import type_name

from scenarios.plat_files import JSONL, ep, list_reply

# ----------------------------------------------------------------------------- fine_tuning.jobs


def job_json(**overrides: Any) -> Dict[str, Any]:
    body: Dict[str, Any] = {
        "object": "fine_tuning.job",
        "id": "ftjob-abc123",
        "model": "gpt-4o-mini-2024-07-18",
        "created_at": 1721764800,
        "fine_tuned_model": None,
        "organization_id": "org-123",
        "result_files": [],
        "status": "queued",
        "validation_file": None,
        "training_file": "file-abc123",
        "hyperparameters": {"batch_size": "auto", "learning_rate_multiplier": "auto", "n_epochs": "auto"},
        "trained_tokens": None,
        "error": None,
        "finished_at": None,
        "seed": 42,
        "estimated_finish": None,
        "integrations": [],
        "metadata": None,
        "method": {
            "type": "supervised",
            "supervised": {
                "hyperparameters": {"batch_size": "auto", "learning_rate_multiplier": "auto", "n_epochs": "auto"}
            },
        },
    }
    body.update(overrides)
    return body


def job_reply(**overrides: Any) -> Reply:
    return Reply(json_body=job_json(**overrides), headers=rid("req_ftjob"))


STRING_CHECK = {
    "type": "string_check",
    "name": "exact match",
    "input": "{{sample.output_text}}",
    "reference": "{{item.label}}",
    "operation": "eq",
}
PYTHON_GRADER = {
    "type": "python",
    "name": "length check",
    "source": "def grade(sample, item):\n    return 1.0 if len(sample['output_text']) < 100 else 0.0\n",
    "image_tag": "2025-05-08",
}
SCORE_MODEL = {
    "type": "score_model",
    "name": "helpfulness",
    "model": "gpt-4o-mini",
    "input": [
        {"role": "system", "content": "Rate the answer from 0 to 1."},
        {"role": "user", "content": "Question: {{item.question}}\nAnswer: {{sample.output_text}}"},
    ],
    "range": [0, 1],
    "sampling_params": {
        "temperature": 0,
        "seed": 7,
        "max_completions_tokens": 64,
        "top_p": 1,
        "reasoning_effort": "low",
    },
}
MULTI = {
    "type": "multi",
    "name": "combined",
    "graders": {
        "exact": STRING_CHECK,
        "sim": {
            "type": "text_similarity",
            "name": "sim",
            "input": "{{sample.output_text}}",
            "reference": "{{item.label}}",
            "evaluation_metric": "fuzzy_match",
        },
    },
    "calculate_output": "0.5 * exact + 0.5 * sim",
}

ep(
    "fine_tuning.jobs.create",
    reply=job_reply(),
    model="gpt-4o-mini-2024-07-18",
    training_file="file-abc123",
)
ep(
    "fine_tuning.jobs.create",
    reply=job_reply(suffix="custom-model-name"),
    variant="supervised all params",
    views=("plain", "raw"),
    model="gpt-4o-mini-2024-07-18",
    training_file="file-abc123",
    hyperparameters={"batch_size": "auto", "learning_rate_multiplier": 0.1, "n_epochs": 3},
    integrations=[
        {
            "type": "wandb",
            "wandb": {
                "project": "my-wandb-project",
                "name": "ft-run-1",
                "entity": None,
                "tags": ["first", "experiment"],
            },
        }
    ],
    metadata={"team": "search", "ticket": "ML-123"},
    method={
        "type": "supervised",
        "supervised": {"hyperparameters": {"batch_size": 8, "learning_rate_multiplier": "auto", "n_epochs": "auto"}},
    },
    seed=42,
    suffix="custom-model-name",
    validation_file="file-def456",
)
ep(
    "fine_tuning.jobs.create",
    reply=job_reply(method={"type": "dpo", "dpo": {"hyperparameters": {"beta": 0.1}}}),
    variant="dpo",
    views=("plain",),
    model="gpt-4o-2024-08-06",
    training_file="file-abc123",
    method={"type": "dpo", "dpo": {"hyperparameters": {"beta": 0.1, "batch_size": "auto"}}},
    integrations=None,
    seed=None,
    suffix=None,
    validation_file=None,
)
ep(
    "fine_tuning.jobs.create",
    reply=job_reply(
        model="o4-mini-2025-04-16",
        method={
            "type": "reinforcement",
            "reinforcement": {
                "grader": STRING_CHECK,
                "hyperparameters": {
                    "reasoning_effort": "medium",
                    "compute_multiplier": 1.0,
                    "eval_interval": "auto",
                    "eval_samples": "auto",
                    "n_epochs": "auto",
                    "batch_size": "auto",
                    "learning_rate_multiplier": "auto",
                },
            },
        },
    ),
    variant="reinforcement",
    views=("plain",),
    model="o4-mini-2025-04-16",
    training_file="file-abc123",
    method={
        "type": "reinforcement",
        "reinforcement": {
            "grader": SCORE_MODEL,
            "hyperparameters": {
                "reasoning_effort": "medium",
                "compute_multiplier": 1.5,
                "eval_interval": 10,
                "eval_samples": "auto",
            },
        },
    },
)
ep("fine_tuning.jobs.retrieve", "ftjob-abc123", reply=job_reply(status="running"))
ep(
    "fine_tuning.jobs.retrieve",
    "ftjob-abc123",
    variant="spec example",
    views=("plain",),
    reply=spec_reply("get", "/fine_tuning/jobs/{fine_tuning_job_id}"),
)
ep("fine_tuning.jobs.list", reply=list_reply([job_json(), job_json(id="ftjob-def456", status="succeeded")]))
ep(
    "fine_tuning.jobs.list",
    reply=list_reply([job_json()]),
    variant="metadata filter",
    views=("plain",),
    after="ftjob-000",
    limit=2,
    metadata={"team": "search", "stage": "prod"},
)
ep(
    "fine_tuning.jobs.list",
    reply=list_reply([]),
    variant="metadata None",
    views=("plain",),
    metadata=None,
)
EVENTS = [
    {
        "object": "fine_tuning.job.event",
        "id": "ft-event-2",
        "created_at": 1721764900,
        "level": "info",
        "message": "Fine tuning job successfully completed",
        "data": {},
        "type": "message",
    },
    {
        "object": "fine_tuning.job.event",
        "id": "ft-event-1",
        "created_at": 1721764800,
        "level": "warn",
        "message": "Step 10/100: training loss=0.52",
        "data": {"step": 10, "train_loss": 0.52},
        "type": "metrics",
    },
]
ep("fine_tuning.jobs.list_events", "ftjob-abc123", reply=list_reply(EVENTS))
ep(
    "fine_tuning.jobs.list_events",
    "ftjob-abc123",
    reply=list_reply(EVENTS[:1]),
    variant="after limit",
    views=("plain",),
    after="ft-event-3",
    limit=2,
)
ep("fine_tuning.jobs.cancel", "ftjob-abc123", reply=job_reply(status="cancelled"))
ep("fine_tuning.jobs.pause", "ftjob-abc123", reply=job_reply(status="paused"))
ep("fine_tuning.jobs.resume", "ftjob-abc123", reply=job_reply(status="running"))
ep("fine_tuning.jobs.cancel", "", reply=job_reply(), variant="empty id", views=("plain",))

CHECKPOINTS = [
    {
        "object": "fine_tuning.job.checkpoint",
        "id": "ftckpt_zc4Q7MP6XxulcVzj4MZdwsAB",
        "created_at": 1721764867,
        "fine_tuned_model_checkpoint": "ft:gpt-4o-mini-2024-07-18:my-org:custom-suffix:96olL566:ckpt-step-2000",
        "metrics": {
            "full_valid_loss": 0.134,
            "full_valid_mean_token_accuracy": 0.874,
            "step": 2000.0,
            "train_loss": 0.2,
        },
        "fine_tuning_job_id": "ftjob-abc123",
        "step_number": 2000,
    }
]
ep("fine_tuning.jobs.checkpoints.list", "ftjob-abc123", reply=list_reply(CHECKPOINTS))
ep(
    "fine_tuning.jobs.checkpoints.list",
    "ftjob-abc123",
    reply=list_reply(CHECKPOINTS),
    variant="after limit",
    views=("plain",),
    after="ftckpt_0",
    limit=1,
)


@scenario("plat:fine_tuning.jobs.list_events pagination")
def _(ctx: dsl.Ctx) -> None:
    ctx.reply(list_reply(EVENTS[:1], has_more=True), list_reply(EVENTS[1:], has_more=False))
    ctx.note("ids", [e.id for e in ctx.client().fine_tuning.jobs.list_events("ftjob-abc123", limit=1)])


@scenario("plat:fine_tuning.jobs.checkpoints.list pagination async")
async def _(ctx: dsl.Ctx) -> None:
    second = dict(CHECKPOINTS[0], id="ftckpt_2", step_number=4000)
    ctx.reply(list_reply(CHECKPOINTS, has_more=True), list_reply([second], has_more=False))
    ids = [c.id async for c in ctx.async_client().fine_tuning.jobs.checkpoints.list("ftjob-abc123")]
    ctx.note("ids", ids)


# ----------------------------------------------------------------------------- checkpoint permissions

CKPT = "ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd"
PERMISSION = {
    "object": "checkpoint.permission",
    "id": "cp_zc4Q7MP6XxulcVzj4MZdwsAB",
    "created_at": 1721764867,
    "project_id": "proj_abGMw1llN8IrBb6SvvY5A1iH",
}
PERMISSIONS = {
    "object": "list",
    "data": [PERMISSION],
    "first_id": PERMISSION["id"],
    "last_id": PERMISSION["id"],
    "has_more": False,
}

ep(
    "fine_tuning.checkpoints.permissions.create",
    CKPT,
    reply=Reply(json_body=PERMISSIONS, headers=rid("req_perm")),
    project_ids=["proj_abGMw1llN8IrBb6SvvY5A1iH", "proj_2"],
)
ep("fine_tuning.checkpoints.permissions.retrieve", CKPT, reply=Reply(json_body=PERMISSIONS))
ep(
    "fine_tuning.checkpoints.permissions.retrieve",
    CKPT,
    reply=Reply(json_body=PERMISSIONS),
    variant="all params",
    views=("plain",),
    after="cp_0",
    limit=10,
    order="descending",
    project_id="proj_abGMw1llN8IrBb6SvvY5A1iH",
)
ep(
    "fine_tuning.checkpoints.permissions.delete",
    "cp_zc4Q7MP6XxulcVzj4MZdwsAB",
    reply=Reply(json_body={"object": "checkpoint.permission", "id": "cp_zc4Q7MP6XxulcVzj4MZdwsAB", "deleted": True}),
    fine_tuned_model_checkpoint=CKPT,
)
ep(
    "fine_tuning.checkpoints.permissions.delete",
    "cp_1",
    reply=Reply(json_body={}),
    variant="empty checkpoint",
    views=("plain",),
    fine_tuned_model_checkpoint="",
)

# ----------------------------------------------------------------------------- alpha graders

GRADER_RUN = {
    "reward": 1.0,
    "metadata": {
        "name": "exact match",
        "type": "string_check",
        "errors": {
            "formula_parse_error": False,
            "sample_parse_error": False,
            "truncated_observation_error": False,
            "unresponsive_reward_error": False,
            "invalid_variable_error": False,
            "other_error": False,
            "python_grader_server_error": False,
            "python_grader_server_error_type": None,
            "python_grader_runtime_error": False,
            "python_grader_runtime_error_details": None,
            "model_grader_server_error": False,
            "model_grader_refusal_error": False,
            "model_grader_parse_error": False,
            "model_grader_server_error_details": None,
        },
        "execution_time": 0.0032,
        "scores": {"exact match": 1.0},
        "token_usage": None,
        "sampled_model_name": None,
    },
    "sub_rewards": {},
    "model_grader_token_usage_per_model": {},
}

ep(
    "fine_tuning.alpha.graders.run",
    reply=Reply(json_body=GRADER_RUN, headers=rid("req_grader")),
    grader=STRING_CHECK,
    model_sample="Paris",
    item={"label": "Paris"},
)
ep(
    "fine_tuning.alpha.graders.run",
    reply=Reply(json_body=GRADER_RUN),
    variant="python grader no item",
    views=("plain",),
    grader=PYTHON_GRADER,
    model_sample="short answer",
)
ep(
    "fine_tuning.alpha.graders.run",
    reply=spec_reply("post", "/fine_tuning/alpha/graders/run"),
    variant="multi grader spec reply",
    views=("plain",),
    grader=MULTI,
    model_sample="Paris",
    item={"label": "Paris", "weights": [0.5, 0.5]},
)
ep("fine_tuning.alpha.graders.validate", reply=Reply(json_body={"grader": STRING_CHECK}), grader=STRING_CHECK)
ep(
    "fine_tuning.alpha.graders.validate",
    reply=Reply(json_body={"grader": SCORE_MODEL}),
    variant="score model",
    views=("plain",),
    grader=SCORE_MODEL,
)

# ----------------------------------------------------------------------------- containers


def container_json(**overrides: Any) -> Dict[str, Any]:
    body: Dict[str, Any] = {
        "id": "cntr_682e30645a488191b6363a0cbefc0f0a025ec61b66250591",
        "object": "container",
        "created_at": 1747857508,
        "status": "running",
        "expires_after": {"anchor": "last_active_at", "minutes": 20},
        "last_active_at": 1747857508,
        "name": "My Container",
    }
    body.update(overrides)
    return body


CNTR = "cntr_682e30645a488191b6363a0cbefc0f0a025ec61b66250591"

ep("containers.create", reply=Reply(json_body=container_json(), headers=rid("req_cntr")), name="My Container")
ep(
    "containers.create",
    reply=Reply(json_body=container_json()),
    variant="all params",
    views=("plain",),
    name="My Container",
    expires_after={"anchor": "last_active_at", "minutes": 20},
    file_ids=["file-abc123", "file-def456"],
)
ep("containers.retrieve", CNTR, reply=Reply(json_body=container_json()))
ep("containers.list", reply=list_reply([container_json(), container_json(id="cntr_2", name="Other")]))
ep(
    "containers.list",
    reply=list_reply([]),
    variant="all params",
    views=("plain",),
    after="cntr_0",
    limit=5,
    order="asc",
)
ep(
    "containers.delete",
    CNTR,
    reply=Reply(json_body={"id": CNTR, "object": "container.deleted", "deleted": True}, headers=rid("req_del")),
)
ep("containers.delete", CNTR, reply=Reply(200, content=b""), variant="empty body", views=("plain", "raw"))


def cfile_json(**overrides: Any) -> Dict[str, Any]:
    body: Dict[str, Any] = {
        "id": "cfile_682e0e8a43c88191a7978f477a09bdf5",
        "object": "container.file",
        "created_at": 1747848842,
        "bytes": 880,
        "container_id": CNTR,
        "path": "/mnt/data/88e12fa445d32636f190a0b33daed6cb-tsconfig.json",
        "source": "user",
    }
    body.update(overrides)
    return body


CFILE = "cfile_682e0e8a43c88191a7978f477a09bdf5"

ep(
    "containers.files.create",
    CNTR,
    reply=Reply(json_body=cfile_json(), headers=rid("req_cfile")),
    file=("tsconfig.json", b'{"compilerOptions": {}}\n', "application/json"),
)
ep(
    "containers.files.create",
    CNTR,
    reply=Reply(json_body=cfile_json()),
    variant="file_id only",
    file_id="file-abc123",
)
ep(
    "containers.files.create",
    CNTR,
    reply=Reply(json_body=cfile_json()),
    variant="path",
    views=("plain",),
    make=lambda: ((CNTR,), {"file": tmp_file("data.csv", b"a,b\n1,2\n")}),
)
ep(
    "containers.files.create",
    CNTR,
    reply=Reply(json_body=cfile_json()),
    variant="BytesIO",
    views=("plain",),
    make=lambda: ((CNTR,), {"file": io.BytesIO(b"a,b\n1,2\n")}),
)
ep(
    "containers.files.create",
    CNTR,
    reply=Reply(json_body=cfile_json()),
    variant="nothing",
    views=("plain",),
)
ep("containers.files.retrieve", CFILE, reply=Reply(json_body=cfile_json()), container_id=CNTR)
ep("containers.files.list", CNTR, reply=list_reply([cfile_json(), cfile_json(id="cfile_2", source="assistant")]))
ep(
    "containers.files.list",
    CNTR,
    reply=list_reply([]),
    variant="all params",
    views=("plain",),
    after="cfile_0",
    limit=3,
    order="desc",
)
ep("containers.files.delete", CFILE, reply=Reply(200, content=b""), container_id=CNTR)
ep(
    "containers.files.content.retrieve",
    CFILE,
    reply=Reply(content=b'{"compilerOptions": {}}\n', content_type="application/octet-stream", headers=rid("req_cc")),
    container_id=CNTR,
)
ep(
    "containers.files.retrieve",
    CFILE,
    reply=Reply(json_body={}),
    variant="empty container id",
    views=("plain",),
    container_id="",
)


@scenario("plat:containers.files.content binary")
def _(ctx: dsl.Ctx) -> None:
    client = ctx.client()
    ctx.reply(Reply(content=b"col1,col2\n1,2\n", content_type="text/csv"))
    content = client.containers.files.content.retrieve(CFILE, container_id=CNTR)
    ctx.note("type", type_name(content))
    ctx.note("text", content.text)
    target = tmp_dir() / "cfile.csv"
    content.write_to_file(target)
    ctx.note("written", target.read_bytes())
    ctx.reply(Reply(content=b"col1,col2\n1,2\n", content_type="text/csv"))
    with client.containers.files.content.with_streaming_response.retrieve(CFILE, container_id=CNTR) as response:
        ctx.note("streaming type", type_name(response))
        ctx.note("iter_bytes(6)", list(response.iter_bytes(6)))


@scenario("plat:containers.files.create upload async")
async def _(ctx: dsl.Ctx) -> None:
    ctx.reply(Reply(json_body=cfile_json()))
    path = tmp_file("notes.md", b"# Notes\n")
    await ctx.acall("create", lambda: ctx.async_client().containers.files.create(CNTR, file=path))
    ctx.reply(Reply(json_body=cfile_json()))
    with open(tmp_file("script.py", b"print(1)\n"), "rb") as f:
        await ctx.acall("create open file", lambda: ctx.async_client().containers.files.create(CNTR, file=f))


# ----------------------------------------------------------------------------- evals

EVAL_ID = "eval_67abd54d9b0081909a86353f6fb9317a"
RUN_ID = "evalrun_67abd54d60ec8190832b46859da808f7"


def eval_json(**overrides: Any) -> Dict[str, Any]:
    body: Dict[str, Any] = {
        "object": "eval",
        "id": EVAL_ID,
        "data_source_config": {
            "type": "custom",
            "schema": {
                "type": "object",
                "properties": {
                    "item": {
                        "type": "object",
                        "properties": {"input": {"type": "string"}, "ground_truth": {"type": "string"}},
                        "required": ["input", "ground_truth"],
                    }
                },
                "required": ["item"],
            },
        },
        "testing_criteria": [
            {
                "name": "String check",
                "id": "String check-2eaf2d8d-d649-4335-8148-9535a7ca73c2",
                "type": "string_check",
                "input": "{{item.input}}",
                "reference": "{{item.ground_truth}}",
                "operation": "eq",
            }
        ],
        "name": "External Data Eval",
        "created_at": 1739314509,
        "metadata": {"test": "synthetics"},
    }
    body.update(overrides)
    return body


def run_json(**overrides: Any) -> Dict[str, Any]:
    body: Dict[str, Any] = {
        "object": "eval.run",
        "id": RUN_ID,
        "eval_id": EVAL_ID,
        "report_url": "https://platform.openai.com/evaluations/eval_67abd54d9b0081909a86353f6fb9317a",
        "status": "queued",
        "model": "gpt-4o-mini",
        "name": "gpt-4o-mini",
        "created_at": 1743092069,
        "result_counts": {"total": 0, "errored": 0, "failed": 0, "passed": 0},
        "per_model_usage": None,
        "per_testing_criteria_results": None,
        "data_source": {"type": "jsonl", "source": {"type": "file_id", "id": "file-J7MoX9ToHXp2TutMEeYnwj"}},
        "error": None,
        "metadata": {},
    }
    body.update(overrides)
    return body


ep(
    "evals.create",
    reply=Reply(json_body=eval_json(), headers=rid("req_eval")),
    name="External Data Eval",
    data_source_config={
        "type": "custom",
        "item_schema": {
            "type": "object",
            "properties": {"input": {"type": "string"}, "ground_truth": {"type": "string"}},
            "required": ["input", "ground_truth"],
        },
        "include_sample_schema": False,
    },
    testing_criteria=[
        {
            "type": "string_check",
            "name": "String check",
            "input": "{{item.input}}",
            "reference": "{{item.ground_truth}}",
            "operation": "eq",
        }
    ],
    metadata={"test": "synthetics"},
)
ep(
    "evals.create",
    reply=Reply(
        json_body=eval_json(data_source_config={"type": "logs", "metadata": {"usecase": "chatbot"}, "schema": {}})
    ),
    variant="logs and model graders",
    views=("plain",),
    data_source_config={"type": "logs", "metadata": {"usecase": "chatbot"}},
    testing_criteria=[
        {
            "type": "label_model",
            "name": "sentiment",
            "model": "o3-mini",
            "input": [
                {"role": "developer", "content": "Classify the sentiment"},
                {"role": "user", "content": "{{item.input}}"},
            ],
            "labels": ["positive", "neutral", "negative"],
            "passing_labels": ["positive"],
        },
        {
            "type": "text_similarity",
            "name": "similar",
            "input": "{{sample.output_text}}",
            "reference": "{{item.ground_truth}}",
            "evaluation_metric": "bleu",
            "pass_threshold": 0.6,
        },
        dict(PYTHON_GRADER, pass_threshold=0.5),
        dict(SCORE_MODEL, pass_threshold=0.7),
    ],
)
ep("evals.retrieve", EVAL_ID, reply=Reply(json_body=eval_json()))
ep(
    "evals.update",
    EVAL_ID,
    reply=Reply(json_body=eval_json(name="Updated")),
    name="Updated",
    metadata={"description": "renamed"},
)
ep(
    "evals.update",
    EVAL_ID,
    reply=Reply(json_body=eval_json()),
    variant="metadata None",
    views=("plain",),
    metadata=None,
)
ep("evals.list", reply=list_reply([eval_json()]))
ep(
    "evals.list",
    reply=list_reply([eval_json()]),
    variant="all params",
    views=("plain",),
    after="eval_0",
    limit=10,
    order="desc",
    order_by="updated_at",
)
ep("evals.delete", EVAL_ID, reply=spec_reply("delete", "/evals/{eval_id}"))
ep("evals.retrieve", EVAL_ID, reply=spec_reply("get", "/evals/{eval_id}"), variant="spec example", views=("plain",))

ep(
    "evals.runs.create",
    EVAL_ID,
    reply=Reply(json_body=run_json(), headers=rid("req_run")),
    name="gpt-4o-mini",
    data_source={"type": "jsonl", "source": {"type": "file_id", "id": "file-J7MoX9ToHXp2TutMEeYnwj"}},
    metadata={"owner": "qa"},
)
ep(
    "evals.runs.create",
    EVAL_ID,
    reply=Reply(
        json_body=run_json(data_source={"type": "completions", "source": {"type": "file_content", "content": []}})
    ),
    variant="completions data source",
    views=("plain",),
    data_source={
        "type": "completions",
        "source": {
            "type": "file_content",
            "content": [{"item": {"input": "Tell me a joke", "ground_truth": "Why did the chicken..."}}],
        },
        "input_messages": {
            "type": "template",
            "template": [{"role": "developer", "content": "Be funny"}, {"role": "user", "content": "{{item.input}}"}],
        },
        "model": "gpt-4o-mini",
        "sampling_params": {
            "temperature": 1.0,
            "max_completion_tokens": 128,
            "top_p": 1.0,
            "seed": 42,
            "response_format": {"type": "text"},
        },
    },
)
ep(
    "evals.runs.create",
    EVAL_ID,
    reply=Reply(
        json_body=run_json(data_source={"type": "responses", "source": {"type": "responses", "model": "gpt-4o"}})
    ),
    variant="responses data source",
    views=("plain",),
    data_source={
        "type": "responses",
        "source": {
            "type": "responses",
            "model": "gpt-4o",
            "created_after": 1743000000,
            "metadata": {"usecase": "chatbot"},
        },
        "input_messages": {"type": "item_reference", "item_reference": "item.input"},
        "sampling_params": {"temperature": 0.5, "tools": [], "text": {"format": {"type": "text"}}},
    },
)
ep("evals.runs.retrieve", RUN_ID, reply=Reply(json_body=run_json(status="completed")), eval_id=EVAL_ID)
ep(
    "evals.runs.retrieve",
    RUN_ID,
    reply=spec_reply("get", "/evals/{eval_id}/runs/{run_id}"),
    variant="spec example",
    views=("plain",),
    eval_id=EVAL_ID,
)
ep("evals.runs.list", EVAL_ID, reply=list_reply([run_json()]))
ep(
    "evals.runs.list",
    EVAL_ID,
    reply=list_reply([run_json()]),
    variant="all params",
    views=("plain",),
    after="evalrun_0",
    limit=5,
    order="asc",
    status="completed",
)
ep("evals.runs.delete", RUN_ID, reply=spec_reply("delete", "/evals/{eval_id}/runs/{run_id}"), eval_id=EVAL_ID)
ep("evals.runs.cancel", RUN_ID, reply=Reply(json_body=run_json(status="canceled")), eval_id=EVAL_ID)
ep("evals.runs.cancel", RUN_ID, reply=Reply(json_body={}), variant="empty eval id", views=("plain",), eval_id="")

OUTPUT_ITEM = {
    "object": "eval.run.output_item",
    "id": "outputitem_67e5796c28e081909917bf79f6e6214d",
    "created_at": 1743092076,
    "run_id": RUN_ID,
    "eval_id": EVAL_ID,
    "status": "pass",
    "datasource_item_id": 5,
    "datasource_item": {"input": "Stock Markets Rally", "ground_truth": "Markets"},
    "results": [{"name": "String check", "sample": None, "passed": True, "score": 1.0}],
    "sample": {
        "input": [{"role": "developer", "content": "Categorize"}, {"role": "user", "content": "Stock Markets Rally"}],
        "output": [{"role": "assistant", "content": "Markets"}],
        "finish_reason": "stop",
        "model": "gpt-4o-mini-2024-07-18",
        "usage": {"total_tokens": 325, "completion_tokens": 2, "prompt_tokens": 323, "cached_tokens": 0},
        "error": {"code": None, "message": None},
        "temperature": 1.0,
        "max_completion_tokens": 2048,
        "top_p": 1.0,
        "seed": 42,
    },
}
ep(
    "evals.runs.output_items.retrieve",
    OUTPUT_ITEM["id"],
    reply=Reply(json_body=OUTPUT_ITEM),
    eval_id=EVAL_ID,
    run_id=RUN_ID,
)
ep("evals.runs.output_items.list", RUN_ID, reply=list_reply([OUTPUT_ITEM]), eval_id=EVAL_ID)
ep(
    "evals.runs.output_items.list",
    RUN_ID,
    reply=list_reply([OUTPUT_ITEM]),
    variant="all params",
    views=("plain",),
    eval_id=EVAL_ID,
    after="outputitem_0",
    limit=20,
    order="desc",
    status="fail",
)
ep(
    "evals.runs.output_items.retrieve",
    "outputitem_1",
    reply=spec_reply("get", "/evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}"),
    variant="spec example",
    views=("plain",),
    eval_id=EVAL_ID,
    run_id=RUN_ID,
)


@scenario("plat:evals.runs.output_items.list pagination")
def _(ctx: dsl.Ctx) -> None:
    second = dict(OUTPUT_ITEM, id="outputitem_2", status="fail")
    ctx.reply(list_reply([OUTPUT_ITEM], has_more=True), list_reply([second], has_more=False))
    items = list(ctx.client().evals.runs.output_items.list(RUN_ID, eval_id=EVAL_ID, limit=1))
    ctx.note("ids", [i.id for i in items])
    ctx.see("items", items)


@scenario("plat:fine_tuning flow: upload then job")
def _(ctx: dsl.Ctx) -> None:
    """The usual flow: upload training data, then start a job on it."""
    client = ctx.client()
    ctx.reply(
        Reply(
            json_body={
                "id": "file-train",
                "object": "file",
                "bytes": len(JSONL),
                "created_at": 1,
                "filename": "train.jsonl",
                "purpose": "fine-tune",
                "status": "uploaded",
            }
        )
    )
    uploaded = ctx.call("upload", lambda: client.files.create(file=("train.jsonl", JSONL), purpose="fine-tune"))
    ctx.reply(job_reply(training_file="file-train"))
    ctx.call("job", lambda: client.fine_tuning.jobs.create(model="gpt-4o-mini-2024-07-18", training_file=uploaded.id))
