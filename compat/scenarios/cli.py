"""Area D (`cli:`): the `openai` command line, run in-process.

A scenario runs `openai ARGS` through the console script's entry point, `openai.cli:main` (that is
`openai.cli._cli.main`, in both packages; it takes no arguments and reads `sys.argv`, so that is set
to `["openai", *ARGS]`: the same program name on both sides) against the recording server, and records what the command wrote to stdout and stderr and its status: `main()`'s return
value, the code of a `SystemExit` (argparse: help, version, usage errors), or the exception that
escaped. The command configures the module client (`openai.api_key`, `openai.base_url`,
`openai.http_client`, ...): every module setting, `sys.argv`, the root log handlers and the
loggers' levels are put back afterwards, and the cached module client is dropped.

Uploads (files, images, audio): the progress meter on stderr differs by design
(COMPAT.md#cli-progress-without-tqdm: the official draws it with tqdm, with timings and rates), so
those scenarios compare stdout, the status, the wire and only the meters' labels;
`cli: upload progress` compares the whole of stderr, as that deviation.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import re
import runpy
import socket
import sys
from typing import Any, Dict, Iterator, List, Optional, Sequence

from dsl import API_KEY, Ctx, Reply, scenario
from fixtures import spec_example, spec_reply
from helpers import chat_choice, chat_completion, chat_message, rid, tmp_file
from observe import describe_exception
from server import sse

import openai

# What the command may change in the module (see `openai.cli._cli`), put back after every run.
SETTINGS = (
    "api_key",
    "organization",
    "project",
    "base_url",
    "http_client",
    "api_type",
    "api_version",
    "azure_endpoint",
    "azure_ad_token",
    "azure_ad_token_provider",
)

JSONL = b'{"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello!"}]}\n'
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
MASK = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR mask"
WAV = b"RIFF$\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00@\x1f\x00\x00\x80>\x00\x00\x02\x00\x10\x00data"
JOB = "ftjob-abc123"

# `Upload progress: 100%|...`: the label of each meter drawn, whatever draws it.
_METER = re.compile(r"([A-Za-z][A-Za-z ]*): +\d+%\|")


@contextlib.contextmanager
def _isolated(argv: Sequence[str], cwd: Optional[str]) -> Iterator[None]:
    """`sys.argv`, the working directory and a fresh module client for one run; afterwards the
    module settings, the root log handlers and the loggers' levels as they were."""
    saved = {name: getattr(openai, name, None) for name in SETTINGS}
    saved_argv, saved_cwd = sys.argv, os.getcwd()
    root = logging.getLogger()
    handlers = list(root.handlers)
    levels = {name: logging.getLogger(name).level for name in ("openai", "httpx")}
    openai._reset_client()
    sys.argv = ["openai", *argv]
    try:
        if cwd:
            os.chdir(cwd)
        yield
    finally:
        sys.argv = saved_argv
        os.chdir(saved_cwd)
        for name, value in saved.items():
            setattr(openai, name, value)
        openai._reset_client()
        root.handlers[:] = handlers
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)


def execute(ctx: Ctx, argv: Sequence[str], *, cwd: Optional[str] = None, module: bool = False) -> Dict[str, Any]:
    """Run `openai ARGV` (with `module`, `python -m openai ARGV`) in `cwd`: its stdout, stderr and
    status (argparse's help is laid out for 80 columns)."""
    out, err = io.StringIO(), io.StringIO()
    with ctx.env(COLUMNS="80"), _isolated(argv, cwd):
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                if module:
                    runpy.run_module("openai", run_name="__main__", alter_sys=True)
                    status: Any = "returned"
                else:
                    from openai.cli import main

                    status = main()
            except SystemExit as exc:
                status = f"SystemExit({exc.code!r})"
            except Exception as exc:
                status = describe_exception(exc)
    return {"stdout": out.getvalue(), "stderr": err.getvalue(), "status": status}


def run(ctx: Ctx, argv: Sequence[str], *, label: str = "openai", **options: Any) -> None:
    """Run `openai ARGV` and record its stdout, stderr and status."""
    ctx.record(label, execute(ctx, argv, **options))


def on_server(ctx: Ctx, *args: str) -> List[str]:
    """`-b SERVER -k KEY ARGS`."""
    return ["-b", ctx.base_url + "/", "-k", API_KEY, *args]


def api(ctx: Ctx, *args: str, options: Sequence[str] = (), label: str = "openai") -> None:
    """Run and record `openai -b SERVER -k KEY [OPTIONS] api ARGS`."""
    run(ctx, on_server(ctx, *options, "api", *args), label=label)


def upload(ctx: Ctx, *args: str, files: Dict[str, bytes], whole_stderr: bool = False) -> None:
    """`api(...)` of a command that uploads `files` (name: bytes), run in their folder so that the
    names on the command line (and in the multipart body) are the same on both sides. Its stderr
    is recorded as the labels of the progress meters drawn (`whole_stderr`: as it is)."""
    (first, data), *rest = files.items()
    folder = tmp_file(first, data).parent
    for name, more in rest:
        (folder / name).write_bytes(more)
    record = execute(ctx, on_server(ctx, "api", *args), cwd=str(folder))
    if not whole_stderr:
        record["stderr"] = {"progress meters": list(dict.fromkeys(_METER.findall(record["stderr"])))}
    ctx.record("openai", record)


# ----------------------------------------------------------------------------- reply bodies


def chunk(index: int, content: Optional[str], finish: Optional[str] = None, role: bool = False) -> Dict[str, Any]:
    delta: Dict[str, Any] = {"content": content}
    if role:
        delta["role"] = "assistant"
    return {
        "id": "chatcmpl-cli1",
        "object": "chat.completion.chunk",
        "created": 1741569952,
        "model": "gpt-4o-2024-08-06",
        "choices": [{"index": index, "delta": delta, "logprobs": None, "finish_reason": finish}],
    }


def completion(*texts: str) -> Dict[str, Any]:
    return {
        "id": "cmpl-cli1",
        "object": "text_completion",
        "created": 1741569952,
        "model": "gpt-3.5-turbo-instruct",
        "choices": [{"text": t, "index": i, "logprobs": None, "finish_reason": "stop"} for i, t in enumerate(texts)],
        "usage": {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12},
    }


def images_reply() -> Reply:
    return Reply(
        json_body={"created": 1713833628, "data": [{"url": "https://example.com/img.png"}]}, headers=rid("req_img")
    )


def job_reply(**overrides: Any) -> Reply:
    body = spec_example("get", "/fine_tuning/jobs/{fine_tuning_job_id}", id=JOB, **overrides)
    return Reply(json_body=body, headers=rid("req_job"))


def not_found(request_id: Optional[str]) -> Reply:
    error = {"message": "The model 'nope' does not exist", "type": "invalid_request_error", "param": None, "code": None}
    return Reply(404, json_body={"error": error}, headers=rid(request_id) if request_id else {})


def azure(ctx: Ctx, *, api_version: bool = True) -> List[str]:
    """The global options of an Azure command on the recording server."""
    options = ["-t", "azure", "--azure-endpoint", f"http://127.0.0.1:{ctx.server.port}"]
    return options + (["--api-version", "2024-10-21"] if api_version else [])


# ----------------------------------------------------------------------------- help and usage


for _argv in ([], ["api"], ["--help"], ["api", "--help"], ["--version"], ["api", "chat.completions.create", "--help"]):

    @scenario(f"cli: openai {' '.join(_argv)}".rstrip())
    def _(ctx: Ctx, argv: List[str] = _argv) -> None:
        run(ctx, argv)


@scenario("cli: unknown option")
def _(ctx: Ctx) -> None:
    api(ctx, "models.list", "--bogus")


@scenario("cli: unknown command")
def _(ctx: Ctx) -> None:
    api(ctx, "models.lst")


@scenario("cli: missing required option")
def _(ctx: Ctx) -> None:
    api(ctx, "models.retrieve")


@scenario("cli: two proxies of one scheme")
def _(ctx: Ctx) -> None:
    api(ctx, "models.list", options=["-p", "http://127.0.0.1:1", "http://127.0.0.1:2"])


# ----------------------------------------------------------------------------- chat and completions

HI = ["-m", "gpt-4o", "-g", "user", "Hello!"]


@scenario("cli: chat.completions.create")
def _(ctx: Ctx) -> None:
    ctx.reply(Reply(json_body=chat_completion(), headers=rid("req_chat")))
    api(ctx, "chat.completions.create", *HI)


@scenario("cli: chat.completions.create several -g")
def _(ctx: Ctx) -> None:
    ctx.reply(Reply(json_body=chat_completion(chat_choice(chat_message("Paris.\n"))), headers=rid("req_chat")))
    messages = ["-g", "developer", "Be brief.", "-g", "user", "Capital of France?", "-g", "assistant", "Paris."]
    api(ctx, "chat.completions.create", "-m", "gpt-4o", *messages, "-g", "user", "Again?")


@scenario("cli: chat.completions.create -n 2")
def _(ctx: Ctx) -> None:
    choices = [chat_choice(chat_message("One.")), chat_choice(chat_message(None, refusal="No."), index=1)]
    ctx.reply(Reply(json_body=chat_completion(*choices), headers=rid("req_chat")))
    api(ctx, "chat.completions.create", *HI, "-n", "2")


@scenario("cli: chat.completions.create -M -t -P --stop")
def _(ctx: Ctx) -> None:
    ctx.reply(Reply(json_body=chat_completion(), headers=rid("req_chat")))
    api(ctx, "chat.completions.create", *HI, "-M", "50", "-t", "0.5", "-P", "0.9", "--stop", "END")


@scenario("cli: chat.completions.create unknown role", deviation="cli-errors-one-line")
def _(ctx: Ctx) -> None:
    api(ctx, "chat.completions.create", "-m", "gpt-4o", "-g", "bogus", "Hello!")


@scenario("cli: chat.completions.create --stream")
def _(ctx: Ctx) -> None:
    ctx.reply(sse(chunk(0, "", role=True), chunk(0, "Hel"), chunk(0, "lo!"), chunk(0, None, "stop"), done=True))
    api(ctx, "chat.completions.create", *HI, "--stream")


@scenario("cli: chat.completions.create --stream usage chunk and unicode")
def _(ctx: Ctx) -> None:
    usage = {**chunk(0, None), "choices": [], "usage": {"prompt_tokens": 9, "completion_tokens": 2, "total_tokens": 11}}
    ctx.reply(sse(chunk(0, "Grüß ", role=True), chunk(0, "dich 👋"), chunk(0, None, "stop"), usage, done=True))
    api(ctx, "chat.completions.create", *HI, "--stream")


@scenario("cli: chat.completions.create --stream error event")
def _(ctx: Ctx) -> None:
    error = {"error": {"message": "The server had an error", "type": "server_error", "param": None, "code": None}}
    ctx.reply(sse(chunk(0, "Hel", role=True), error))
    api(ctx, "chat.completions.create", *HI, "--stream")


@scenario("cli: chat.completions.create --stream -n 2")
def _(ctx: Ctx) -> None:
    two = chunk(0, "A")
    two["choices"].append({**two["choices"][0], "index": 1, "delta": {"content": "B"}})
    ctx.reply(sse(two, chunk(1, "b"), chunk(0, None, "stop"), done=True))
    api(ctx, "chat.completions.create", *HI, "--stream", "-n", "2")


@scenario("cli: completions.create")
def _(ctx: Ctx) -> None:
    ctx.reply(Reply(json_body=completion(" a test."), headers=rid("req_cmpl")))
    api(ctx, "completions.create", "-m", "gpt-3.5-turbo-instruct", "-p", "This is", "-M", "7", "--echo")


@scenario("cli: completions.create -n 2")
def _(ctx: Ctx) -> None:
    ctx.reply(Reply(json_body=completion(" one", " two\n"), headers=rid("req_cmpl")))
    api(ctx, "completions.create", "-m", "gpt-3.5-turbo-instruct", "-n", "2", "--user", "u1")


@scenario("cli: completions.create --stream")
def _(ctx: Ctx) -> None:
    ctx.reply(sse(completion(" a"), completion(" test."), done=True))
    api(ctx, "completions.create", "-m", "gpt-3.5-turbo-instruct", "-p", "This is", "--stream", "-t", "0")


@scenario("cli: completions.create --stream -n 2")
def _(ctx: Ctx) -> None:
    api(ctx, "completions.create", "-m", "gpt-3.5-turbo-instruct", "--stream", "-n", "2")


# ----------------------------------------------------------------------------- models, files

for _name, _args, _reply in (
    ("models.list", [], spec_reply("get", "/models")),
    ("models.retrieve", ["-i", "gpt-4o"], spec_reply("get", "/models/{model}")),
    ("models.delete", ["-i", "ft:gpt-4o-mini:acme:suffix:abc123"], spec_reply("delete", "/models/{model}")),
    ("files.list", [], spec_reply("get", "/files")),
    ("fine_tuning.jobs.retrieve", ["-i", JOB], job_reply()),
    ("fine_tuning.jobs.cancel", ["-i", JOB], job_reply(status="cancelled")),
    ("fine_tuning.jobs.list", ["-a", "ftjob-0", "-l", "2"], spec_reply("get", "/fine_tuning/jobs")),
    (
        "fine_tuning.jobs.list_events",
        ["-i", JOB, "-l", "2"],
        spec_reply("get", "/fine_tuning/jobs/{fine_tuning_job_id}/events"),
    ),
    ("images.generate", ["-p", "A cute baby sea otter", "-n", "1", "-s", "256x256"], images_reply()),
):

    @scenario(f"cli: {_name}")
    def _(ctx: Ctx, name: str = _name, args: List[str] = _args, reply: Reply = _reply) -> None:
        ctx.reply(reply)
        api(ctx, name, *args)


@scenario("cli: files.list two pages, extra fields, unicode")
def _(ctx: Ctx) -> None:
    first = spec_example("get", "/files")
    item = {**first["data"][0], "id": "file-1", "filename": "données.jsonl", "zz_new_field": {"b": 1, "a": [None]}}
    page = {**first, "data": [item], "has_more": True, "first_id": "file-1", "last_id": "file-1"}
    last = {**page, "data": [{**item, "id": "file-2", "bytes": 2}], "has_more": False}
    ctx.reply(Reply(json_body=page), Reply(json_body=last))
    api(ctx, "files.list")


@scenario("cli: files.retrieve and files.delete", deviation="cli-files-retrieve-delete")
def _(ctx: Ctx) -> None:
    ctx.reply(spec_reply("get", "/files/{file_id}"), spec_reply("delete", "/files/{file_id}"))
    api(ctx, "files.retrieve", "-i", "file-abc123", label="retrieve")
    api(ctx, "files.delete", "-i", "file-abc123", label="delete")


@scenario("cli: fine_tuning.jobs.create")
def _(ctx: Ctx) -> None:
    ctx.reply(job_reply(status="queued"))
    options = ["-H", '{"n_epochs": 2}', "-s", "custom", "-V", "file-val"]
    api(ctx, "fine_tuning.jobs.create", "-m", "gpt-4o-mini", "-F", "file-train", *options)


@scenario("cli: fine_tuning.jobs.create -H not JSON", deviation="cli-errors-one-line")
def _(ctx: Ctx) -> None:
    api(ctx, "fine_tuning.jobs.create", "-m", "gpt-4o-mini", "-F", "file-train", "-H", "{n_epochs: 2}")


# ----------------------------------------------------------------------------- uploads


@scenario("cli: files.create")
def _(ctx: Ctx) -> None:
    ctx.reply(spec_reply("post", "/files"))
    upload(ctx, "files.create", "-f", "train.jsonl", "-p", "fine-tune", files={"train.jsonl": JSONL})


@scenario("cli: images.edit")
def _(ctx: Ctx) -> None:
    ctx.reply(images_reply())
    args = ["-p", "Add a hat", "-I", "otter.png", "-M", "mask.png", "-n", "2", "--response-format", "b64_json"]
    upload(ctx, "images.edit", *args, files={"otter.png": PNG, "mask.png": MASK})


@scenario("cli: images.create_variation")
def _(ctx: Ctx) -> None:
    ctx.reply(images_reply())
    upload(ctx, "images.create_variation", "-I", "otter.png", "-m", "dall-e-2", files={"otter.png": PNG})


@scenario("cli: audio.transcriptions.create")
def _(ctx: Ctx) -> None:
    ctx.reply(Reply(json_body={"text": "Hello there."}, headers=rid("req_audio")))
    upload(ctx, "audio.transcriptions.create", "-f", "speech.wav", "--language", "en", files={"speech.wav": WAV})


@scenario("cli: audio.transcriptions.create text")
def _(ctx: Ctx) -> None:
    ctx.reply(Reply(text="Hello there.\n", headers=rid("req_audio")))
    args = ["-f", "speech.wav", "--response-format", "text", "-t", "0.2", "--prompt", "Greeting"]
    upload(ctx, "audio.transcriptions.create", *args, files={"speech.wav": WAV})


@scenario("cli: audio.translations.create")
def _(ctx: Ctx) -> None:
    ctx.reply(Reply(json_body={"text": "Hello there."}, headers=rid("req_audio")))
    upload(ctx, "audio.translations.create", "-f", "speech.wav", "-m", "whisper-1", files={"speech.wav": WAV})


@scenario("cli: upload progress", deviation="cli-progress-without-tqdm")
def _(ctx: Ctx) -> None:
    ctx.reply(spec_reply("post", "/files"))
    upload(ctx, "files.create", "-f", "train.jsonl", "-p", "fine-tune", files={"train.jsonl": JSONL}, whole_stderr=True)


# ----------------------------------------------------------------------------- errors and global options


@scenario("cli: API error 404")
def _(ctx: Ctx) -> None:
    ctx.reply(not_found(None))
    api(ctx, "models.retrieve", "-i", "nope")


@scenario("cli: API error 404 with a request id", deviation="cli-error-request-id")
def _(ctx: Ctx) -> None:
    ctx.reply(not_found("req_404"))
    api(ctx, "models.retrieve", "-i", "nope")


@scenario("cli: API error 500 retried")
def _(ctx: Ctx) -> None:
    ctx.reply(*[Reply(500, json_body={"error": {"message": "Server error", "type": "server_error"}})] * 3)
    api(ctx, "models.list")


@scenario("cli: API error with a text body")
def _(ctx: Ctx) -> None:
    ctx.reply(Reply(403, text="<html>Forbidden</html>", content_type="text/html"))
    api(ctx, "models.list")


@scenario("cli: connection error")
def _(ctx: Ctx) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    run(ctx, ["-b", f"http://127.0.0.1:{port}/v1/", "-k", API_KEY, "api", "models.list"])


@scenario("cli: azure without an api version", deviation="cli-errors-one-line")
def _(ctx: Ctx) -> None:
    run(ctx, ["-k", "azure-key-0123", *azure(ctx, api_version=False), "api", "models.list"])


@scenario("cli: no API key", deviation="cli-errors-one-line")
def _(ctx: Ctx) -> None:
    run(ctx, ["-b", ctx.base_url + "/", "api", "models.list"])


@scenario("cli: python -m openai after an error", deviation="cli-python-m-exit-status")
def _(ctx: Ctx) -> None:
    ctx.reply(not_found(None))
    run(ctx, on_server(ctx, "api", "models.retrieve", "-i", "nope"), module=True)


@scenario("cli: -v", deviation="cli-verbose")
def _(ctx: Ctx) -> None:
    # Our log lines go to the stream the command's handler was made with when `openai.cli` was
    # first imported (an earlier scenario's), not this one's: stderr shows what the official adds.
    ctx.reply(spec_reply("get", "/models"))
    api(ctx, "models.list", options=["-v"])


@scenario("cli: key and base url from the environment")
def _(ctx: Ctx) -> None:
    ctx.reply(spec_reply("get", "/models"))
    with ctx.env(OPENAI_API_KEY="sk-from-env", OPENAI_BASE_URL=ctx.base_url + "/"):
        run(ctx, ["api", "models.list"])


@scenario("cli: -b without a trailing slash", deviation="module-base-url-slash")
def _(ctx: Ctx) -> None:
    ctx.reply(spec_reply("get", "/models"))
    run(ctx, ["-b", ctx.base_url, "-k", API_KEY, "api", "models.list"])


@scenario("cli: -p proxy")
def _(ctx: Ctx) -> None:
    ctx.reply(spec_reply("get", "/models"))
    proxy = f"http://127.0.0.1:{ctx.server.port}"
    # `-p` takes every word up to the next option: it goes before another one.
    run(ctx, ["-p", proxy, "-b", "http://api.example.invalid/v1/", "-k", API_KEY, "api", "models.list"])


@scenario("cli: -o organization")
def _(ctx: Ctx) -> None:
    ctx.reply(spec_reply("get", "/models/{model}"), not_found(None))
    api(ctx, "models.retrieve", "-i", "gpt-4o", options=["-o", "org-cli123"], label="retrieve")
    api(ctx, "models.retrieve", "-i", "nope", options=["-o", "org-cli123"], label="error")


@scenario("cli: azure options")
def _(ctx: Ctx) -> None:
    ctx.reply(Reply(json_body=chat_completion(), headers=rid("req_azure")))
    run(ctx, ["-k", "azure-key-0123", *azure(ctx), "api", "chat.completions.create", *HI])


@scenario("cli: azure options with an Entra ID token")
def _(ctx: Ctx) -> None:
    ctx.reply(spec_reply("get", "/models"))
    run(ctx, [*azure(ctx), "--azure-ad-token", "entra-token", "api", "models.list"])


@scenario("cli: tools fine_tunes.prepare_data", deviation="cli-prepare-data")
def _(ctx: Ctx) -> None:
    rows = b"".join(b'{"prompt": "Q%d ->", "completion": " A%d\\n"}\n' % (i, i) for i in range(3))
    folder = tmp_file("data.jsonl", rows).parent
    run(ctx, ["tools", "fine_tunes.prepare_data", "-f", "data.jsonl", "-q"], cwd=str(folder))
