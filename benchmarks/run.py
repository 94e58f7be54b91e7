"""The project benchmark: our `openai` vs raw httpx vs the official package, on one local server.

    .venv/bin/python benchmarks/run.py [--official-python /tmp/official-venv/bin/python] [--quick]

Starts `server.py` on 127.0.0.1 (free port), then three long-lived client processes
(`worker.py`): ours and raw httpx under this interpreter, the official package under
`--official-python`. Each measurement runs in rounds; every round runs the clients one after
the other, in a rotated order, and the table reports the median round. Import time, the first
construction, the cold first call and memory use fresh processes instead. Everything is
stopped at the end. See benchmarks/README.md for what each number means and the targets.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple

HERE = Path(__file__).resolve().parent
RESULTS = HERE / ".results"
ANSWER_TIMEOUT = 300.0  # seconds one worker command may take before the run gives up on it
OURS, RAW, OFFICIAL = "ours", "httpx", "official"
# Every section, in the order it runs (and its rows appear); `--only` takes a subset.
SECTIONS = ("import", "construct", "cold", "calls", "responses", "stream", "embed", "memory", "pages", "retry", "async")


@dataclass
class Config:
    import_samples: int
    cold_samples: int
    rounds: int
    construct_n: int
    sync_n: int
    retry_n: int
    responses_n: int
    pages: int
    page_limit: int
    page_runs: int
    async_n: int
    concurrency: int
    async_small_n: int
    stream_chunks: int
    embed_n: int
    embed_rounds: int
    memory_count: int
    memory_reps: int


FULL = Config(
    import_samples=15,
    cold_samples=7,
    rounds=7,
    construct_n=20,
    sync_n=2000,
    retry_n=1000,
    responses_n=2000,
    pages=50,
    page_limit=20,
    page_runs=5,
    async_n=320,
    concurrency=64,
    async_small_n=2000,
    stream_chunks=5000,
    embed_n=6,
    embed_rounds=5,
    memory_count=10_000,
    memory_reps=3,
)
QUICK = Config(
    import_samples=3,
    cold_samples=1,
    rounds=2,
    construct_n=5,
    sync_n=200,
    retry_n=100,
    responses_n=200,
    pages=50,
    page_limit=20,
    page_runs=2,
    async_n=128,
    concurrency=64,
    async_small_n=200,
    stream_chunks=500,
    embed_n=2,
    embed_rounds=1,
    memory_count=1000,
    memory_reps=1,
)


def child_env() -> Dict[str, str]:
    """The environment for every child: no OPENAI_* settings, no PYTHONPATH, bytecode caching on
    (a pip-installed package has its .pyc files; an editable checkout writes them on first import)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    for name in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE", "PYTHONPROFILEIMPORTTIME"):
        env.pop(name, None)
    return env


def _read_lines(stream: IO[str], into: "queue.Queue[Optional[str]]") -> None:
    for line in stream:
        into.put(line)
    into.put(None)


class Child:
    """A subprocess we talk to line by line; stopped by closing its stdin (then by signal)."""

    def __init__(self, argv: Sequence[str], log_name: str) -> None:
        RESULTS.mkdir(exist_ok=True)
        self._log = open(RESULTS / f"{log_name}.log", "w")  # closed in stop()
        self.proc = subprocess.Popen(
            list(argv), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._log, text=True, env=child_env()
        )
        self._lines: "queue.Queue[Optional[str]]" = queue.Queue()
        assert self.proc.stdout is not None
        threading.Thread(target=_read_lines, args=(self.proc.stdout, self._lines), daemon=True).start()

    def read_line(self, timeout: float) -> str:
        try:
            line = self._lines.get(timeout=timeout)
        except queue.Empty:
            raise RuntimeError(f"no answer within {timeout:.0f} s (see {self._log.name})") from None
        if line is None:
            raise RuntimeError(f"process exited with {self.proc.wait()} (see {self._log.name})")
        return line

    def write_line(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def stop(self) -> None:
        try:
            if self.proc.stdin is not None:
                self.proc.stdin.close()
        except OSError:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()


class Worker(Child):
    def __init__(self, label: str, python: str, kind: str, base_url: str) -> None:
        super().__init__([python, str(HERE / "worker.py"), "--kind", kind, "--base-url", base_url], f"worker-{label}")
        self.label = label
        ready = json.loads(self.read_line(120))
        if "error" in ready:
            raise RuntimeError(f"{label} worker failed to start:\n{ready['error']}")

    def ask(self, **command: Any) -> Dict[str, Any]:
        self.write_line(json.dumps(command))
        return json.loads(self.read_line(ANSWER_TIMEOUT))  # type: ignore[no-any-return]


def start_server(config: Config) -> Tuple[Child, str]:
    server = Child(
        [
            sys.executable,
            str(HERE / "server.py"),
            "--stream-chunks",
            str(config.stream_chunks),
            "--pages",
            str(config.pages),
            "--max-seconds",
            "1800",
        ],
        "server",
    )
    line = server.read_line(30)
    if not line.startswith("PORT "):
        server.stop()
        raise RuntimeError(f"unexpected server greeting {line!r}")
    return server, f"http://127.0.0.1:{int(line.split()[1])}/v1"


# ----------------------------------------------------------------------------- fresh-process timings

IMPORT_CODE = "import time\nt = time.perf_counter()\nimport {module}\nprint(time.perf_counter() - t)"
COLD_SDK = """import time
t = time.perf_counter()
import openai
client = openai.OpenAI(api_key="sk-bench", base_url={url!r})
client.chat.completions.create(model="gpt-4o-mini", messages=[{{"role": "user", "content": "hi"}}])
print(time.perf_counter() - t)"""
COLD_RAW = """import time
t = time.perf_counter()
import httpx, json
client = httpx.Client(base_url={url!r}, headers={{"Authorization": "Bearer sk-bench"}})
json.loads(client.post("/chat/completions", json={{"model": "gpt-4o-mini", "messages": [{{"role": "user", "content": "hi"}}]}}).content)
print(time.perf_counter() - t)"""
CONSTRUCT_SDK = """import time, openai
t = time.perf_counter()
openai.OpenAI(api_key="sk-bench", base_url={url!r})
print(time.perf_counter() - t)"""
CONSTRUCT_RAW = """import time, httpx
t = time.perf_counter()
httpx.Client(base_url={url!r}, headers={{"Authorization": "Bearer sk-bench"}})
print(time.perf_counter() - t)"""


def run_python(python: str, code: str) -> float:
    # -I: no PYTHON* variables, no user site, no current directory on sys.path.
    out = subprocess.run([python, "-I", "-c", code], capture_output=True, text=True, timeout=120, env=child_env())
    if out.returncode != 0:
        raise RuntimeError(f"{python} failed:\n{out.stderr}")
    return float(out.stdout.strip().splitlines()[-1])


def fresh_process_samples(codes: Dict[str, Tuple[str, str]], samples: int) -> Dict[str, List[float]]:
    """Median-ready samples: one untimed warm-up each (writes bytecode caches), then rotated rounds."""
    labels = list(codes)
    for python, code in codes.values():
        run_python(python, code)
    result: Dict[str, List[float]] = {label: [] for label in labels}
    for i in range(samples):
        for label in labels[i % len(labels) :] + labels[: i % len(labels)]:
            python, code = codes[label]
            result[label].append(run_python(python, code))
    return result


# ----------------------------------------------------------------------------- the report


@dataclass(frozen=True)
class Target:
    """Relative: ours / `versus` <= `limit` (a cost ratio, see Row.ratio). Absolute (`versus`
    None): our own value < `limit`, in the row's unit."""

    limit: float
    versus: Optional[str] = RAW


@dataclass
class Row:
    name: str
    unit: str
    values: Mapping[str, Optional[float]]  # per client; the cost-like number shown (or a rate)
    higher_is_better: bool = False
    target: Optional[Target] = None
    note: str = ""
    errors: Optional[Dict[str, str]] = None

    def ratio(self, other: str) -> Optional[float]:
        ours, theirs = self.values.get(OURS), self.values.get(other)
        if not ours or not theirs:
            return None
        return theirs / ours if self.higher_is_better else ours / theirs

    def verdict(self) -> str:
        target = self.target
        if target is None:
            return ""
        if target.versus is None:
            label, value = f"ours < {target.limit:g} {self.unit}", self.values.get(OURS)
            met = value is not None and value < target.limit
        else:
            label, value = f"ours <= {target.limit:g}x {target.versus}", self.ratio(target.versus)
            met = value is not None and value <= target.limit
        return f"{label}: {'n/a' if value is None else 'PASS' if met else 'FAIL'}"


def _fmt(value: Optional[float]) -> str:
    if value is None:
        return "-"
    if value >= 1000:
        return f"{value:,.0f}"
    if value >= 100:
        return f"{value:.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def _fmt_ratio(ratio: Optional[float]) -> str:
    if ratio is None:
        return "-"
    return f"{ratio:.2f}x" if ratio >= 0.1 else f"{ratio:.3f}x"


def render(rows: List[Row]) -> str:
    header = ["benchmark", "unit", "httpx", "ours", "official", "ours/httpx", "ours/official", "target"]
    lines = [header]
    for row in rows:
        ratios = [row.ratio(RAW), row.ratio(OFFICIAL)]
        lines.append(
            [
                row.name,
                row.unit,
                _fmt(row.values.get(RAW)),
                _fmt(row.values.get(OURS)),
                _fmt(row.values.get(OFFICIAL)),
                *(_fmt_ratio(r) for r in ratios),
                row.verdict(),
            ]
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = []
    for n, line in enumerate(lines):
        cells = [c.ljust(w) if i < 2 or i == 7 else c.rjust(w) for i, (c, w) in enumerate(zip(line, widths))]
        out.append("| " + " | ".join(cells) + " |")
        if n == 0:
            out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


# ----------------------------------------------------------------------------- the run


class Bench:
    def __init__(self, config: Config, official_python: Optional[str], base_url: str) -> None:
        self.config = config
        self.official_python = official_python
        self.base_url = base_url
        self.rows: List[Row] = []
        self.raw: Dict[str, Any] = {"config": asdict(config)}
        self.workers: Dict[str, Worker] = {}

    def log(self, message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    # ---- fresh processes

    def _fresh(self, key: str, sdk_code: str, raw_code: str, samples: int) -> Dict[str, Optional[float]]:
        """Median milliseconds per client of `samples` fresh `python -I -c code` runs."""
        codes = {RAW: (sys.executable, raw_code), OURS: (sys.executable, sdk_code)}
        if self.official_python:
            codes[OFFICIAL] = (self.official_python, sdk_code)
        self.raw[key] = got = fresh_process_samples(codes, samples)
        return {label: statistics.median(s) * 1000 for label, s in got.items()}

    def import_times(self) -> None:
        self.log("import time (fresh processes)...")
        sdk, raw = IMPORT_CODE.format(module="openai"), IMPORT_CODE.format(module="httpx")
        values = self._fresh("import", sdk, raw, self.config.import_samples)
        self.rows.append(Row("import openai (httpx: import httpx)", "ms", values, target=Target(1.3)))

    def cold_call(self) -> None:
        self.log("import + client + first call (fresh processes)...")
        url = self.base_url
        values = self._fresh("cold_call", COLD_SDK.format(url=url), COLD_RAW.format(url=url), self.config.cold_samples)
        self.rows.append(Row("import + first chat call", "ms", values))

    def memory(self) -> None:
        self.log(f"memory held by {self.config.memory_count:,} parsed completions (fresh processes)...")
        clients = [(OURS, sys.executable, "sdk"), (RAW, sys.executable, "httpx")]
        if self.official_python:
            clients.append((OFFICIAL, self.official_python, "sdk"))
        answers: Dict[str, List[Dict[str, Any]]] = {label: [] for label, _, _ in clients}
        for i in range(self.config.memory_reps):
            for label, python, kind in clients[i % len(clients) :] + clients[: i % len(clients)]:
                worker = Worker(f"memory-{label}", python, kind, self.base_url)
                try:
                    answers[label].append(worker.ask(op="memory", count=self.config.memory_count))
                finally:
                    worker.stop()
        self.raw["memory"] = answers
        errors = {label: a["error"] for label, got in answers.items() for a in got if "error" in a}
        good = {label: [a for a in got if "error" not in a] for label, got in answers.items()}
        count = self.config.memory_count
        held = {
            label: statistics.median(a["bytes"] for a in got) / count if got else None for label, got in good.items()
        }
        parse = {
            label: statistics.median(a["seconds"] for a in got) * 1000 if got else None for label, got in good.items()
        }
        note = f"httpx column: the same {count:,} completions as plain dicts from json.loads"
        self.rows.append(
            Row(
                "memory per parsed ChatCompletion",
                "B/object",
                held,
                target=Target(1.5),
                note=note,
                errors=errors or None,
            )
        )
        self.rows.append(Row(f"parse a list page of {count:,}", "ms", parse, errors=errors or None))

    # ---- long-lived workers, rounds

    def start_workers(self) -> None:
        if self.workers:
            return
        self.log("starting clients...")
        self.workers[OURS] = Worker(OURS, sys.executable, "sdk", self.base_url)
        self.workers[RAW] = Worker(RAW, sys.executable, "httpx", self.base_url)
        if self.official_python:
            self.workers[OFFICIAL] = Worker(OFFICIAL, self.official_python, "sdk", self.base_url)
        loaded = {label: w.ask(op="hello") for label, w in self.workers.items()}
        self.raw["clients"] = loaded
        for label, info in loaded.items():
            self.log(f"  {label:8} {info.get('package')} {info.get('version')} (httpx {info.get('httpx')})")
        ours_path = str(loaded[OURS].get("package", ""))
        if not ours_path.startswith(str(HERE.parent / "src")):
            raise RuntimeError(f"this interpreter imports openai from {ours_path}, not this repository's src/")
        if OFFICIAL in loaded and str(loaded[OFFICIAL].get("package", "")).startswith(str(HERE.parent / "src")):
            raise RuntimeError("--official-python imports this repository's package, not the official one")

    def rounds(self, rounds: int, **command: Any) -> Tuple[Dict[str, List[Dict[str, Any]]], Dict[str, str]]:
        self.start_workers()
        labels = list(self.workers)
        results: Dict[str, List[Dict[str, Any]]] = {label: [] for label in labels}
        errors: Dict[str, str] = {}
        for r in range(rounds):
            for label in labels[r % len(labels) :] + labels[: r % len(labels)]:
                if label in errors:
                    continue
                answer = self.workers[label].ask(**command)
                if "error" in answer:
                    errors[label] = answer["error"]
                    self.log(f"  {label} failed {command['op']}:\n{answer['error']}")
                else:
                    results[label].append(answer)
        self.raw.setdefault("rounds", []).append({"command": command, "results": results, "errors": errors})
        self._check_agreement(command["op"], results, errors)
        return results, errors

    def _check_agreement(self, op: str, results: Dict[str, List[Dict[str, Any]]], errors: Dict[str, str]) -> None:
        """Every client must have got the same answer, or its time means nothing."""
        checks = {label: _normalise(got[0]["check"]) for label, got in results.items() if got}
        reference = checks.get(RAW)
        for label, check in checks.items():
            if check != reference:
                errors[label] = f"{op}: result {check!r} differs from raw httpx's {reference!r}"
                results[label] = []
                self.log(f"  {label}: {errors[label]}")

    def _measure(
        self,
        name: str,
        unit: str,
        scale: Callable[[float], float],
        command: Dict[str, Any],
        cpu_unit: Optional[str] = None,
        rounds: Optional[int] = None,
        **row: Any,
    ) -> None:
        """Run `command` in rounds; a row for the typical time of one operation (median over
        rounds of each round's median block), and one for client CPU time per operation
        (median over rounds) if `cpu_unit`. `row`: further Row fields (target, note...)."""
        self.log(f"{name}: {command}...")
        results, errors = self.rounds(rounds or self.config.rounds, **command)

        def median(
            per_op: Callable[[Dict[str, Any]], float], scale: Callable[[float], float]
        ) -> Dict[str, Optional[float]]:
            return {
                label: scale(statistics.median(per_op(a) for a in got)) if got else None
                for label, got in results.items()
            }

        self.rows.append(Row(name, unit, median(lambda a: a["per_op"], scale), errors=errors or None, **row))
        if cpu_unit is not None:
            cpu = median(lambda a: a["cpu"] / a["count"], _micro)
            self.rows.append(Row("  same, client CPU only", cpu_unit, cpu, errors=errors or None))

    def construct(self) -> None:
        c, url = self.config, self.base_url
        note = "fresh objects in a warmed process, each kept until the round ends; httpx column: httpx.Client()"
        command = {"op": "construct", "n": c.construct_n}
        name = "OpenAI() construction (httpx: httpx.Client())"
        self._measure(name, "ms", _milli, command, target=Target(1.0, versus=None), note=note)
        self.log("first OpenAI() in a fresh process...")
        sdk, raw = CONSTRUCT_SDK.format(url=url), CONSTRUCT_RAW.format(url=url)
        values = self._fresh("first_construct", sdk, raw, c.cold_samples)
        self.rows.append(Row("  first OpenAI() in a fresh process", "ms", values))

    def calls(self) -> None:
        command = {"op": "sync_calls", "n": self.config.sync_n}
        self._measure("chat.create sync", "us/call", _micro, command, "us/call", target=Target(1.15))

    def responses(self) -> None:
        command = {"op": "responses", "n": self.config.responses_n}
        self._measure("responses.create sync", "us/call", _micro, command, "us/call", target=Target(1.15))

    def streaming(self) -> None:
        for op, name in (("stream", "SSE stream, sync"), ("astream", "SSE stream, async")):
            command = {"op": op, "expected": self.config.stream_chunks}
            self._measure(
                name, "chunks/s", _per_second, command, "us/chunk", target=Target(1.15), higher_is_better=True
            )
        command = {"op": "rstream", "expected": self.config.stream_chunks}
        self._measure(
            "SSE stream, Responses, sync", "events/s", _per_second, command, "us/event", higher_is_better=True
        )

    def embeddings(self) -> None:
        c = self.config
        for fmt, name, target in (
            ("float", 'embeddings 100x1536, "float"', Target(1.1)),
            ("default", "embeddings 100x1536, default (base64)", None),
        ):
            command = {"op": "embed", "n": c.embed_n, "format": fmt}
            self._measure(name, "ms/call", _milli, command, rounds=c.embed_rounds, target=target)

    def pages(self) -> None:
        c = self.config
        name = f"auto-paginate {c.pages} pages x {c.page_limit} jobs"
        note = "httpx column: the same GETs with `after`, json.loads each page"
        command = {"op": "paginate", "n": c.page_runs, "limit": c.page_limit}
        self._measure(name, "ms", _milli, command, target=Target(1.15), note=note)

    def retry(self) -> None:
        note = "429 with retry-after-ms: 0.001 (honoured by both SDKs), then 200; httpx sends both by hand"
        command = {"op": "retry_calls", "n": self.config.retry_n}
        self._measure("429 -> retry -> 200, sync", "us/call", _micro, command, target=Target(1.15), note=note)

    def async_calls(self) -> None:
        c = self.config
        note = "same limits (1000/100) and the same warmed connections (one per task) for every client"
        for n, concurrency, row in (
            (c.async_n, c.concurrency, {"target": Target(1.0), "note": note}),
            (c.async_small_n, 8, {}),
        ):
            command = {"op": "async_calls", "n": n, "concurrency": concurrency}
            self._measure(f"async chat.create, {concurrency} tasks", "us/call", _micro, command, "us/call", **row)

    def stop_workers(self) -> None:
        for worker in self.workers.values():
            worker.stop()
        self.workers.clear()

    # ---- profile of our client

    def profile(self) -> str:
        worker = Worker("profile", sys.executable, "sdk", self.base_url)
        try:
            parts = []
            for what, args in (
                ("sync_calls", {"n": self.config.sync_n}),
                ("stream", {"expected": self.config.stream_chunks}),
            ):
                answer = worker.ask(op="profile", what=what, args=args)
                parts.append(answer.get("report") or answer.get("error", ""))
            return "\n".join(parts)
        finally:
            worker.stop()


def _milli(seconds: float) -> float:
    return seconds * 1e3


def _micro(seconds: float) -> float:
    return seconds * 1e6


def _per_second(seconds_per_op: float) -> float:
    return 1 / seconds_per_op


def _normalise(check: Any) -> Any:
    """Compare answers loosely where exact equality is not the point (float formatting)."""
    if isinstance(check, list):
        return [round(v, 6) if isinstance(v, float) else v for v in check]
    return check


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--official-python", help="interpreter of a separate venv with the official openai package")
    parser.add_argument("--quick", action="store_true", help="a short smoke run (small counts, few rounds)")
    parser.add_argument("--profile", action="store_true", help="also cProfile our client (sync calls, stream)")
    parser.add_argument("--only", help=f"comma-separated sections, of: {','.join(SECTIONS)}")
    args = parser.parse_args(argv)
    config = QUICK if args.quick else FULL
    chosen = args.only.split(",") if args.only else list(SECTIONS)
    unknown = set(chosen) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections {','.join(sorted(unknown))}; choose from {','.join(SECTIONS)}")
    started = time.perf_counter()
    server, base_url = start_server(config)
    bench = Bench(config, args.official_python, base_url)
    run_section: Dict[str, Callable[[], None]] = {
        "import": bench.import_times,
        "construct": bench.construct,
        "cold": bench.cold_call,
        "calls": bench.calls,
        "responses": bench.responses,
        "stream": bench.streaming,
        "embed": bench.embeddings,
        "memory": bench.memory,
        "pages": bench.pages,
        "retry": bench.retry,
        "async": bench.async_calls,
    }
    try:
        bench.log(f"server at {base_url}")
        for section in SECTIONS:
            if section in chosen:
                run_section[section]()
        bench.stop_workers()
        profile = bench.profile() if args.profile else ""
    finally:
        bench.stop_workers()
        server.stop()
    table = render(bench.rows)
    elapsed = time.perf_counter() - started
    print(f"\nopenai benchmark ({'quick' if args.quick else 'full'} run, {elapsed:.0f} s; medians of rounds)")
    print("ratios are costs, ours / other (time or bytes): below 1.00x, ours is cheaper\n")
    print(table)
    failures = [row for row in bench.rows if row.errors]
    for row in failures:
        for label, error in (row.errors or {}).items():
            print(f"\n{row.name} [{label}] ERROR: {error.strip().splitlines()[-1]}")
    notes = [f"- {row.name}: {row.note}" for row in bench.rows if row.note]
    if notes:
        print("\n" + "\n".join(notes))
    if profile:
        print("\n" + profile)
    RESULTS.mkdir(exist_ok=True)
    bench.raw["rows"] = [asdict(row) for row in bench.rows]
    (RESULTS / "latest.json").write_text(json.dumps(bench.raw, indent=1, default=str))
    (RESULTS / "latest.txt").write_text(table + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
