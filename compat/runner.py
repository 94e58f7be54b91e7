"""Run the compat scenarios under one interpreter (the official package's venv, or ours) and
write what happened to a JSON file: for each scenario, the requests the server received, what
the caller saw, and the pauses the client asked for.

usage: runner.py --port PORT --out FILE [--select SUBSTRING ...]
Run by main.py; `openai` is whatever this interpreter imports.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import os
import pkgutil
import sys
import time
import traceback
from typing import Any, Dict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import dsl  # noqa: E402
from server import RecordingServer  # noqa: E402

# A backoff pause is random (jitter); it is compared by its step: step n waits between
# 0.75 * 0.5 * 2**n and 0.5 * 2**n seconds (capped at 8). Exact pauses (Retry-After, polling)
# are compared by value.


def sleep_class(seconds: float) -> Any:
    if abs(seconds * 1000 - round(seconds * 1000)) < 1e-6:
        return round(seconds, 3)
    for step in range(10):
        high = min(0.5 * 2**step, 8.0)
        if 0.75 * high - 1e-9 <= seconds <= high + 1e-9:
            return f"backoff step {step}"
    return f"other pause ~{round(seconds, 1)}"


def patch_sleeps(ctx: dsl.Ctx) -> None:
    """Clients' pauses are recorded and skipped, so retries and polling run instantly."""
    real_async_sleep = asyncio.sleep

    def fake_sleep(seconds: float) -> None:
        ctx.sleeps.append(sleep_class(seconds))

    async def fake_async_sleep(seconds: float, *args: Any, **kwargs: Any) -> Any:
        if seconds:  # asyncio.sleep(0) is a checkpoint, not a pause
            ctx.sleeps.append(sleep_class(seconds))
        return await real_async_sleep(0)

    time.sleep = fake_sleep  # type: ignore[assignment]
    asyncio.sleep = fake_async_sleep  # type: ignore[assignment]
    try:
        import anyio

        anyio.sleep = fake_async_sleep  # type: ignore[assignment]
    except ImportError:
        pass


def load_scenarios() -> None:
    import scenarios

    for info in pkgutil.iter_modules(scenarios.__path__):
        importlib.import_module(f"scenarios.{info.name}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--select", action="append", default=[])
    options = parser.parse_args()

    for name in list(os.environ):
        if name.startswith(("OPENAI_", "AZURE_OPENAI")):
            del os.environ[name]

    import openai

    server = RecordingServer(options.port)
    ctx = dsl.Ctx(openai, server)
    load_scenarios()
    patch_sleeps(ctx)
    loop = asyncio.new_event_loop()
    results: Dict[str, Dict[str, Any]] = {}
    chosen = [s for s in dsl.REGISTRY if not options.select or any(sel in s.name for sel in options.select)]
    for scenario in chosen:
        server.reset()
        ctx.observations = []
        ctx.sleeps = []
        crash = None
        try:
            if scenario.is_async:
                loop.run_until_complete(scenario.fn(ctx))
            else:
                scenario.fn(ctx)
        except BaseException as exc:  # the scenario itself failed: report it, go on
            crash = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            ctx.observations.append(["scenario raised", dsl.describe_exception(exc)])
        for pending in ctx._finish():
            loop.run_until_complete(pending)
        results[scenario.name] = {
            "requests": [r.to_data() for r in server.requests],
            "observations": ctx.observations,
            "sleeps": ctx.sleeps,
            "deviation": scenario.deviation,
            "crash": crash,
        }
    server.close()
    with open(options.out, "w") as f:
        json.dump({"version": openai.__version__, "file": openai.__file__, "scenarios": results}, f)


if __name__ == "__main__":
    main()
