#!/usr/bin/env python
"""Compare what mypy and pyright infer for tests/typing/ with this package and with another
`openai` (the official one, installed in its own virtualenv).

Each `assert_type(expr, T)` of tests/typing/*.py becomes `reveal_type(expr)`; both checkers run
once per interpreter on those copies (outside the repository), and every revealed type whose text
differs is printed. Module paths are left out of the comparison (`openai._legacy_response.X` and
`openai._response.X` name the same class for a user), nothing else is.

    python scripts/compare_typing.py /path/to/official-venv/bin/python [--ignore-union-order]

Needs mypy (the dev extra) and pyright (node_modules, `npm ci`). Exit status 1 when they differ.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
from typing import Dict, List, Tuple

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
TYPING_TESTS = os.path.join(ROOT, "tests", "typing")
PYRIGHT = os.path.join(ROOT, "node_modules", ".bin", "pyright")
MYPY = os.path.join(os.path.dirname(sys.executable), "mypy")


def to_reveals(source: str) -> str:
    """`assert_type(expr, T)` -> `reveal_type(expr)`, keeping every line where it was."""
    tree = ast.parse(source)
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "assert_type"
    ]
    lines = source.split("\n")
    for call in sorted(calls, key=lambda c: (c.lineno, c.col_offset), reverse=True):
        if call.lineno != call.end_lineno:
            continue  # multi-line calls are left as they are
        arg = ast.get_source_segment(source, call.args[0])
        line = lines[call.lineno - 1]
        lines[call.lineno - 1] = line[: call.col_offset] + f"reveal_type({arg})" + line[call.end_col_offset :]
    return "\n".join(lines)


def reveals(python: str, work: str) -> Dict[Tuple[str, str, int], str]:
    """(checker, file, line) -> revealed type, for the package `python` imports."""
    found: Dict[Tuple[str, str, int], str] = {}
    mypy = subprocess.run(
        [MYPY, "--python-executable", python, "--no-incremental", "--no-error-summary", "."],
        cwd=work,
        capture_output=True,
        text=True,
        check=False,
    )
    for m in re.finditer(r"^(\S+\.py):(\d+): note: Revealed type is \"(.*)\"$", mypy.stdout, re.M):
        found[("mypy", m.group(1), int(m.group(2)))] = m.group(3)
    pyright = subprocess.run(
        [PYRIGHT, "--pythonpath", python, "."], cwd=work, capture_output=True, text=True, check=False
    )
    for m in re.finditer(r"^\s+(\S+\.py):(\d+):\d+ - information: Type of \".*?\" is \"(.*)\"$", pyright.stdout, re.M):
        found[("pyright", os.path.basename(m.group(1)), int(m.group(2)))] = m.group(3)
    return found


def normalise(revealed: str, union_order: bool = True) -> str:
    text = re.sub(r"\b(?:[a-z_][a-z0-9_]*\.)+(?=[A-Za-z_])", "", revealed)
    return text if union_order else _sorted_unions(text)


def _split(text: str, sep: str) -> List[str]:
    """`text` split at `sep` outside brackets."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "[(":
            depth += 1
        elif ch in "])":
            depth -= 1
        if depth == 0 and text.startswith(sep, i):
            parts.append(text[start:i])
            start = i + len(sep)
    parts.append(text[start:])
    return parts


def _sorted_unions(text: str) -> str:
    """The same type text with the members of every union in sorted order."""
    members = []
    for member in _split(text, " | "):
        m = re.match(r"^([^\[]*)\[(.*)\]$", member)
        if m:
            member = f"{m.group(1)}[{', '.join(_sorted_unions(a) for a in _split(m.group(2), ', '))}]"
        members.append(member)
    return " | ".join(sorted(members))


def main(argv: List[str]) -> int:
    union_order = "--ignore-union-order" not in argv
    argv = [a for a in argv if a != "--ignore-union-order"]
    if len(argv) != 1:
        print(__doc__)
        return 2
    other = argv[0]
    with tempfile.TemporaryDirectory() as work:
        for name in sorted(os.listdir(TYPING_TESTS)):
            if name.endswith(".py"):
                with open(os.path.join(TYPING_TESTS, name), encoding="utf-8") as f:
                    text = to_reveals(f.read())
                with open(os.path.join(work, name), "w", encoding="utf-8") as f:
                    f.write(text)
        with open(os.path.join(work, "pyrightconfig.json"), "w", encoding="utf-8") as f:
            f.write('{"typeCheckingMode": "basic"}\n')
        ours = reveals(os.path.join(ROOT, ".venv", "bin", "python"), work)
        theirs = reveals(other, work)
        shutil.rmtree(work, ignore_errors=True)
    differ = 0
    for key in sorted(set(ours) | set(theirs)):
        mine, official = ours.get(key, "<none>"), theirs.get(key, "<none>")
        if normalise(mine, union_order) != normalise(official, union_order):
            differ += 1
            checker, file, line = key
            print(f"{checker} {file}:{line}\n  ours:     {mine}\n  official: {official}")
    print(f"compare_typing: {len(theirs)} revealed types, {differ} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
