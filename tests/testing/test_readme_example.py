"""The README's "Testing your code" example is a pytest module: run it, as a user would."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

README = Path(__file__).resolve().parents[2] / "README.md"


def _example() -> str:
    text = README.read_text()
    section = text.index("### Testing your code")
    start = text.index("```python\n", section) + len("```python\n")
    return text[start : text.index("```", start)]


def test_the_readme_testing_example_passes(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_readme=_example())
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-W", "error")
    outcomes = result.parseoutcomes()
    assert outcomes.get("passed", 0) >= 6 and set(outcomes) <= {"passed", "warnings"}, result.stdout.str()
