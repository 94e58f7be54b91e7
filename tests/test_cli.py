"""The `openai` command as users run it (a subprocess against a local server): help and version,
the global options, how errors are shown, streaming, and that it needs only the runtime
dependencies."""

from __future__ import annotations

import io
import os
import select
import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path
from typing import Any, Iterator, Union

import pytest

from openai import __version__
from tests.test_cli_server import BAD_KEY, KEY, ROOT, FakeAPI, cli_env, run_cli

RED_ERROR = "\x1b[91mError:\x1b[0m"

API_COMMANDS = [
    "chat.completions.create",
    "images.generate",
    "images.edit",
    "images.create_variation",
    "audio.transcriptions.create",
    "audio.translations.create",
    "files.create",
    "files.retrieve",
    "files.delete",
    "files.list",
    "models.list",
    "models.retrieve",
    "models.delete",
    "completions.create",
    "fine_tuning.jobs.create",
    "fine_tuning.jobs.retrieve",
    "fine_tuning.jobs.list",
    "fine_tuning.jobs.cancel",
    "fine_tuning.jobs.list_events",
]


@pytest.fixture
def api() -> Iterator[FakeAPI]:
    with FakeAPI() as server:
        yield server


def with_key(api: FakeAPI, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return run_cli("-b", api.url, *args, env=cli_env(OPENAI_API_KEY=KEY, **env))


# ---- help and version ---------------------------------------------------------------------------


def test_help_lists_the_global_options_and_the_commands() -> None:
    result = run_cli("--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: openai [-h] [-v] [-b API_BASE] [-k API_KEY] [-p PROXY [PROXY ...]]\n")
    for flag in ("-v, --verbose", "-b API_BASE, --api-base API_BASE", "-k API_KEY, --api-key API_KEY",
                 "-p PROXY [PROXY ...], --proxy PROXY [PROXY ...]", "-o ORGANIZATION, --organization ORGANIZATION",
                 "-t {openai,azure}, --api-type {openai,azure}", "--api-version API_VERSION",
                 "--azure-endpoint AZURE_ENDPOINT", "--azure-ad-token AZURE_AD_TOKEN", "-V, --version"):  # fmt: skip
        assert flag in result.stdout
    assert "{api,tools,migrate,grit}" in result.stdout
    assert "api                 Direct API calls" in result.stdout
    assert "tools               Client side tools for convenience" in result.stdout
    assert result.stderr == ""


@pytest.mark.parametrize("args", [[], ["api"], ["tools"]])
def test_without_a_command_the_main_help_is_printed(args: list[str]) -> None:
    result = run_cli(*args)
    assert result.returncode == 0
    assert result.stdout == run_cli("--help").stdout


def test_api_help_lists_every_command_in_order() -> None:
    result = run_cli("api", "--help")
    assert result.returncode == 0
    assert "{" + ",".join(API_COMMANDS) + "}" in result.stdout
    assert "All API subcommands" in result.stdout


@pytest.mark.parametrize("command", API_COMMANDS)
def test_every_api_command_has_help(command: str) -> None:
    result = run_cli("api", command, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"usage: openai api {command} [-h]")


def test_chat_help_shows_required_and_optional_groups() -> None:
    # The exact text the official 1.102.0 prints (80 columns).
    expected = textwrap.dedent(
        """\
        usage: openai api chat.completions.create [-h] -g ROLE CONTENT -m MODEL [-n N]
                                                  [-M MAX_TOKENS] [-t TEMPERATURE]
                                                  [-P TOP_P] [--stop STOP] [--stream]

        required arguments:
          -g ROLE CONTENT, --message ROLE CONTENT
                                A message in `{role} {content}` format. Use this
                                argument multiple times to add multiple messages.
          -m MODEL, --model MODEL
                                The model to use.

        optional arguments:
          -n N, --n N           How many completions to generate for the conversation.
          -M MAX_TOKENS, --max-tokens MAX_TOKENS
                                The maximum number of tokens to generate.
        """
    )
    result = run_cli("api", "chat.completions.create", "--help")
    assert result.stdout.startswith(expected)
    assert "--stream              Stream messages as they're ready." in result.stdout


def test_tools_help_and_the_tool_commands_help() -> None:
    tools = run_cli("tools", "--help")
    assert tools.returncode == 0
    assert "usage: openai tools [-h] {fine_tunes.prepare_data} ..." in tools.stdout
    assert "Tools:" in tools.stdout
    prepare = run_cli("tools", "fine_tunes.prepare_data", "--help")
    assert prepare.returncode == 0
    assert prepare.stdout.startswith("usage: openai tools fine_tunes.prepare_data [-h] -f FILE [-q]")
    for command in ("migrate", "grit"):
        result = run_cli(command, "--help")
        assert (result.returncode, result.stdout.splitlines()[0]) == (0, f"usage: openai {command} [-h]")


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(flag: str) -> None:
    result = run_cli(flag)
    assert (result.returncode, result.stdout) == (0, f"openai {__version__}\n")


# ---- the command line itself ----------------------------------------------------------------------


def test_an_unknown_command_is_a_usage_error() -> None:
    result = run_cli("api", "nope")
    assert result.returncode == 2
    assert "openai api: error: argument" in result.stderr
    assert "invalid choice: 'nope'" in result.stderr


def test_an_unknown_option_is_a_usage_error(api: FakeAPI) -> None:
    result = with_key(api, "api", "models.list", "--bogus")
    assert result.returncode == 2
    assert result.stderr.endswith("openai: error: unrecognized arguments: --bogus\n")
    assert api.requests == []


def test_a_missing_required_option_is_a_usage_error() -> None:
    result = run_cli("api", "chat.completions.create", "-m", "gpt-4o")
    assert result.returncode == 2
    assert "error: the following arguments are required: -g/--message" in result.stderr


# ---- the global options ---------------------------------------------------------------------------


def test_the_issue_example_prints_the_reply(api: FakeAPI) -> None:
    result = run_cli(
        "-b", api.url, "api", "chat.completions.create", "-m", "gpt-4o", "-g", "user", "hi",
        env=cli_env(OPENAI_API_KEY=KEY),
    )  # fmt: skip
    assert (result.returncode, result.stdout, result.stderr) == (0, "Hello there!\n", "")


def test_api_key_option_and_environment(api: FakeAPI) -> None:
    from_env = with_key(api, "api", "models.retrieve", "-i", "gpt-4o")
    assert from_env.returncode == 0
    from_option = run_cli("-b", api.url, "-k", "sk-option", "api", "models.retrieve", "-i", "gpt-4o")
    assert from_option.returncode == 0
    assert [r.headers["authorization"] for r in api.requests] == [f"Bearer {KEY}", "Bearer sk-option"]


def test_base_url_from_the_environment_and_without_a_trailing_slash(api: FakeAPI) -> None:
    result = run_cli("api", "models.list", env=cli_env(OPENAI_API_KEY=KEY, OPENAI_BASE_URL=api.url))
    assert result.returncode == 0, result.stderr
    result = run_cli("-b", api.url.rstrip("/"), "-k", KEY, "api", "models.list")
    assert result.returncode == 0, result.stderr
    assert [r.path for r in api.requests] == ["/v1/models", "/v1/models"]


def test_organization_is_sent_and_named_in_errors(api: FakeAPI) -> None:
    ok = with_key(api, "-o", "org-42", "api", "models.retrieve", "-i", "gpt-4o")
    assert ok.returncode == 0
    assert api.requests[0].headers["openai-organization"] == "org-42"
    failed = with_key(api, "-o", "org-42", "api", "models.retrieve", "-i", "missing")
    assert failed.returncode == 1
    assert failed.stderr.startswith(f"[organization=org-42] {RED_ERROR} Error code: 404")


def test_proxy_option_sends_requests_through_the_proxy(api: FakeAPI) -> None:
    result = run_cli(
        "-p", api.root, "-b", "http://api.example.test/v1/", "-k", KEY, "api", "models.retrieve", "-i", "gpt-4o"
    )
    assert result.returncode == 0, result.stderr
    (request,) = api.requests
    assert (request.path, request.headers["x-proxied-host"]) == ("/v1/models/gpt-4o", "api.example.test")


def test_two_proxies_for_one_scheme_are_refused(api: FakeAPI) -> None:
    result = with_key(api, "-p", "http://a:1", "http://b:2", "api", "models.list")
    assert result.returncode == 1
    assert result.stderr == f"{RED_ERROR} Multiple http:// proxies given - only the last one would be used\n"
    assert api.requests == []


def test_azure_options(api: FakeAPI) -> None:
    azure = ["-t", "azure", "--azure-endpoint", api.root, "--api-version", "2024-06-01"]
    chat = run_cli(*azure, "-k", "az-key", "api", "chat.completions.create", "-m", "my-deployment", "-g", "user", "hi")
    assert (chat.returncode, chat.stdout) == (0, "Hello there!\n"), chat.stderr
    token = run_cli(*azure, "--azure-ad-token", "ad-token", "api", "models.list")
    assert token.returncode == 0, token.stderr
    first, second = api.requests
    assert first.path == "/openai/deployments/my-deployment/chat/completions?api-version=2024-06-01"
    assert first.headers["api-key"] == "az-key"
    assert second.path == "/openai/models?api-version=2024-06-01"
    assert second.headers["authorization"] == "Bearer ad-token"


def test_azure_without_an_api_version_is_one_error_line(api: FakeAPI) -> None:
    result = run_cli("-t", "azure", "--azure-endpoint", api.root, "-k", "az", "api", "models.list")
    assert result.returncode == 1
    assert result.stderr == (
        f"{RED_ERROR} Must provide either the `api_version` argument or the `OPENAI_API_VERSION` environment variable\n"
    )


def test_verbose_logs_requests_and_never_the_key(api: FakeAPI) -> None:
    canary = "sk-canary-0123456789"
    quiet = run_cli("-b", api.url, "-k", canary, "api", "models.retrieve", "-i", "gpt-4o")
    assert quiet.stderr == ""
    info = run_cli("-b", api.url, "-k", canary, "-v", "api", "models.retrieve", "-i", "gpt-4o")
    assert info.returncode == 0
    assert f'HTTP Request: GET {api.url}/models/gpt-4o "HTTP/1.0 200 OK"' in info.stderr
    debug = run_cli("-b", api.url, "-k", canary, "-vv", "api", "models.retrieve", "-i", "gpt-4o")
    assert debug.returncode == 0
    assert len(debug.stderr.splitlines()) > len(info.stderr.splitlines())
    assert canary not in info.stderr + debug.stderr


def test_openai_log_lines_are_not_doubled(api: FakeAPI) -> None:
    result = with_key(api, "api", "models.retrieve", "-i", "gpt-4o", OPENAI_LOG="info")
    assert result.returncode == 0
    assert sum("HTTP Request: GET" in line for line in result.stderr.splitlines()) == 1


# ---- errors -------------------------------------------------------------------------------------


def test_an_api_error_is_one_line_with_status_message_and_request_id(api: FakeAPI) -> None:
    result = with_key(api, "api", "models.retrieve", "-i", "missing")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"{RED_ERROR} Error code: 404 - {{'error': {{'message': \"The model 'missing' does not exist\", "
        "'type': 'invalid_request_error', 'param': None, 'code': 'model_not_found'}} (request_id: req_404)\n"
    )


def test_a_rejected_key_is_an_authentication_error_line(api: FakeAPI) -> None:
    result = run_cli("-b", api.url, "-k", BAD_KEY, "api", "models.list")
    assert result.returncode == 1
    assert result.stderr.startswith(f"{RED_ERROR} Error code: 401 - ")
    assert "Incorrect API key provided" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_a_missing_key_says_how_to_set_one(api: FakeAPI) -> None:
    result = run_cli("-b", api.url, "api", "models.list")
    assert result.returncode == 1
    assert result.stderr == (
        f"{RED_ERROR} No API key given: set the OPENAI_API_KEY environment variable or pass one with -k/--api-key\n"
    )
    assert api.requests == []


def test_a_connection_error_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeAPI() as closed:
        url = closed.url
    result = run_cli("-b", url, "-k", KEY, "api", "models.list", timeout=120)
    assert result.returncode == 1
    assert result.stderr == f"{RED_ERROR} Connection error.\n"


def test_a_closed_pipe_ends_the_command_quietly(api: FakeAPI) -> None:
    # As `openai api files.list | head -c 0` does: the reader is gone before anything is written.
    command = [sys.executable, "-m", "openai", "-b", api.url, "-k", KEY, "api", "files.list"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=cli_env()) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()
        assert process.stderr.read() == b""
        assert process.wait(timeout=60) == 1
    assert len(api.requests) >= 1


def test_an_unreadable_file_is_one_line(api: FakeAPI, tmp_path: os.PathLike[str]) -> None:
    missing = os.path.join(tmp_path, "nope.jsonl")
    result = with_key(api, "api", "files.create", "-f", missing, "-p", "fine-tune")
    assert result.returncode == 1
    assert result.stderr == f"{RED_ERROR} Cannot read {missing}: No such file or directory\n"
    assert api.requests == []


def test_the_console_script_of_a_fresh_install(tmp_path: Path) -> None:
    # `pip install openai` makes an `openai` script calling `openai.cli:main`.
    def run(*args: Union[str, Path], **kw: Any) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=300, **kw)

    built = run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", tmp_path, ROOT)
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = tmp_path.glob("openai-*.whl")
    venv = tmp_path / "venv"
    assert run(sys.executable, "-m", "venv", "--without-pip", venv).returncode == 0
    python = venv / "bin" / "python"
    installed = run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", wheel)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    # The runtime dependencies from this environment (the checkout itself stays out).
    site = run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout.strip()
    (Path(site) / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    env = {k: v for k, v in cli_env().items() if k != "PYTHONPATH"}
    help = run(venv / "bin" / "openai", "--help", env=env)
    assert help.returncode == 0, help.stderr
    assert help.stdout == run_cli("--help").stdout
    failed = run(venv / "bin" / "openai", "-b", "http://127.0.0.1:9/v1", "api", "models.list", env=env)
    assert (failed.returncode, failed.stderr.count("\n")) == (1, 1), failed.stderr


# ---- streaming --------------------------------------------------------------------------------------


def test_streamed_tokens_are_printed_as_they_arrive(api: FakeAPI) -> None:
    # The server sends "Hel" and then holds the rest until released: the command must have printed
    # "Hel" by then.
    process = subprocess.Popen(
        [sys.executable, "-m", "openai", "-b", api.url, "-k", KEY, "api", "chat.completions.create",
         "-m", "gated", "-g", "user", "hi", "--stream"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=cli_env(),
    )  # fmt: skip
    assert process.stdout is not None
    seen = b""
    try:
        while b"Hel" not in seen:
            ready, _, _ = select.select([process.stdout], [], [], 15)
            assert ready, f"nothing printed while the server held the stream (so far: {seen!r})"
            chunk = os.read(process.stdout.fileno(), 1024)
            assert chunk, "the command ended before the first token"
            seen += chunk
        assert not api.release.is_set()
    finally:
        api.release.set()
        out, err = process.communicate(timeout=60)
    assert (process.returncode, seen + out, err) == (0, b"Hello there!\n", b"")


# ---- dependencies ---------------------------------------------------------------------------------

# Runs the command with every import outside the standard library and the package's runtime
# dependencies refused, as in a fresh environment where only `pip install openai` ran.
ONLY_RUNTIME_DEPENDENCIES = """
import importlib.abc, runpy, sys

ALLOWED = {"openai", "httpx", "httpcore", "h11", "anyio", "sniffio", "idna", "certifi", "pydantic",
           "pydantic_core", "typing_extensions", "typing_inspection", "annotated_types", "distro",
           "exceptiongroup"}

class Refuse(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        top = name.partition(".")[0]
        if top in sys.stdlib_module_names or top in ALLOWED or top.startswith("_"):
            return None
        raise ModuleNotFoundError(f"No module named {name!r} (not a runtime dependency)")

sys.meta_path.insert(0, Refuse())
sys.argv = ["openai", *sys.argv[1:]]
runpy.run_module("openai", run_name="__main__", alter_sys=True)
"""


def test_help_works_with_only_the_runtime_dependencies() -> None:
    result = subprocess.run(
        [sys.executable, "-c", ONLY_RUNTIME_DEPENDENCIES, "--help"],
        capture_output=True,
        text=True,
        env=cli_env(),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: openai ")
    assert result.stdout == run_cli("--help").stdout


def test_commands_work_with_only_the_runtime_dependencies(api: FakeAPI, tmp_path: os.PathLike[str]) -> None:
    upload = os.path.join(tmp_path, "data.jsonl")
    with open(upload, "w") as file:
        file.write('{"prompt": "a ->", "completion": " b"}\n{"prompt": "c ->", "completion": " d"}\n')
    for args in (
        ["api", "chat.completions.create", "-m", "gpt-4o", "-g", "user", "hi", "--stream"],
        ["api", "files.create", "-f", upload, "-p", "fine-tune"],
        ["tools", "fine_tunes.prepare_data", "-f", upload, "-q"],
    ):
        result = subprocess.run(
            [sys.executable, "-c", ONLY_RUNTIME_DEPENDENCIES, "-b", api.url, "-k", KEY, *args],
            capture_output=True,
            text=True,
            env=cli_env(),
            timeout=60,
            cwd=tmp_path,
        )
        assert result.returncode == 0, (args, result.stderr)


def test_import_openai_does_not_load_the_command_line() -> None:
    code = "import sys, openai; print(sorted(m for m in sys.modules if m.startswith('openai.cli')))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=cli_env())
    assert result.stdout == "[]\n", result.stderr


# ---- the upload meter -------------------------------------------------------------------------------


class _Terminal(io.StringIO):
    encoding = "utf-8"

    def isatty(self) -> bool:
        return True


def test_upload_meter_on_a_terminal_redraws_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from openai.cli._progress import BufferReader

    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    reader = BufferReader(b"x" * 2500, desc="Upload progress")
    assert len(reader) == 2500
    while reader.read(1000):
        pass
    assert terminal.getvalue() == (
        "\rUpload progress:   0%|          | 0.00/2.50k"
        "\rUpload progress:  40%|████      | 1.00k/2.50k"
        "\rUpload progress:  80%|████████  | 2.00k/2.50k"
        "\rUpload progress: 100%|██████████| 2.50k/2.50k\n"
    )


def test_upload_meter_elsewhere_writes_the_finished_line_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from openai.cli._progress import BufferReader

    log = io.StringIO()
    monkeypatch.setattr(sys, "stderr", log)
    reader = BufferReader(b"x" * 3_400_000, desc="Mask progress")
    assert reader.read() == b"x" * 3_400_000
    assert reader.read() == b""
    assert log.getvalue() == "Mask progress: 100%|##########| 3.40M/3.40M\n"  # no encoding: no block glyphs


def test_a_failing_meter_cancels_the_upload(monkeypatch: pytest.MonkeyPatch) -> None:
    from openai.cli._progress import BufferReader, CancelledError

    class Broken(io.StringIO):
        def write(self, text: str) -> int:
            raise OSError("stderr is gone")

    monkeypatch.setattr(sys, "stderr", Broken())
    reader = BufferReader(b"abc", desc="Upload progress")
    with pytest.raises(CancelledError, match="^The upload was cancelled: stderr is gone$"):
        reader.read()
