"""`to_strict_json_schema` and `pydantic_function_tool`: pydantic models to the schemas strict
Structured Outputs accept, and clear errors for what strict mode cannot express."""

from __future__ import annotations

import dataclasses
import enum
from typing import Any, Dict, List, Optional, Union

import pytest
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter
from typing_extensions import Annotated, Literal

import openai
from openai.lib._pydantic import to_strict_json_schema
from openai.lib._tools import PydanticFunctionTool, pydantic_function_tool


def object_nodes(node: Any) -> List[Dict[str, Any]]:
    """Every object schema in `node`, however deeply nested."""
    found: List[Dict[str, Any]] = []
    if isinstance(node, dict):
        if node.get("type") == "object":
            found.append(node)
        for value in node.values():
            found.extend(object_nodes(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(object_nodes(value))
    return found


def assert_strict(schema: Dict[str, Any]) -> None:
    """What strict mode requires of every object: closed, and every property required."""
    objects = object_nodes(schema)
    assert objects, "no object in the schema"
    for node in objects:
        assert node["additionalProperties"] is False, node
        assert node["required"] == list(node["properties"]), node


def refs_with_siblings(node: Any) -> List[Dict[str, Any]]:
    if isinstance(node, dict):
        own = [node] if "$ref" in node and len(node) > 1 and "$defs" not in node else []
        return own + [n for v in node.values() for n in refs_with_siblings(v)]
    if isinstance(node, list):
        return [n for v in node for n in refs_with_siblings(v)]
    return []


# ----------------------------------------------------------------------------- shapes


class Address(BaseModel):
    street: str
    city: str


class Person(BaseModel):
    name: str
    home: Address
    offices: List[Address]


def test_nested_models_become_closed_definitions_referenced_by_ref() -> None:
    schema = to_strict_json_schema(Person)
    assert_strict(schema)
    assert schema["properties"]["home"] == {"$ref": "#/$defs/Address"}
    assert schema["properties"]["offices"]["items"] == {"$ref": "#/$defs/Address"}
    assert schema["$defs"]["Address"]["required"] == ["street", "city"]


class TreeNode(BaseModel):
    label: str
    children: List["TreeNode"]


class Forest(BaseModel):
    trees: List[TreeNode]


def test_a_recursive_root_model_is_inlined_and_keeps_its_self_reference() -> None:
    schema = to_strict_json_schema(TreeNode)
    assert_strict(schema)
    assert "$ref" not in schema  # strict mode wants the root to be the object itself
    assert schema["properties"]["children"]["items"] == {"$ref": "#/$defs/TreeNode"}
    assert schema["$defs"]["TreeNode"]["properties"]["children"]["items"] == {"$ref": "#/$defs/TreeNode"}


def test_a_recursive_nested_model_refers_to_its_own_definition() -> None:
    schema = to_strict_json_schema(Forest)
    assert_strict(schema)
    assert schema["properties"]["trees"]["items"] == {"$ref": "#/$defs/TreeNode"}
    assert schema["$defs"]["TreeNode"]["properties"]["children"]["items"] == {"$ref": "#/$defs/TreeNode"}


class Profile(BaseModel):
    nickname: Optional[str] = None
    age: Optional[int]
    address: Optional[Address] = None


def test_optional_fields_are_required_and_nullable_and_a_none_default_is_dropped() -> None:
    schema = to_strict_json_schema(Profile)
    assert_strict(schema)
    assert schema["required"] == ["nickname", "age", "address"]
    assert schema["properties"]["nickname"] == {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Nickname"}
    assert schema["properties"]["address"]["anyOf"] == [{"$ref": "#/$defs/Address"}, {"type": "null"}]
    assert "default" not in schema["properties"]["address"]


class Cat(BaseModel):
    kind: Literal["cat"]
    indoor: bool


class Dog(BaseModel):
    kind: Literal["dog"]
    breed: str


class Pets(BaseModel):
    either: Union[int, str]
    pet: Annotated[Union[Cat, Dog], Field(discriminator="kind")]


def test_unions_become_any_of_including_discriminated_ones() -> None:
    schema = to_strict_json_schema(Pets)
    assert_strict(schema)
    assert schema["properties"]["either"]["anyOf"] == [{"type": "integer"}, {"type": "string"}]
    pet = schema["properties"]["pet"]
    assert pet["anyOf"] == [{"$ref": "#/$defs/Cat"}, {"$ref": "#/$defs/Dog"}]
    assert "oneOf" not in pet and "discriminator" not in pet


class Color(enum.Enum):
    RED = "red"
    BLUE = "blue"


class Paint(BaseModel):
    """A tin of paint."""

    color: Color
    finish: Literal["matte", "gloss"] = "matte"
    shade: Color = Field(Color.BLUE, description="Shade for the second coat")
    coats: int = Field(2, description="How many coats")


def test_enums_descriptions_and_defaults_are_kept() -> None:
    schema = to_strict_json_schema(Paint)
    assert_strict(schema)
    assert schema["description"] == "A tin of paint."
    assert schema["$defs"]["Color"]["enum"] == ["red", "blue"]
    assert schema["properties"]["color"] == {"$ref": "#/$defs/Color"}
    assert schema["properties"]["finish"]["enum"] == ["matte", "gloss"]
    assert schema["properties"]["finish"]["default"] == "matte"
    assert schema["properties"]["coats"] == {
        "default": 2,
        "description": "How many coats",
        "title": "Coats",
        "type": "integer",
    }
    # A `$ref` may not carry siblings in strict mode: the definition is inlined under them.
    assert schema["properties"]["shade"] == {
        "default": "blue",
        "description": "Shade for the second coat",
        "enum": ["red", "blue"],
        "title": "Color",
        "type": "string",
    }
    assert refs_with_siblings(schema) == []


class Delivery(BaseModel):
    to: Address = Field(description="Where it goes")


def test_a_described_nested_model_is_inlined_as_a_closed_object() -> None:
    schema = to_strict_json_schema(Delivery)
    assert_strict(schema)
    to = schema["properties"]["to"]
    assert to["description"] == "Where it goes"
    assert to["properties"] == {
        "street": {"title": "Street", "type": "string"},
        "city": {"title": "City", "type": "string"},
    }
    assert refs_with_siblings(schema) == []


@dataclasses.dataclass
class Point:
    x: float
    y: float


def test_type_adapters_and_dataclasses_are_accepted() -> None:
    by_adapter = to_strict_json_schema(TypeAdapter(Point))
    assert by_adapter == to_strict_json_schema(Point)
    assert_strict(by_adapter)
    assert by_adapter["required"] == ["x", "y"]


def test_the_model_schema_is_not_changed_for_other_callers() -> None:
    to_strict_json_schema(Profile)
    assert "additionalProperties" not in Profile.model_json_schema()


# ----------------------------------------------------------------------------- what strict mode cannot express


class Tag(BaseModel):
    model_config = ConfigDict(extra="allow")
    name: str


class WithMapping(BaseModel):
    name: str
    scores: Dict[str, int]


class WithAny(BaseModel):
    payload: Any


class WithPlainDict(BaseModel):
    extra: dict  # type: ignore[type-arg]


class Line(BaseModel):
    sku: str
    attributes: Dict[str, str]


class Order(BaseModel):
    lines: Optional[List[Line]]


class Tagged(BaseModel):
    tags: List[Tag]


@pytest.mark.parametrize(
    "model, field, why",
    [
        (WithMapping, "WithMapping.scores", "free-form object"),
        (WithPlainDict, "WithPlainDict.extra", "free-form object"),
        (WithAny, "WithAny.payload", "has no type"),
        (Order, "Order.lines[].attributes", "free-form object"),
        (Tagged, "Tagged.tags[]", "model allowing extra fields"),
    ],
)
def test_constructs_strict_mode_cannot_express_raise_naming_the_field(model: Any, field: str, why: str) -> None:
    with pytest.raises(TypeError) as info:
        to_strict_json_schema(model)
    assert f"field `{field}`" in str(info.value)
    assert why in str(info.value)


def test_a_root_that_is_not_an_object_is_refused() -> None:
    with pytest.raises(TypeError, match="must describe an object"):
        to_strict_json_schema(TypeAdapter(List[int]))


@pytest.mark.parametrize(
    "value", [int, "Person", {"type": "object"}, Person(name="a", home=Address(street="s", city="c"), offices=[])]
)
def test_what_is_not_a_model_type_is_refused(value: Any) -> None:
    with pytest.raises(TypeError, match="pydantic model class"):
        to_strict_json_schema(value)


# ----------------------------------------------------------------------------- pydantic_function_tool


class GetWeather(BaseModel):
    """Current weather in a city."""

    city: str
    unit: Literal["c", "f"] = "c"


class Undocumented(BaseModel):
    query: str


def test_function_tool_is_strict_and_named_and_described_after_the_model() -> None:
    tool = pydantic_function_tool(GetWeather)
    assert tool == {
        "type": "function",
        "function": {
            "name": "GetWeather",
            "strict": True,
            "parameters": to_strict_json_schema(GetWeather),
            "description": "Current weather in a city.",
        },
    }
    function = tool["function"]
    assert isinstance(function, PydanticFunctionTool) and function.model is GetWeather


def test_function_tool_name_and_description_can_be_given() -> None:
    tool = pydantic_function_tool(GetWeather, name="weather", description="Look it up")
    assert (tool["function"]["name"], tool["function"].get("description")) == ("weather", "Look it up")


def test_function_tool_without_docstring_has_no_description() -> None:
    assert "description" not in pydantic_function_tool(Undocumented)["function"]


def test_function_tool_is_exported_from_openai_lib() -> None:
    assert openai.lib.pydantic_function_tool is pydantic_function_tool
