"""`openai api <resource.method>`: every command family against a local server. Each test checks
the request sent (what the official 1.102.0 command sends for the same command line) and what
the command prints."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Iterator

import pytest

from tests.test_cli_server import KEY, FakeAPI, cli_env, run_cli

RED_ERROR = "\x1b[91mError:\x1b[0m"


@pytest.fixture
def api() -> Iterator[FakeAPI]:
    with FakeAPI() as server:
        yield server


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "img.png").write_bytes(b"\x89PNG-image")
    (tmp_path / "mask.png").write_bytes(b"\x89PNG-mask")
    (tmp_path / "a.wav").write_bytes(b"RIFF-audio")
    (tmp_path / "data.jsonl").write_text('{"prompt": "a", "completion": "b"}\n')
    return tmp_path


def cli(api: FakeAPI, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = cli_env(OPENAI_API_KEY=KEY)
    if cwd is None:
        return run_cli("-b", api.url, *args, env=env)
    import sys

    return subprocess.run(
        [sys.executable, "-m", "openai", "-b", api.url, *args], capture_output=True, text=True, env=env, cwd=cwd
    )


def printed_models(stdout: str) -> list[dict[str, object]]:
    """The JSON objects the command printed one after the other (indented by 2)."""
    decoder, found, at = json.JSONDecoder(), [], 0
    while at < len(stdout.rstrip()):
        value, at = decoder.raw_decode(stdout, at)
        found.append(value)
        at += 1  # the newline after each
    return found


# ---- chat completions -----------------------------------------------------------------------------


def test_chat_completion_sends_the_messages_and_prints_the_reply(api: FakeAPI) -> None:
    result = cli(api, "api", "chat.completions.create", "-m", "gpt-4o", "-g", "system", "be brief", "-g", "user", "hi")
    assert (result.returncode, result.stdout, result.stderr) == (0, "Hello there!\n", "")
    (request,) = api.requests
    assert (request.method, request.path) == ("POST", "/v1/chat/completions")
    assert request.body == (
        b'{"messages":[{"role":"system","content":"be brief"},{"role":"user","content":"hi"}],'
        b'"model":"gpt-4o","stream":false}'
    )


def test_chat_completion_options(api: FakeAPI) -> None:
    result = cli(
        api, "api", "chat.completions.create", "-m", "gpt-4o", "-g", "user", "hi",
        "-n", "1", "-M", "5", "-t", "0.2", "-P", "0.9", "--stop", "x",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert api.requests[0].json() == {
        "messages": [{"role": "user", "content": "hi"}],
        "model": "gpt-4o",
        "max_tokens": 5,
        "n": 1,
        "stop": "x",
        "stream": False,
        "temperature": 0.2,
        "top_p": 0.9,
    }


def test_chat_completion_with_several_choices_prints_a_header_for_each(api: FakeAPI) -> None:
    result = cli(api, "api", "chat.completions.create", "-m", "gpt-4o", "-g", "user", "hi", "-n", "2")
    assert result.stdout == "===== Chat Completion 0 =====\nAnswer 0\n===== Chat Completion 1 =====\nAnswer 1\n"


def test_chat_completion_stream(api: FakeAPI) -> None:
    result = cli(api, "api", "chat.completions.create", "-m", "gpt-4o", "-g", "user", "hi", "--stream")
    assert (result.returncode, result.stdout) == (0, "Hello there!\n")
    assert api.requests[0].json()["stream"] is True


def test_chat_completion_stream_with_several_choices(api: FakeAPI) -> None:
    result = cli(api, "api", "chat.completions.create", "-m", "gpt-4o", "-g", "user", "hi", "-n", "2", "--stream")
    # One header per choice of every chunk, as the official command prints them.
    pieces = ["", "Hel", "lo", " there!", ""]
    expected = "".join(f"===== Chat Completion {i} =====\n{p}\n" for p in pieces for i in (0, 1)) + "\n"
    assert result.stdout == expected


def test_chat_completion_rejects_an_unknown_role_before_sending(api: FakeAPI) -> None:
    result = cli(api, "api", "chat.completions.create", "-m", "gpt-4o", "-g", "bogus", "hi")
    assert result.returncode == 1
    assert result.stderr == (
        f"{RED_ERROR} Invalid role 'bogus' in -g/--message: choose from "
        "'developer', 'system', 'user', 'assistant', 'tool', 'function'\n"
    )
    assert api.requests == []


def test_chat_completion_api_error(api: FakeAPI) -> None:
    result = cli(api, "api", "chat.completions.create", "-m", "missing-model", "-g", "user", "hi")
    assert result.returncode == 1
    assert result.stderr.startswith(f"{RED_ERROR} Error code: 404 - ")
    assert result.stderr.endswith(" (request_id: req_404)\n")


# ---- completions ------------------------------------------------------------------------------------


def test_completion_sends_what_the_official_command_sends(api: FakeAPI) -> None:
    plain = cli(api, "api", "completions.create", "-m", "davinci-002")
    assert (plain.returncode, plain.stdout) == (0, " to be continued\n")
    # No prompt: `"prompt": null`; `--echo` not given: `"echo": false`.
    assert api.requests[0].body == b'{"model":"davinci-002","prompt":null,"echo":false}'


def test_completion_options(api: FakeAPI) -> None:
    result = cli(
        api, "api", "completions.create", "-m", "x", "-p", "hi", "--echo", "--best_of", "2", "-t", "0.5",
        "--logprobs", "1", "--frequency_penalty", "0.1", "--presence_penalty", "0.2", "--suffix", "s",
        "--stop", "z", "--user", "u", "-M", "3", "-P", "1", "-n", "1",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert api.requests[0].json() == {
        "model": "x",
        "prompt": "hi",
        "best_of": 2,
        "echo": True,
        "frequency_penalty": 0.1,
        "logprobs": 1,
        "max_tokens": 3,
        "n": 1,
        "presence_penalty": 0.2,
        "stop": "z",
        "suffix": "s",
        "temperature": 0.5,
        "top_p": 1.0,
        "user": "u",
    }


def test_completion_with_several_choices_and_streamed(api: FakeAPI) -> None:
    several = cli(api, "api", "completions.create", "-m", "x", "-n", "2")
    assert several.stdout == "===== Completion 0 =====\n answer 0\n===== Completion 1 =====\n answer 1\n"
    streamed = cli(api, "api", "completions.create", "-m", "x", "--stream")
    assert (streamed.returncode, streamed.stdout) == (0, " to be continued\n")
    assert api.requests[1].json()["stream"] is True


def test_completion_cannot_stream_several_choices(api: FakeAPI) -> None:
    result = cli(api, "api", "completions.create", "-m", "x", "-n", "2", "--stream")
    assert result.returncode == 1
    assert result.stderr == f"{RED_ERROR} Can't stream completions with n>1 with the current CLI\n"
    assert api.requests == []


# ---- models ---------------------------------------------------------------------------------------------


def test_models(api: FakeAPI) -> None:
    listed = cli(api, "api", "models.list")
    assert listed.returncode == 0
    assert [m["id"] for m in printed_models(listed.stdout)] == ["gpt-4o", "gpt-4o-mini"]
    assert listed.stdout.startswith('{\n  "id": "gpt-4o",\n  "created": 1686935002,\n  "object": "model",\n')
    retrieved = cli(api, "api", "models.retrieve", "-i", "gpt-4o")
    assert printed_models(retrieved.stdout)[0]["owned_by"] == "openai"
    deleted = cli(api, "api", "models.delete", "-i", "ft:gpt-4o:me")
    assert printed_models(deleted.stdout) == [{"id": "ft:gpt-4o:me", "deleted": True, "object": "model"}]
    assert [(r.method, r.path) for r in api.requests] == [
        ("GET", "/v1/models"),
        ("GET", "/v1/models/gpt-4o"),
        ("DELETE", "/v1/models/ft:gpt-4o:me"),
    ]


# ---- files ----------------------------------------------------------------------------------------------


def test_files_create_uploads_the_file_under_its_given_name(api: FakeAPI, files: Path) -> None:
    result = cli(api, "api", "files.create", "-f", "data.jsonl", "-p", "fine-tune", cwd=files)
    assert result.returncode == 0, result.stderr
    assert printed_models(result.stdout)[0]["id"] == "file-abc"
    (request,) = api.requests
    form = request.form()
    assert form["purpose"] == (None, b"fine-tune")
    assert form["file"] == ("data.jsonl", b'{"prompt": "a", "completion": "b"}\n')
    # The progress meter goes to stderr (one finished line when stderr is not a terminal).
    assert (
        result.stderr
        == "Upload progress: 100%|\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588| 35.0/35.0\n"
    )


def test_files_list_follows_every_page(api: FakeAPI) -> None:
    result = cli(api, "api", "files.list")
    assert [f["id"] for f in printed_models(result.stdout)] == ["file-abc", "file-2"]
    assert [r.path for r in api.requests] == ["/v1/files", "/v1/files?after=file-abc"]


def test_files_retrieve_and_delete(api: FakeAPI) -> None:
    # (The official 1.102.0 command fails on both before sending: it validates them against the
    # arguments of files.create.)
    retrieved = cli(api, "api", "files.retrieve", "-i", "file-abc")
    assert (retrieved.returncode, printed_models(retrieved.stdout)[0]["id"]) == (0, "file-abc")
    deleted = cli(api, "api", "files.delete", "-i", "file-abc")
    assert printed_models(deleted.stdout) == [{"id": "file-abc", "deleted": True, "object": "file"}]
    assert [(r.method, r.path) for r in api.requests] == [
        ("GET", "/v1/files/file-abc"),
        ("DELETE", "/v1/files/file-abc"),
    ]


# ---- images -----------------------------------------------------------------------------------------------


def test_images_generate_defaults_and_options(api: FakeAPI) -> None:
    result = cli(api, "api", "images.generate", "-p", "a cat")
    assert result.returncode == 0
    assert printed_models(result.stdout)[0]["data"] == [
        {"b64_json": None, "revised_prompt": None, "url": "https://images.test/1.png"}
    ]
    cli(api, "api", "images.generate", "-p", "a cat", "-m", "dall-e-3", "-n", "2", "-s", "512x512",
        "--response-format", "b64_json")  # fmt: skip
    assert api.requests[0].body == b'{"prompt":"a cat","n":1,"response_format":"url","size":"1024x1024"}'
    assert api.requests[1].json() == {
        "prompt": "a cat",
        "model": "dall-e-3",
        "n": 2,
        "response_format": "b64_json",
        "size": "512x512",
    }


def test_images_edit_and_create_variation_upload_the_images(api: FakeAPI, files: Path) -> None:
    edit = cli(api, "api", "images.edit", "-p", "a hat", "-I", "img.png", "-M", "mask.png", cwd=files)
    assert edit.returncode == 0, edit.stderr
    variation = cli(api, "api", "images.create_variation", "-I", "img.png", "-m", "dall-e-2", cwd=files)
    assert variation.returncode == 0, variation.stderr
    edit_form, variation_form = (r.form() for r in api.requests)
    assert edit_form == {
        "prompt": (None, b"a hat"),
        "n": (None, b"1"),
        "response_format": (None, b"url"),
        "size": (None, b"1024x1024"),
        "image": ("image", b"\x89PNG-image"),
        "mask": ("mask", b"\x89PNG-mask"),
    }
    assert variation_form == {
        "model": (None, b"dall-e-2"),
        "n": (None, b"1"),
        "response_format": (None, b"url"),
        "size": (None, b"1024x1024"),
        "image": ("image", b"\x89PNG-image"),
    }
    assert api.requests[0].path == "/v1/images/edits"
    assert api.requests[1].path == "/v1/images/variations"
    assert "Image upload progress: 100%" in edit.stderr and "Mask progress: 100%" in edit.stderr


# ---- audio ------------------------------------------------------------------------------------------------


def test_audio_transcription_json_and_text(api: FakeAPI, files: Path) -> None:
    as_json = cli(api, "api", "audio.transcriptions.create", "-f", "a.wav", cwd=files)
    assert printed_models(as_json.stdout) == [{"text": "the quick brown fox", "logprobs": None, "usage": None}]
    as_text = cli(
        api, "api", "audio.transcriptions.create", "-f", "a.wav", "--response-format", "text",
        "--language", "en", "-t", "0.3", "--prompt", "p", "-m", "gpt-4o-transcribe", cwd=files,
    )  # fmt: skip
    assert as_text.stdout == "the quick brown fox\n\n"
    first, second = (r.form() for r in api.requests)
    assert first == {"model": (None, b"whisper-1"), "file": ("a.wav", b"RIFF-audio")}
    assert list(second) == ["model", "language", "prompt", "response_format", "temperature", "file"]
    assert second["language"] == (None, b"en") and second["temperature"] == (None, b"0.3")


def test_audio_translation(api: FakeAPI, files: Path) -> None:
    result = cli(api, "api", "audio.translations.create", "-f", "a.wav", "-t", "0", "--prompt", "p", cwd=files)
    assert printed_models(result.stdout) == [{"text": "the quick brown fox"}]
    (request,) = api.requests
    assert request.path == "/v1/audio/translations"
    # A temperature of 0 is left out, as the official command leaves it out.
    assert request.form() == {"model": (None, b"whisper-1"), "prompt": (None, b"p"), "file": ("a.wav", b"RIFF-audio")}


# ---- fine-tuning jobs -------------------------------------------------------------------------------------


def test_fine_tuning_jobs(api: FakeAPI) -> None:
    created = cli(
        api, "api", "fine_tuning.jobs.create", "-m", "gpt-4o-mini", "-F", "file-abc",
        "-H", '{"n_epochs": 2}', "-s", "sfx", "-V", "file-v",
    )  # fmt: skip
    assert printed_models(created.stdout)[0]["id"] == "ftjob-1"
    assert cli(api, "api", "fine_tuning.jobs.retrieve", "-i", "ftjob-1").returncode == 0
    listed = cli(api, "api", "fine_tuning.jobs.list", "-a", "ftjob-0", "-l", "2")
    # The page itself is printed (data, has_more, object), not each job.
    (page,) = printed_models(listed.stdout)
    assert (list(page), page["has_more"]) == (["data", "has_more", "object"], False)
    cancelled = cli(api, "api", "fine_tuning.jobs.cancel", "-i", "ftjob-1")
    assert printed_models(cancelled.stdout)[0]["status"] == "cancelled"
    events = cli(api, "api", "fine_tuning.jobs.list_events", "-i", "ftjob-1", "-l", "5")
    assert printed_models(events.stdout)[0]["data"][0]["message"] == "Job started"  # type: ignore[index]
    assert [(r.method, r.path) for r in api.requests] == [
        ("POST", "/v1/fine_tuning/jobs"),
        ("GET", "/v1/fine_tuning/jobs/ftjob-1"),
        ("GET", "/v1/fine_tuning/jobs?after=ftjob-0&limit=2"),
        ("POST", "/v1/fine_tuning/jobs/ftjob-1/cancel"),
        ("GET", "/v1/fine_tuning/jobs/ftjob-1/events?limit=5"),
    ]
    assert api.requests[0].body == (
        b'{"model":"gpt-4o-mini","training_file":"file-abc","hyperparameters":{"n_epochs":2},'
        b'"suffix":"sfx","validation_file":"file-v"}'
    )


def test_fine_tuning_jobs_list_without_options_and_with_a_zero_limit(api: FakeAPI) -> None:
    assert cli(api, "api", "fine_tuning.jobs.list").returncode == 0
    assert cli(api, "api", "fine_tuning.jobs.list", "-l", "0").returncode == 0
    assert [r.path for r in api.requests] == ["/v1/fine_tuning/jobs", "/v1/fine_tuning/jobs"]


def test_fine_tuning_hyperparameters_must_be_json(api: FakeAPI) -> None:
    result = cli(api, "api", "fine_tuning.jobs.create", "-m", "m", "-F", "f", "-H", "{n_epochs: 2}")
    assert result.returncode == 1
    assert result.stderr.startswith(f"{RED_ERROR} -H/--hyperparameters is not valid JSON: ")
    assert len(result.stderr.splitlines()) == 1
    assert api.requests == []


def test_fine_tuning_error(api: FakeAPI) -> None:
    result = cli(api, "api", "fine_tuning.jobs.retrieve", "-i", "missing")
    assert (result.returncode, result.stdout) == (1, "")
    assert "Error code: 404" in result.stderr and os.linesep not in result.stderr[:-1]
