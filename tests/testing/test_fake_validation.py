"""Request validation: authentication, missing and unknown body parameters, and the table behind them.

Run as a module (`python -m tests.testing.test_fake_validation`) it rewrites
`src/openai/testing/_param_table.py` from the TypedDicts and `openapi.yaml`.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path
from typing import Any, Dict, Optional, Set, Tuple

import pytest

import openai
from openai.testing import FakeOpenAI
from openai.testing._param_table import BODY_PARAMS
from tests.utils import run

pytestmark = pytest.mark.anyio
SPEC = Path(__file__).resolve().parents[3] / "shared" / "openapi.yaml"
MESSAGES: Any = [{"role": "user", "content": "hi"}]
Table = Dict[Tuple[str, str], Tuple[Tuple[str, ...], Tuple[str, ...]]]


def _schema_keys(spec: Dict[str, Any], schema: Dict[str, Any], seen: Tuple[str, ...] = ()) -> Tuple[Set[str], Set[str]]:
    schemas = spec["components"]["schemas"]
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return (set(), set()) if name in seen else _schema_keys(spec, schemas[name], seen + (name,))
    known, required = set(schema.get("properties", {})), set(schema.get("required", []))
    for sub in schema.get("allOf", []):
        k, r = _schema_keys(spec, sub, seen)
        known |= k
        required |= r
    for key in ("anyOf", "oneOf"):
        if key in schema:
            parts = [_schema_keys(spec, sub, seen) for sub in schema[key]]
            known |= set().union(*(k for k, _ in parts))
            required |= set.intersection(*(r for _, r in parts))
    return known, required


def derive_table(spec_path: str) -> Table:
    import yaml

    import openai.resources as resources
    from openai._resource import Endpoint, _typeddict_keys

    with open(spec_path) as f:
        spec = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    table: Dict[Tuple[str, str], Tuple[Set[str], Set[str]]] = {}
    for info in pkgutil.walk_packages(resources.__path__, resources.__name__ + "."):
        for value in vars(importlib.import_module(info.name)).values():
            if not isinstance(value, Endpoint) or value.params is None or value.query or value.method.lower() != "post":
                continue
            keys = _typeddict_keys(value.params) - set(value.query_keys)
            if value.stream_type is not None:
                keys.add("stream")
            required: Set[str] = set(value._required)
            if ("POST", value.path) in table:  # helper variants (e.g. create_and_poll) share a path
                known0, required0 = table[("POST", value.path)]
                keys, required = keys | known0, required & required0
            table[("POST", value.path)] = (keys, required)
    result = {}
    for (method, path), (known, required) in sorted(table.items()):
        operation = spec["paths"].get(path, {}).get(method.lower(), {})
        body = operation.get("requestBody", {})
        spec_known: Set[str] = set()
        spec_required: Optional[Set[str]] = None
        for media in body.get("content", {}).values():
            k, r = _schema_keys(spec, media.get("schema", {}))
            spec_known |= k
            spec_required = r if spec_required is None else spec_required & r
        # 1.102.0 wins where the spec is newer: a field is required only if both require it.
        if spec_required is not None:
            required = required & spec_required
        result[(method, path)] = (tuple(sorted(required)), tuple(sorted(known | spec_known)))
    return result


def test_the_table_is_derived_from_the_typeddicts_and_the_spec() -> None:
    if not SPEC.exists():
        pytest.skip(f"the OpenAPI spec is not in this checkout ({SPEC})")
    assert BODY_PARAMS == derive_table(str(SPEC))


async def test_unknown_body_parameter_is_a_400_naming_it(oai: Any) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        await run(oai.chat.completions.create(model="gpt-4o", messages=MESSAGES, extra_body={"temprature": 0}))
    assert info.value.param == "temprature" and info.value.code == "unknown_parameter"
    assert "Unknown parameter: 'temprature'." in info.value.message


async def test_missing_required_parameter_is_a_400_naming_it(oai: Any, openai_fake: FakeOpenAI) -> None:
    client = oai.with_options(max_retries=0)
    with pytest.raises(openai.BadRequestError) as info:
        await run(client.post("/embeddings", body={"input": "x"}, cast_to=object))
    assert info.value.param == "model" and info.value.code == "missing_required_parameter"


async def test_stateful_endpoints_are_checked_too(oai: Any) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        await run(
            oai.batches.create(
                input_file_id="file-x",
                endpoint="/v1/chat/completions",
                completion_window="24h",
                extra_body={"priority": 1},
            )
        )
    assert info.value.param == "priority"


async def test_multipart_array_fields_are_known(oai: Any) -> None:
    result = await run(
        oai.audio.transcriptions.create(
            model="whisper-1", file=("a.mp3", b"x"), response_format="verbose_json", timestamp_granularities=["word"]
        )
    )
    assert result.words


async def test_validation_can_be_turned_off(oai: Any, openai_fake: FakeOpenAI) -> None:
    openai_fake.validate = False
    completion = await run(oai.chat.completions.create(model="gpt-4o", messages=MESSAGES, extra_body={"x": 1}))
    assert completion.choices


def test_missing_or_malformed_authorization_is_a_401(openai_fake: FakeOpenAI) -> None:
    with openai_fake.http_client(base_url="http://fake/v1") as http:
        missing = http.get("/models")
        assert missing.status_code == 401 and "didn't provide an API key" in missing.json()["error"]["message"]
        malformed = http.get("/models", headers={"authorization": "Basic abc"})
        assert malformed.status_code == 401 and malformed.json()["error"]["code"] == "invalid_api_key"
        assert http.get("/models", headers={"authorization": "Bearer anything"}).status_code == 200
        assert http.get("/models", headers={"api-key": "azure-key"}).status_code == 200
    relaxed = FakeOpenAI(require_auth=False)
    with relaxed.http_client(base_url="http://fake/v1") as http:
        assert http.get("/models").status_code == 200


def test_an_openai_client_with_a_key_gets_through(openai_fake: FakeOpenAI) -> None:
    with openai_fake.client(api_key="sk-anything") as client:
        assert client.models.list().data


if __name__ == "__main__":  # regenerate the table module
    table = derive_table(str(SPEC))
    lines = [
        '"""The body parameters of every POST endpoint: (required, known), keyed by (method, path).',
        "",
        "Derived from the 1.102.0 params TypedDicts (what our client sends) and `openapi.yaml` (newer,",
        "so a few more known fields): a field is known if either names it, required if both require it.",
        "`tests/testing/test_fake_validation.py` re-derives it and fails when it is stale; run that",
        "module (`python -m tests.testing.test_fake_validation`) to regenerate it.",
        '"""',
        "",
        "from typing import Dict, Tuple",
        "",
        "BODY_PARAMS: Dict[Tuple[str, str], Tuple[Tuple[str, ...], Tuple[str, ...]]] = {",
    ]
    for key, (required, known) in table.items():
        lines.append(f"    {key!r}: (")
        lines.append(f"        {required!r},")
        lines.append(f"        {known!r},")
        lines.append("    ),")
    lines.append("}")
    target = Path(openai.__file__).parent / "testing" / "_param_table.py"
    target.write_text("\n".join(lines) + "\n")
    sys.stdout.write(f"wrote {target}; run `ruff format` on it\n")
