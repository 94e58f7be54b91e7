"""Run every scenario through the official package and through ours, and compare.

usage: main.py --official PYTHON --ours PYTHON [-k SUBSTRING ...] [-v] [--json FILE]

Prints one line per scenario (`ok`, the first difference, or `deviation` for a difference that
COMPAT.md lists) and last `compat: X/Y scenarios identical`. Exits 1 when a scenario differs
without being a listed deviation, when a listed deviation no longer differs (stale), or when a
scenario fails on its own (a bug in the scenario).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
from typing import Any, Dict, List, Optional, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))

# Values that are random or machine-specific by nature are compared by their form only.
_IDEMPOTENCY = re.compile(r"^stainless-python-retry-[0-9a-f-]{36}$")
_BOUNDARY = re.compile(r"boundary=([0-9A-Za-z'()+_,./:=?-]+)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def spec_json() -> Optional[str]:
    """The spec as JSON (converted once, cached under .compat/), for fixtures.py."""
    source = os.path.join(HERE, "..", "..", "shared", "openapi.yaml")
    if not os.path.exists(source):
        return None
    target = os.path.join(HERE, "..", ".compat", "spec.json")
    if not os.path.exists(target) or os.path.getmtime(target) < os.path.getmtime(source):
        import yaml

        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        with open(source) as f:
            spec = yaml.load(f, Loader=loader)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target + ".tmp", "w") as f:
            json.dump(spec, f, default=str)  # YAML dates in examples
        os.replace(target + ".tmp", target)
    return os.path.abspath(target)


def run_side(python: str, port: int, selects: List[str]) -> Dict[str, Any]:
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
        out = f.name
    cmd = [python, os.path.join(HERE, "runner.py"), "--port", str(port), "--out", out]
    for sel in selects:
        cmd += ["--select", sel]
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONWARNINGS="default", COMPAT_SPEC=spec_json() or "")
    proc = subprocess.run(cmd, env=env, cwd=tempfile.gettempdir(), capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit(f"compat: the runner failed under {python}")
    with open(out) as f:
        data = json.load(f)
    os.unlink(out)
    data["stderr"] = proc.stderr
    return data


def normalise_request(request: Dict[str, Any]) -> Dict[str, Any]:
    headers = []
    boundary: Optional[str] = None
    for name, value in request["headers"]:
        lower = name.lower()
        if lower == "idempotency-key" and _IDEMPOTENCY.match(value):
            value = "<stainless-python-retry-uuid>"
        elif lower == "content-type":
            match = _BOUNDARY.search(value)
            if match:
                boundary = match.group(1)
                value = value.replace(boundary, "<boundary>")
        headers.append([name, value])
    body = request["body"]
    if boundary:
        body = body.replace(boundary, "<boundary>")
    return {**request, "headers": headers, "body": body}


def _short(value: Any, limit: int = 160) -> str:
    text = value if isinstance(value, str) else json.dumps(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _text_diff(ours: str, theirs: str) -> str:
    i = 0
    while i < min(len(ours), len(theirs)) and ours[i] == theirs[i]:
        i += 1
    start = max(0, i - 40)
    return f"at char {i}: ours …{_short(ours[start : i + 60])!s} | official …{_short(theirs[start : i + 60])!s}"


def first_difference(ours: Any, theirs: Any, path: str = "") -> Optional[str]:
    if type(ours) is not type(theirs):
        return f"{path or '.'}: ours {_short(ours)} | official {_short(theirs)}"
    if isinstance(ours, dict):
        for key in list(theirs) + [k for k in ours if k not in theirs]:
            if key not in ours:
                return f"{path}.{key}: missing in ours (official {_short(theirs[key])})"
            if key not in theirs:
                return f"{path}.{key}: extra in ours ({_short(ours[key])})"
            diff = first_difference(ours[key], theirs[key], f"{path}.{key}")
            if diff:
                return diff
        if list(ours) != list(theirs):
            return f"{path}: key order: ours {list(ours)} | official {list(theirs)}"
        return None
    if isinstance(ours, list):
        for i, (a, b) in enumerate(zip(ours, theirs)):
            diff = first_difference(a, b, f"{path}[{i}]")
            if diff:
                return diff
        if len(ours) != len(theirs):
            return f"{path}: length ours {len(ours)} | official {len(theirs)} (first extra: {_short((ours + theirs)[min(len(ours), len(theirs))])})"
        return None
    if ours != theirs:
        if isinstance(ours, str) and isinstance(theirs, str):
            return f"{path}: {_text_diff(ours, theirs)}"
        return f"{path}: ours {_short(ours)} | official {_short(theirs)}"
    return None


def compare_requests(ours: List[Dict[str, Any]], theirs: List[Dict[str, Any]]) -> Optional[str]:
    if len(ours) != len(theirs):
        return (
            f"requests: ours sent {len(ours)}, official {len(theirs)}: "
            + _short([f"{r['method']} {r['path']}" for r in ours])
            + " | "
            + _short([f"{r['method']} {r['path']}" for r in theirs])
        )
    for i, (a, b) in enumerate(zip(ours, theirs)):
        a, b = normalise_request(a), normalise_request(b)
        where = f"request {i + 1} ({b['method']} {b['path']})"
        for key in ("method", "path"):
            if a[key] != b[key]:
                return f"{where} {key}: ours {a[key]} | official {b[key]}"
        ours_h = {n.lower(): v for n, v in a["headers"]}
        theirs_h = {n.lower(): v for n, v in b["headers"]}
        for name in sorted(set(ours_h) | set(theirs_h)):
            if ours_h.get(name) != theirs_h.get(name):
                return f"{where} header {name}: ours {ours_h.get(name)!r} | official {theirs_h.get(name)!r}"
        if [n for n, _ in a["headers"]] != [n for n, _ in b["headers"]]:
            return f"{where} header names/order: ours {[n for n, _ in a['headers']]} | official {[n for n, _ in b['headers']]}"
        if a["body"] != b["body"]:
            return f"{where} body {_text_diff(a['body'], b['body'])}"
    return None


def compare(ours: Dict[str, Any], theirs: Dict[str, Any]) -> Optional[str]:
    diff = compare_requests(ours["requests"], theirs["requests"])
    if diff:
        return diff
    labels_ours = [o[0] for o in ours["observations"]]
    labels_theirs = [o[0] for o in theirs["observations"]]
    if labels_ours != labels_theirs:
        return f"observations: ours {_short(labels_ours)} | official {_short(labels_theirs)}" + (
            f"; first extra: {_short(ours['observations'][len(labels_theirs)] if len(labels_ours) > len(labels_theirs) else theirs['observations'][len(labels_ours)])}"
            if labels_ours[: len(labels_theirs)] == labels_theirs or labels_theirs[: len(labels_ours)] == labels_ours
            else ""
        )
    for (label, a), (_, b) in zip(ours["observations"], theirs["observations"]):
        diff = first_difference(a, b)
        if diff:
            return f"{label}{diff if diff.startswith(('.', '[', ':')) else ' ' + diff}"
    if ours["sleeps"] != theirs["sleeps"]:
        return f"pauses: ours {ours['sleeps']} | official {theirs['sleeps']}"
    return None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--official", required=True)
    parser.add_argument("--ours", required=True)
    parser.add_argument("-k", action="append", default=[], dest="selects")
    parser.add_argument("-v", action="store_true", dest="verbose", help="print ok lines too")
    parser.add_argument("--json", help="write both raw records here")
    options = parser.parse_args()

    port = free_port()
    theirs = run_side(options.official, port, options.selects)
    ours = run_side(options.ours, port, options.selects)
    if options.json:
        with open(options.json, "w") as f:
            json.dump({"ours": ours, "official": theirs}, f, indent=1)

    names = list(theirs["scenarios"])
    compat_md = os.path.join(HERE, "..", "COMPAT.md")
    listed = set(re.findall(r"^### (\S+)", open(compat_md).read(), re.M)) if os.path.exists(compat_md) else set()
    identical = failed = deviations = 0
    lines: List[Tuple[str, str]] = []
    for name in names:
        a, b = ours["scenarios"].get(name), theirs["scenarios"][name]
        if a is None:
            failed += 1
            lines.append(("FAIL", f"{name}: not run on our side"))
            continue
        crash = a["crash"] or b["crash"]
        diff = compare(a, b)
        if b["crash"]:
            failed += 1
            lines.append(("BROKEN", f"{name}: the scenario fails under the official package: {b['crash']}"))
        elif a["deviation"] and a["deviation"] not in listed:
            failed += 1
            lines.append(
                ("UNLISTED", f"{name}: deviation {a['deviation']!r} has no `### {a['deviation']}` entry in COMPAT.md")
            )
        elif a["deviation"]:
            if diff:
                deviations += 1
                lines.append(("deviation", f"{name}: COMPAT.md#{a['deviation']}: {diff}"))
            else:
                failed += 1
                lines.append(("STALE", f"{name}: listed as deviation {a['deviation']!r} but identical"))
        elif diff:
            failed += 1
            lines.append(("DIFF", f"{name}: {diff}" + (f" [ours crashed: {crash}]" if a["crash"] else "")))
        else:
            identical += 1
            lines.append(("ok", name))
    for status, text in lines:
        if status != "ok" or options.verbose:
            print(f"{status:9} {text}")
    checked = len(names) - deviations
    print(
        f"compat: {identical}/{checked} scenarios identical"
        + (f" (+{deviations} listed deviations, see COMPAT.md)" if deviations else "")
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
