"""Pydantic models to the strict JSON schemas that Structured Outputs accept.

Strict mode asks more of a schema than pydantic's `model_json_schema()` gives: every object
closed (`additionalProperties: false`) with all its properties listed in `required`, no
`$ref` that carries other keywords, `anyOf` rather than `oneOf`. `to_strict_json_schema`
rewrites pydantic's output in place to that form. Optional fields stay nullable
(`anyOf: [..., {"type": "null"}]`); a `default: None` is dropped (the field is required and
nullable instead); other defaults, titles and descriptions are kept. What strict mode cannot
express at all -- a free-form `dict`, an `Any` -- raises a `TypeError` naming the field, so the
mistake shows up here and not as a 400 from the API.
"""

from __future__ import annotations

import inspect
from typing import Any, Dict, NoReturn, Set

import pydantic
from typing_extensions import TypeGuard

__all__ = ["to_strict_json_schema", "is_basemodel_type", "is_dataclass_like_type", "resolve_ref"]

# Keywords with no strict-mode equivalent: the schema could not be enforced as written.
_UNSUPPORTED = ("not", "if", "then", "else", "patternProperties", "dependentSchemas", "unevaluatedProperties")
# Keywords whose presence gives a node a shape of its own (otherwise it accepts anything).
_TYPED = ("type", "$ref", "anyOf", "oneOf", "allOf", "enum", "const")


def is_basemodel_type(tp: Any) -> TypeGuard[type[pydantic.BaseModel]]:
    return inspect.isclass(tp) and issubclass(tp, pydantic.BaseModel)


def is_dataclass_like_type(tp: Any) -> bool:
    """A class pydantic validates without it being a model: a (pydantic) dataclass or a TypedDict."""
    import dataclasses

    from typing_extensions import is_typeddict

    return inspect.isclass(tp) and (
        dataclasses.is_dataclass(tp) or is_typeddict(tp) or hasattr(tp, "__pydantic_config__")
    )


def to_strict_json_schema(model: Any) -> Dict[str, Any]:
    """The strict JSON schema of a pydantic model class (or `TypeAdapter`, dataclass, TypedDict)."""
    if is_basemodel_type(model):
        schema = model.model_json_schema()
        label = model.__name__
    elif isinstance(model, pydantic.TypeAdapter):
        schema = model.json_schema()
        label = _type_label(getattr(model, "_type", None))
    elif is_dataclass_like_type(model):
        schema = pydantic.TypeAdapter(model).json_schema()
        label = model.__name__
    else:
        raise TypeError(
            f"Expected a pydantic model class, a dataclass, a TypedDict or a pydantic.TypeAdapter, got {model!r}"
        )
    _Strict(schema, label).run()
    if schema.get("type") != "object":
        raise TypeError(f"The JSON schema of `{label}` must describe an object for strict mode; wrap it in a model")
    return schema


def _type_label(tp: Any) -> str:
    return getattr(tp, "__name__", None) or repr(tp)


def resolve_ref(*, root: Dict[str, Any], ref: str) -> Dict[str, Any]:
    """The schema a local `$ref` (`#/$defs/Name`) points to."""
    if not ref.startswith("#/"):
        raise ValueError(f"Only local references (`#/...`) are supported, got {ref!r}")
    node: Any = root
    for part in ref[2:].split("/"):
        if not isinstance(node, dict) or part not in node:
            raise ValueError(f"Reference {ref!r} points to nothing in the schema")
        node = node[part]
    if not isinstance(node, dict):
        raise ValueError(f"Reference {ref!r} does not point to a schema")
    return node


class _Strict:
    """One pass over a schema, rewriting each node in place; `where` names the field for errors."""

    def __init__(self, root: Dict[str, Any], label: str) -> None:
        self.root = root
        self.label = label
        self.seen: Set[str] = set()  # the definitions already rewritten

    def run(self) -> None:
        # Definitions are rewritten when first referenced, so that errors name the field that
        # uses them (`Order.items[].price`); unreferenced ones last, under their own name.
        self.node(self.root, self.label)
        for key in ("$defs", "definitions"):
            defs = self.root.get(key)
            if isinstance(defs, dict):
                for name in defs:
                    self.ref(f"#/{key}/{name}", name)

    def ref(self, ref: str, where: str) -> None:
        if ref not in self.seen:
            self.seen.add(ref)
            self.node(resolve_ref(root=self.root, ref=ref), where)

    def node(self, node: Dict[str, Any], where: str) -> None:
        for key in _UNSUPPORTED:
            if key in node:
                self.fail(where, f"the `{key}` keyword has no strict-mode equivalent")

        if "oneOf" in node:  # pydantic's discriminated unions; strict mode only knows anyOf
            node["anyOf"] = node.pop("oneOf") + node.get("anyOf", [])
            node.pop("discriminator", None)

        all_of = node.get("allOf")
        if isinstance(all_of, list):
            if len(all_of) != 1:
                self.fail(where, "`allOf` (an intersection of schemas) has no strict-mode equivalent")
            node.pop("allOf")
            node.update(all_of[0])

        if "default" in node and node["default"] is None:
            node.pop("default")

        ref = node.get("$ref")
        if isinstance(ref, str) and len(node) > 1:
            # A `$ref` with siblings (a description, a default): inline the target under them.
            target = resolve_ref(root=self.root, ref=ref)
            node.pop("$ref")
            for key, value in target.items():
                node.setdefault(key, value)
            self.node(node, where)
            return
        if isinstance(ref, str):
            self.ref(ref, where)

        if _is_object(node):
            self.object(node, where)
        items = node.get("items")
        if isinstance(items, dict):
            self.node(items, f"{where}[]")
        for key in ("prefixItems", "anyOf"):
            variants = node.get(key)
            if isinstance(variants, list):
                for variant in variants:
                    self.node(variant, where)
        if not any(key in node for key in _TYPED):
            self.fail(where, "it has no type (`Any`?); strict mode needs every value typed")

    def object(self, node: Dict[str, Any], where: str) -> None:
        extra = node.get("additionalProperties", False)
        properties = node.get("properties")
        if extra is not False or not isinstance(properties, dict):
            self.fail(
                where,
                "a free-form object (a `dict` / `Dict[str, ...]` or a model allowing extra fields) has no "
                "strict-mode equivalent; use a model with named fields, or a list of key/value models",
            )
        node["additionalProperties"] = False
        node["required"] = list(properties)
        for name, sub in properties.items():
            self.node(sub, f"{where}.{name}")

    def fail(self, where: str, why: str) -> NoReturn:
        raise TypeError(f"Cannot build a strict JSON schema for `{self.label}`: field `{where}`: {why}")


def _is_object(node: Dict[str, Any]) -> bool:
    kind = node.get("type")
    return kind == "object" or (isinstance(kind, list) and "object" in kind)
