"""Folding streamed deltas (plain dicts, as `chunk.to_dict()` gives them) into a snapshot.

The rules, whatever the fields are called (so fields the API adds later accumulate too):
text grows (`content`, `refusal`, `arguments`, ...); objects merge key by key; a list of
objects carrying an `index` merges item by item (tool calls); any other list grows (logprobs
tokens); anything else is replaced. A `null` never erases what was accumulated. Identity
fields (`index`, `type`, `id`, `role`, `name`, `finish_reason`) are values, not text: a repeat
replaces them rather than doubling them.
"""

from __future__ import annotations

from typing import Any, Dict, List

__all__ = ["accumulate_delta"]

_IDENTITY_KEYS = frozenset({"index", "type", "id", "role", "name", "finish_reason"})


def accumulate_delta(acc: Dict[Any, Any], delta: Dict[Any, Any]) -> Dict[Any, Any]:
    """Fold `delta` into `acc` (in place; values of `delta` may be taken over) and return `acc`."""
    for key, value in delta.items():
        if key not in acc:
            acc[key] = value
            continue
        current = acc[key]
        if value is None:
            continue
        if current is None:
            acc[key] = value
        elif key in _IDENTITY_KEYS:
            if value != "":
                acc[key] = value
        elif isinstance(current, str) and isinstance(value, str):
            acc[key] = current + value
        elif isinstance(current, dict) and isinstance(value, dict):
            accumulate_delta(current, value)
        elif isinstance(current, list) and isinstance(value, list):
            _accumulate_list(current, value)
        else:
            acc[key] = value
    return acc


def _accumulate_list(acc: List[Any], delta: List[Any]) -> None:
    if not all(isinstance(item, dict) and "index" in item for item in delta):
        acc.extend(delta)
        return
    for item in delta:
        target = next((a for a in acc if isinstance(a, dict) and a.get("index") == item["index"]), None)
        if target is None:
            acc.append(item)
        else:
            accumulate_delta(target, item)
