"""The built wheel as users get it: it carries the `py.typed` marker, and a fresh environment with
only the wheel installed type-checks user code under mypy (no `import-untyped`, real types)."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

USER_CODE = """\
from openai import NOT_GIVEN, OpenAI

client = OpenAI()
completion = client.chat.completions.create(
    model="gpt-4o", messages=[{"role": "user", "content": "hi"}], temperature=NOT_GIVEN
)
reveal_type(completion)
reveal_type(client.chat.completions.with_raw_response.create(model="gpt-4o", messages=[]))
"""


def _run(*args: str | os.PathLike[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # The build backend (hatchling) comes with the dev extra: no download, no isolation.
    built = _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", out, ROOT, cwd=out)
    assert built.returncode == 0, built.stdout + built.stderr
    (found,) = out.glob("openai-*.whl")
    return found


def test_wheel_ships_the_py_typed_marker(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "openai/py.typed" in names
    assert "openai/__init__.py" in names
    assert not [n for n in names if n.startswith(("tests/", "scripts/"))]


def test_fresh_install_type_checks_under_mypy(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    created = _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path)
    assert created.returncode == 0, created.stderr
    python = venv / "bin" / "python"
    installed = _run(
        sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", wheel, cwd=tmp_path
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    # The wheel's dependencies (httpx, pydantic, ...) from this environment, as a plain path: the
    # editable install of the checkout stays out of the fresh environment.
    site = _run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=tmp_path)
    (Path(site.stdout.strip()) / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    where = _run(python, "-c", "import openai; print(openai.__file__)", cwd=tmp_path)
    assert where.returncode == 0 and str(venv) in where.stdout, where.stdout + where.stderr

    (tmp_path / "user.py").write_text(USER_CODE)
    checked = _run(
        sys.executable,
        "-m",
        "mypy",
        "--python-executable",
        python,
        "--cache-dir",
        tmp_path / ".mypy_cache",
        "user.py",
        cwd=tmp_path,
    )
    output = checked.stdout + checked.stderr
    assert "import-untyped" not in output
    assert checked.returncode == 0, output
    assert 'Revealed type is "openai.types.chat.chat_completion.ChatCompletion"' in output
    assert "LegacyAPIResponse[openai.types.chat.chat_completion.ChatCompletion]" in output
