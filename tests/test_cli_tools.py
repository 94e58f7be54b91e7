"""`openai tools fine_tunes.prepare_data` (no pandas needed) and `openai migrate` / `openai grit`."""

from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any, Dict, List, Optional

import httpx
import pytest

from tests.test_cli_server import cli_env

RED_ERROR = "\x1b[91mError:\x1b[0m"
GUIDE = "https://platform.openai.com/docs/guides/fine-tuning/preparing-your-dataset"
FEW = (
    "In general, we recommend having at least a few hundred examples. We've found that performance tends "
    "to linearly increase for every doubling of the number of examples"
)


def openai_cmd(*args: str, cwd: Path, stdin: Optional[str] = None, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "openai", *args],
        capture_output=True,
        text=True,
        env=cli_env(**env),
        cwd=cwd,
        input=stdin,
        timeout=60,
    )


def prepare(cwd: Path, name: str, *flags: str, stdin: Optional[str] = None) -> subprocess.CompletedProcess[str]:
    return openai_cmd("tools", "fine_tunes.prepare_data", "-f", name, *flags, cwd=cwd, stdin=stdin)


def write_jsonl(path: Path, rows: List[Dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))


def read_jsonl(path: Path) -> List[Dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# ---- fine_tunes.prepare_data ----------------------------------------------------------------------


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    rows: List[Dict[str, Any]] = [
        {"prompt": f"WRITE A STORY {i}", "completion": f"Once upon a time {i}.", "extra": i} for i in range(8)
    ]
    rows.append(dict(rows[0]))
    rows.append({"prompt": "x", "completion": "", "extra": 1})
    write_jsonl(tmp_path / "gen.jsonl", rows)
    return tmp_path


def test_prepare_data_reports_and_fixes_everything_with_quiet(messy: Path) -> None:
    result = prepare(messy, "gen.jsonl", "-q")
    assert (result.returncode, result.stderr) == (0, "")
    # The official tool's report for this file (its spurious "contain `extra`" warning aside).
    assert result.stdout == (
        "Analyzing...\n"
        f"\n- Your file contains 10 prompt-completion pairs. {FEW}"
        "\n- The input file should contain exactly two columns/keys per row. Additional columns/keys present are: ['extra']"
        "\n- `completion` column/key should not contain empty strings. These are rows: [9]"
        "\n- There are 1 duplicated prompt-completion sets. These are rows: [8]"
        "\n- More than a third of your `prompt` column/key is uppercase. Uppercase prompts tends to perform worse than a "
        "mixture of case encountered in normal language. We recommend to lower case the data if that makes sense in "
        f"your domain. See {GUIDE} for more details"
        "\n- Your data does not contain a common separator at the end of your prompts. Having a separator string "
        "appended to the end of the prompt makes it clearer to the fine-tuned model where the completion should begin. "
        f"See {GUIDE} for more detail and examples. If you intend to do open-ended generation, then you should leave "
        "the prompts empty"
        "\n- All prompts start with prefix `WRITE A STORY `. Fine-tuning doesn't require the instruction specifying the "
        "task, or a few-shot example scenario. Most of the time you should only add the input data into the prompt, "
        "and the desired output into the completion"
        "\n- All completions start with prefix `Once upon a time `. Most of the time you should only add the output "
        "data into the completion, without any prefix"
        "\n- All completions end with suffix `.`"
        "\n- The completion should start with a whitespace character (` `). This tends to produce better results due "
        f"to the tokenization we use. See {GUIDE} for more details"
        "\n\nBased on the analysis we will perform the following actions:\n"
        "- [Necessary] Remove additional columns/keys: ['extra']\n"
        "- [Necessary] Remove 1 rows with empty completions\n"
        "- [Recommended] Remove 1 duplicate rows [Y/n]: Y\n"
        "- [Recommended] Lowercase all your data in column/key `prompt` [Y/n]: Y\n"
        "- [Recommended] Add a suffix separator ` ->` to all prompts [Y/n]: Y\n"
        "- [Recommended] Remove prefix `WRITE A STORY ` from all prompts [Y/n]: Y\n"
        "- [Recommended] Remove prefix `Once upon a time ` from all completions [Y/n]: Y\n"
        "- [Recommended] Add a whitespace character to the beginning of the completion [Y/n]: Y\n"
        "\n\nYour data will be written to a new JSONL file. Proceed [Y/n]: Y\n"
        "\nWrote modified file to `gen_prepared.jsonl`\nFeel free to take a look!\n\n"
        'Now use that file when fine-tuning:\n> openai api fine_tunes.create -t "gen_prepared.jsonl"\n\n'
        "After you’ve fine-tuned a model, remember that your prompt has to end with the indicator string ` ->` for "
        "the model to start generating completions, rather than continuing with the prompt. Make sure to include "
        '`stop=["."]` so that the generated texts ends at the expected place.\n'
        "Once your model starts training, it'll approximately take 2.56 minutes to train a `curie` model, and less "
        "for `ada` and `babbage`. Queue will approximately take half an hour per job ahead of you.\n"
    )
    # The common completion prefix goes; the leading space the last fix adds stays.
    assert read_jsonl(messy / "gen_prepared.jsonl") == [{"prompt": f"{i} ->", "completion": f" {i}."} for i in range(8)]


def test_prepare_data_asks_and_follows_the_answers(messy: Path) -> None:
    # No to duplicates, yes to lowercase, no to the separator, defaults (yes) to the rest, then
    # "N" to writing: nothing is written.
    result = prepare(messy, "gen.jsonl", stdin="n\nY\nn\n\n\n\nN\n")
    assert result.returncode == 0
    assert result.stdout.endswith("Proceed [Y/n]: Aborting... did not write the file\n")
    assert not (messy / "gen_prepared.jsonl").exists()

    written = prepare(messy, "gen.jsonl", stdin="n\nY\nn\n\nN\n\n\n")
    assert written.returncode == 0
    rows = read_jsonl(messy / "gen_prepared.jsonl")
    # The duplicate is kept, prompts lowercased without separator, completion prefix kept.
    assert len(rows) == 9
    assert rows[0] == {"prompt": "0", "completion": " Once upon a time 0."}


def test_prepare_data_without_answers_asks_for_quiet(messy: Path) -> None:
    result = prepare(messy, "gen.jsonl", stdin="")
    assert result.returncode == 1
    assert result.stderr == f"{RED_ERROR} No answer (the input ended); pass -q to accept every suggestion\n"


def test_prepare_data_classification_split(tmp_path: Path) -> None:
    rows = [
        {"prompt": f"Text number {i} about things ->", "completion": " positive" if i % 3 else " negative"}
        for i in range(30)
    ]
    write_jsonl(tmp_path / "cls.jsonl", rows)
    result = prepare(tmp_path, "cls.jsonl", "-q")
    assert result.returncode == 0
    out = result.stdout
    assert "- Based on your data it seems like you're trying to fine-tune a model for classification" in out
    assert "- [Recommended] Would you like to split into training and validation set? [Y/n]: Y\n" in out
    assert "Wrote modified files to `cls_prepared_train.jsonl` and `cls_prepared_valid.jsonl`" in out
    assert (
        '> openai api fine_tunes.create -t "cls_prepared_train.jsonl" -v "cls_prepared_valid.jsonl" '
        '--compute_classification_metrics --classification_positive_class " positive"'
    ) in out
    assert "it'll approximately take 3.05 minutes" in out  # 1.44 s per example, plus 140 s
    train, valid = read_jsonl(tmp_path / "cls_prepared_train.jsonl"), read_jsonl(tmp_path / "cls_prepared_valid.jsonl")
    assert (len(train), len(valid)) == (24, 6)
    assert sorted(train + valid, key=lambda r: rows.index(r)) == rows


def test_prepare_data_converts_csv_and_txt(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_text('prompt,completion\nhello," world"\nfoo," bar"\n')
    csv_result = prepare(tmp_path, "t.csv", "-q")
    assert csv_result.returncode == 0
    assert "\n- Based on your file extension, your file is formatted as a CSV file" in csv_result.stdout
    assert "- [Necessary] Your format `CSV` will be converted to `JSONL`\n" in csv_result.stdout
    assert read_jsonl(tmp_path / "t_prepared.jsonl") == [
        {"prompt": "hello", "completion": " world\n"},
        {"prompt": "foo", "completion": " bar\n"},
    ]
    (tmp_path / "t.txt").write_text("line one\nline two\n")
    txt_result = prepare(tmp_path, "t.txt", "-q")
    assert txt_result.returncode == 0
    assert "- [Necessary] Remove 1 rows with empty completions" in txt_result.stdout
    # t_prepared.jsonl exists already: the next name is numbered.
    assert "Wrote modified file to `t_prepared (1).jsonl`" in txt_result.stdout
    assert read_jsonl(tmp_path / "t_prepared (1).jsonl") == [
        {"prompt": "", "completion": " one"},
        {"prompt": "", "completion": " two"},
    ]


def test_prepare_data_json_documents_and_column_case(tmp_path: Path) -> None:
    (tmp_path / "arr.json").write_text(
        json.dumps([{"prompt": "a ->", "completion": " x"}, {"prompt": "b ->", "completion": " y"}], indent=1)
    )
    assert prepare(tmp_path, "arr.json", "-q").returncode == 0
    assert read_jsonl(tmp_path / "arr_prepared.jsonl") == [
        {"prompt": "a ->", "completion": " x\n"},
        {"prompt": "b ->", "completion": " y\n"},
    ]
    write_jsonl(tmp_path / "Upper.jsonl", [{"Prompt": "a", "Completion": "b"}, {"Prompt": "c", "Completion": "d"}])
    result = prepare(tmp_path, "Upper.jsonl", "-q")
    assert (
        "- [Necessary] Lower case column name to `prompt`\n- [Necessary] Lower case column name to `completion`\n"
        in result.stdout
    )
    assert read_jsonl(tmp_path / "Upper_prepared.jsonl") == [
        {"prompt": "a ->", "completion": " b\n"},
        {"prompt": "c ->", "completion": " d\n"},
    ]


def test_prepare_data_with_nothing_to_fix(tmp_path: Path) -> None:
    write_jsonl(
        tmp_path / "clean.jsonl",
        [
            {"prompt": "tell me about dogs ->", "completion": " Dogs are loyal animals. END"},
            {"prompt": "tell me about cats ->", "completion": " Cats are independent pets. END"},
            {"prompt": "what about birds ->", "completion": " Birds can fly high. END"},
        ],
    )
    result = prepare(tmp_path, "clean.jsonl", "-q")
    assert result.returncode == 0
    assert "\n\nNo remediations found.\n\nYou can use your file for fine-tuning:\n" in result.stdout
    assert '> openai api fine_tunes.create -t "clean.jsonl"\n' in result.stdout
    assert not list(tmp_path.glob("*_prepared*"))


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("nope.jsonl", None, "File nope.jsonl does not exist."),
        (
            "data.xyz",
            "x",
            "Your file must have one of the following extensions: .CSV, .TSV, .XLSX, .TXT, .JSON or .JSONL "
            "Your file `data.xyz` ends with the extension `.xyz` which is not supported.",
        ),
        (
            "bad.jsonl",
            "{not json\n",
            "Your file `bad.jsonl` does not appear to be in valid JSONL format. Please ensure your file is "
            "formatted as a valid JSONL file.",
        ),
        ("no_prompt.jsonl", '{"completion": "a"}\n{"completion": "b"}\n',
         "`prompt` column/key is missing. Please make sure you name your columns/keys appropriately, then retry"),
    ],
)  # fmt: skip
def test_prepare_data_errors(tmp_path: Path, name: str, content: Optional[str], message: str) -> None:
    if content is not None:
        (tmp_path / name).write_text(content)
    result = prepare(tmp_path, name, "-q")
    assert result.returncode == 1
    validator = "necessary_column" if "column/key" in message else "read_any_format"
    assert result.stderr == f"\n\nERROR in {validator} validator: {message}\n\nAborting..."


# ---- migrate / grit ---------------------------------------------------------------------------------


@pytest.fixture
def fake_grit(tmp_path: Path) -> Path:
    """A Grit binary already installed in the cache: it records its arguments and exits with the
    status in GRIT_STATUS."""
    binary = tmp_path / "cache" / "openai-python" / ".install" / "bin" / "grit"
    binary.parent.mkdir(parents=True)
    binary.write_text(f'#!/bin/sh\necho "$@" > {tmp_path}/grit-args\nexit ${{GRIT_STATUS:-0}}\n')
    binary.chmod(0o755)
    return tmp_path


@pytest.mark.skipif(sys.platform == "win32", reason="the migration tool does not run on Windows")
def test_migrate_and_grit_run_the_installed_grit(fake_grit: Path) -> None:
    cache = str(fake_grit / "cache")
    migrate = openai_cmd("migrate", "--dry-run", cwd=fake_grit, XDG_CACHE_HOME=cache)
    assert (migrate.returncode, migrate.stderr) == (0, "")
    assert (fake_grit / "grit-args").read_text() == "apply openai --dry-run\n"
    grit = openai_cmd("grit", "list", "--json", cwd=fake_grit, XDG_CACHE_HOME=cache)
    assert grit.returncode == 0
    assert (fake_grit / "grit-args").read_text() == "list --json\n"


@pytest.mark.skipif(sys.platform == "win32", reason="the migration tool does not run on Windows")
def test_a_failing_grit_exits_1_without_a_second_message(fake_grit: Path) -> None:
    result = openai_cmd("migrate", cwd=fake_grit, XDG_CACHE_HOME=str(fake_grit / "cache"), GRIT_STATUS="3")
    assert (result.returncode, result.stderr) == (1, "")


def _archive(members: Dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def _serve(monkeypatch: pytest.MonkeyPatch, status: int, body: bytes) -> List[str]:
    from openai.cli._tools import migrate

    asked: List[str] = []
    real_client = httpx._client.Client  # not httpx.Client, which an earlier call may have replaced

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        return httpx.Response(status, content=body)

    monkeypatch.setattr(migrate.httpx, "Client", lambda **kw: real_client(transport=httpx.MockTransport(handler), **kw))
    return asked


@pytest.mark.skipif(sys.platform == "win32", reason="the migration tool does not run on Windows")
def test_install_downloads_and_unpacks_grit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from openai.cli._tools import migrate

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(migrate.platform, "machine", lambda: "arm64")
    monkeypatch.setattr(migrate.sys, "platform", "linux")
    asked = _serve(monkeypatch, 200, _archive({"grit-aarch64-unknown-linux-gnu/grit": b"#!/bin/sh\n"}))

    path = migrate.install()
    url = "https://github.com/getgrit/gritql/releases/latest/download/grit-aarch64-unknown-linux-gnu.tar.gz"
    assert asked == [url]
    assert path == tmp_path / "openai-python" / ".install" / "bin" / "grit"
    assert path.read_bytes() == b"#!/bin/sh\n"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o755
    assert sorted(p.name for p in path.parent.iterdir()) == ["grit"]  # no archive, no unpacking folder
    assert capsys.readouterr().out == f"Downloading Grit CLI from {url}\n"
    assert migrate.install() == path and asked == [url]  # installed: not downloaded again


@pytest.mark.skipif(sys.platform == "win32", reason="the migration tool does not run on Windows")
def test_install_refuses_a_failed_download_and_an_archive_escaping_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openai.cli._errors import CLIError
    from openai.cli._tools import migrate

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    _serve(monkeypatch, 404, b"")
    with pytest.raises(CLIError, match="^Failed to download Grit CLI from https://github.com/getgrit/"):
        migrate.install()

    _serve(monkeypatch, 200, _archive({"../../escaped": b"x"}))
    with pytest.raises(CLIError, match="^Cannot unpack the Grit CLI downloaded from "):
        migrate.install()
    assert not list(tmp_path.rglob("escaped"))
