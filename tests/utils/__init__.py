"""Helpers shared by the tests."""

from __future__ import annotations

import inspect
from typing import Any

BASE_URL = "http://api.test/v1"
API_KEY = "sk-test-not-a-real-key"


async def run(value: Any) -> Any:
    """Await `value` if the client under test is async; lets one test body serve both clients."""
    return await value if inspect.isawaitable(value) else value
