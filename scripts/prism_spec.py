"""Write the copy of the OpenAPI spec that Prism serves in tests.

Prism's validator silently stops validating a request body when a schema has `nullable`
without a `type` (it then accepts anything). The spec uses that form around `oneOf`/`$ref`
schemas, e.g. for `stop` and `prompt`, which would leave `POST /chat/completions` unchecked.
This rewrites each such schema as `anyOf: [<schema>, {enum: [null]}]`, which means the same
and which Prism validates. usage: prism_spec.py SPEC.yaml OUT.json
"""

from __future__ import annotations

import json
import sys
from typing import Any

import yaml


def normalise(node: Any) -> int:
    """Rewrite typeless `nullable` schemas in place; returns how many were rewritten."""
    count = 0
    if isinstance(node, dict):
        for value in node.values():
            count += normalise(value)
        if "nullable" in node and "type" not in node:
            count += 1
            if node.pop("nullable"):
                inner = {k: node.pop(k) for k in ("oneOf", "anyOf", "allOf", "$ref") if k in node}
                node["anyOf"] = [inner, {"enum": [None]}]
    elif isinstance(node, list):
        for value in node:
            count += normalise(value)
    return count


def drop_transfer_encoding(spec: Any) -> None:
    """Remove `Transfer-Encoding` from documented response headers.

    Prism sends every documented header with its example value, and `Transfer-Encoding: string`
    next to a `Content-Length` makes the response unreadable (`POST /audio/speech`).
    """
    for path in spec.get("paths", {}).values():
        for operation in path.values():
            for response in (operation.get("responses") or {}).values() if isinstance(operation, dict) else ():
                if isinstance(response, dict) and isinstance(response.get("headers"), dict):
                    response["headers"].pop("Transfer-Encoding", None)


def main() -> None:
    source, target = sys.argv[1], sys.argv[2]
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(source, encoding="utf-8") as f:
        spec = yaml.load(f, Loader=loader)
    count = normalise(spec)
    drop_transfer_encoding(spec)
    with open(target, "w", encoding="utf-8") as f:
        json.dump(spec, f, default=str)
    print(f"prism_spec: {count} nullable schemas normalised", file=sys.stderr)


if __name__ == "__main__":
    main()
