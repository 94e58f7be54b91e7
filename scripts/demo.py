"""Run every script in examples/ and print what each printed (`./scripts/demo`).

Without `OPENAI_API_KEY` in the environment the scripts talk to the fake API of
`openai.testing`, served on 127.0.0.1 (its Realtime API on a second port), so the demo needs
no network and no key; with a key they talk to the real API. The scripts are run unchanged,
each in its own process and a scratch directory, with only the environment pointing them at
the fake (`OPENAI_BASE_URL`, the Azure variables, `OPENAI_WEBSOCKET_BASE_URL`, and a silent
`sounddevice` for the voice example). Exits non-zero if any script fails.

    .venv/bin/python scripts/demo.py [NAME ...]   # names without .py; all when none given
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Sequence

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
OFFLINE = ROOT / "scripts" / "offline"  # the silent sounddevice
TIMEOUT = 60.0


@dataclass
class Outcome:
    name: str
    returncode: int
    output: str
    seconds: float

    @property
    def ok(self) -> bool:
        return self.returncode == 0


def example_names() -> List[str]:
    return sorted(path.stem for path in EXAMPLES.glob("*.py"))


def fake_environment(base_url: str, websocket_url: str) -> Dict[str, str]:
    """The variables that point an unchanged example at the fake."""
    host = base_url[: -len("/v1")]
    return {
        "OPENAI_BASE_URL": base_url,
        "OPENAI_API_KEY": "sk-fake-demo-key",
        "OPENAI_WEBSOCKET_BASE_URL": websocket_url,
        "OPENAI_WEBHOOK_SECRET": "whsec_ZmFrZS1kZW1vLXNlY3JldA==",
        "AZURE_OPENAI_ENDPOINT": host,
        "AZURE_OPENAI_API_KEY": "fake-azure-key",
        "OPENAI_API_VERSION": "2024-10-21",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(OFFLINE), os.environ.get("PYTHONPATH")])),
    }


@contextlib.contextmanager
def fake_servers() -> Iterator[Dict[str, str]]:
    """Serve a fresh fake API and its Realtime API; yields the environment for the examples."""
    from openai.testing import FakeOpenAI

    fake = FakeOpenAI()
    with fake.serve() as server, fake.serve_realtime() as realtime:
        yield fake_environment(server.base_url, realtime.url)


def run_example(name: str, env: Dict[str, str], *, timeout: float = TIMEOUT) -> Outcome:
    """Run one example in a scratch directory (some write files) and capture its output."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix=f"example-{name}-") as scratch:
        try:
            done = subprocess.run(
                [sys.executable, str(EXAMPLES / f"{name}.py")],
                cwd=scratch,
                env={**os.environ, **env, "PYTHONUNBUFFERED": "1"},
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                timeout=timeout,
            )
            code, output = done.returncode, done.stdout
        except subprocess.TimeoutExpired as expired:
            partial = expired.stdout or ""
            code, output = (
                -1,
                (partial if isinstance(partial, str) else partial.decode()) + f"\n(timed out after {timeout:.0f} s)",
            )
    return Outcome(name, code, output, time.perf_counter() - started)


def run_all(names: Sequence[str], env: Optional[Dict[str, str]]) -> List[Outcome]:
    outcomes = []
    for name in names:
        outcome = run_example(name, env or {})
        status = "ok" if outcome.ok else f"FAILED (exit {outcome.returncode})"
        print(f"\n=== examples/{name}.py: {status} in {outcome.seconds:.1f} s", flush=True)
        print(outcome.output.rstrip() or "(no output)", flush=True)
        outcomes.append(outcome)
    return outcomes


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help="examples to run (file names without .py); all by default")
    args = parser.parse_args(argv)
    names = args.names or example_names()
    unknown = sorted(set(names) - set(example_names()))
    if unknown:
        parser.error(f"no such example: {', '.join(unknown)}")

    if os.environ.get("OPENAI_API_KEY"):
        print("demo: OPENAI_API_KEY is set: the examples talk to the real API", flush=True)
        outcomes = run_all(names, None)
    else:
        with fake_servers() as env:
            print(f"demo: no OPENAI_API_KEY: the examples talk to the fake API at {env['OPENAI_BASE_URL']}", flush=True)
            outcomes = run_all(names, env)

    failed = [outcome.name for outcome in outcomes if not outcome.ok]
    print(f"\ndemo: {len(outcomes) - len(failed)}/{len(outcomes)} examples ran", end="")
    print(f"; failed: {', '.join(failed)}" if failed else "", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
