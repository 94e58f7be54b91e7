"""`openai migrate` (rewrite code written for openai<1 to the 1.x interface) and `openai grit`.

Both run the Grit CLI (https://github.com/getgrit/gritql), downloaded from its GitHub releases on
first use into `$XDG_CACHE_HOME/openai-python/.install/bin/grit` (`~/.cache` by default). Every
argument after the command goes to Grit unchanged.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tarfile
from argparse import ArgumentParser
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, List

import httpx

from .._errors import CLIError, SilentCLIError
from .._models import BaseModel

if TYPE_CHECKING:
    from argparse import _SubParsersAction

__all__ = ["GritArgs", "MigrateArgs", "grit", "migrate", "install", "register"]


def register(subparser: _SubParsersAction[ArgumentParser]) -> None:
    sub = subparser.add_parser("migrate")
    sub.set_defaults(func=migrate, args_model=MigrateArgs, allow_unknown_args=True)

    sub = subparser.add_parser("grit")
    sub.set_defaults(func=grit, args_model=GritArgs, allow_unknown_args=True)


@dataclass
class GritArgs(BaseModel):
    unknown_args: List[str] = field(default_factory=list)


@dataclass
class MigrateArgs(BaseModel):
    unknown_args: List[str] = field(default_factory=list)


def grit(args: GritArgs) -> None:
    _run([str(install()), *args.unknown_args])


def migrate(args: MigrateArgs) -> None:
    _run([str(install()), "apply", "openai", *args.unknown_args])


def _run(command: List[str]) -> None:
    try:
        subprocess.check_call(command)
    except subprocess.CalledProcessError:
        raise SilentCLIError() from None  # Grit has printed its own error (same stdout/stderr)


def _cache_dir() -> Path:
    xdg = os.environ.get("XDG_CACHE_HOME")
    return Path(xdg) if xdg is not None else Path.home() / ".cache"


def _debug(message: str) -> None:
    if os.environ.get("DEBUG"):
        sys.stdout.write(f"[DEBUG]: {message}\n")


def _arch() -> str:
    # Grit's release names: x86_64 or aarch64.
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "arm64": "aarch64", "armv7l": "aarch64"}.get(machine, machine)


def install() -> Path:
    """The Grit binary's path, downloading and unpacking it first if it is not there yet."""
    if sys.platform == "win32":
        raise CLIError("Windows is not supported yet in the migration CLI")
    _debug("Using Grit installer from GitHub")

    target_dir = _cache_dir() / "openai-python" / ".install" / "bin"
    target_path = target_dir / "grit"
    if target_path.exists():
        _debug(f"{target_path} already exists")
        sys.stdout.flush()
        return target_path
    _debug(f"Using Grit CLI path: {target_path}")

    target_dir.mkdir(parents=True, exist_ok=True)
    archive_path = target_dir / "grit.tmp"
    archive_path.unlink(missing_ok=True)

    arch = _arch()
    _debug(f"Using architecture {arch}")
    system = "apple-darwin" if sys.platform == "darwin" else "unknown-linux-gnu"
    url = f"https://github.com/getgrit/gritql/releases/latest/download/grit-{arch}-{system}.tar.gz"

    sys.stdout.write(f"Downloading Grit CLI from {url}\n")
    _download(url, archive_path)

    unpacked = target_dir / "cli-bin"
    unpacked.mkdir(parents=True, exist_ok=True)
    try:
        with tarfile.open(archive_path, "r:gz") as archive:
            _extract(archive, unpacked)
    except tarfile.TarError as err:
        shutil.rmtree(unpacked, ignore_errors=True)
        raise CLIError(f"Cannot unpack the Grit CLI downloaded from {url}: {err}") from None
    _flatten(unpacked, target_dir)  # the archive holds the binary in a folder of its own
    shutil.rmtree(unpacked)
    archive_path.unlink()
    os.chmod(target_path, 0o755)
    sys.stdout.flush()
    return target_path


def _download(url: str, path: Path) -> None:
    with httpx.Client() as client, client.stream("GET", url, follow_redirects=True) as response:
        if response.status_code != 200:
            raise CLIError(f"Failed to download Grit CLI from {url}")
        with open(path, "wb") as file:
            for chunk in response.iter_bytes():
                file.write(chunk)


def _extract(archive: tarfile.TarFile, into: Path) -> None:
    # Nothing may land outside `into` (absolute names, `..`, links out): the "data" filter where
    # this Python has it, the same check by hand where it does not.
    if hasattr(tarfile, "data_filter"):
        archive.extractall(into, filter="data")
        return
    root = into.resolve()
    for member in archive.getmembers():
        destination = (into / member.name).resolve()
        if root != destination and root not in destination.parents:
            raise CLIError(f"Refusing to unpack {member.name!r}: it points outside {into}")
        if member.issym() or member.islnk():
            raise CLIError(f"Refusing to unpack the link {member.name!r}")
    archive.extractall(into)


def _flatten(source: Path, target: Path) -> None:
    for item in source.iterdir():
        if item.is_dir():
            _flatten(item, target)
        else:
            item.rename(target / item.name)
