"""The walk that gives validated responses the look of the official construction is compiled
per model class (`_models._compile_walker`): models of the expected class are written out
inline a few levels deep, anything else goes back through the generic path. Whatever path a
model takes, the result must be what loose construction (the official's way) gives."""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from openai._models import BaseModel, _compile_walker, construct_type, parse_obj


class Leaf(BaseModel):
    name: str


class SpecialLeaf(Leaf):
    special: bool = True


class Level3(BaseModel):
    leaves: List[Leaf]


class Level2(BaseModel):
    inner: Level3


class Level1(BaseModel):
    inner: Level2


class Top(BaseModel):
    inner: Level1
    maybe: Optional[Leaf] = None  # below a union: the official validates, extras count as set
    items: Optional[List[Leaf]] = None
    mapping: Dict[str, Leaf] = {}


def _data() -> Dict[str, Any]:
    leaf = {"name": "a", "unknown": 1}
    return {
        "inner": {"inner": {"inner": {"leaves": [leaf, leaf], "x3": 3}, "x2": 2}, "x1": 1},
        "maybe": {"name": "b", "unknown": 2},
        "items": [{"name": "c", "unknown": 3}],
        "mapping": {"k": {"name": "d", "unknown": 4}},
        "x0": 0,
    }


def _look(model: Any) -> Any:
    """What a caller can see of a model tree: values, extras and fields sets, at every level."""
    if isinstance(model, BaseModel):
        return (
            type(model).__name__,
            sorted(model.model_fields_set),
            dict(model.model_extra or {}),
            {name: _look(getattr(model, name)) for name in type(model).model_fields},
        )
    if isinstance(model, list):
        return [_look(item) for item in model]
    if isinstance(model, dict):
        return {key: _look(value) for key, value in model.items()}
    return model


def test_deeper_than_the_inlined_levels_matches_loose_construction() -> None:
    parsed = parse_obj(Top, _data(), strict=False)
    constructed = construct_type(value=_data(), type_=Top)
    assert _look(parsed) == _look(constructed)
    leaf = parsed.inner.inner.inner.leaves[0]
    assert leaf.model_fields_set == {"name"}  # reached without a union: constructed look
    assert leaf.model_extra == {"unknown": 1}
    assert parsed.maybe is not None and parsed.maybe.model_fields_set == {"name", "unknown"}  # validated look
    assert parsed.model_fields_set == {"inner", "maybe", "items", "mapping"}


def test_a_model_of_another_class_than_declared_takes_the_generic_path() -> None:
    model = Level3.model_validate({"leaves": [{"name": "a"}]})
    special = SpecialLeaf.model_validate({"name": "s", "unknown": 1})
    model.leaves.append(special)
    model.__pydantic_extra__ = {"extra": 1}
    model.__pydantic_fields_set__.add("extra")
    _compile_walker(Level3)(model, False, False)
    assert model.model_fields_set == {"leaves"}
    assert special.model_fields_set == {"name"}  # walked although not the declared class
    assert special.model_extra == {"unknown": 1}
