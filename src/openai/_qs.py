"""Query-string encoding with a choice of array and nested-object styles (`openai._qs`).

The client encodes its own queries with `_request.stringify_query` (arrays as `key[]`, objects as
`key[sub]`). This module keeps the official package's configurable encoder for code that imports
it: provider SDKs built on the official internals give their client a `Querystring`.

    Querystring().stringify({"a": [1, 2], "b": {"c": True}})   # 'a=1&a=2&b%5Bc%5D=true'
"""

from __future__ import annotations

from typing import Any, List, Mapping, Tuple, Union
from urllib.parse import parse_qs, urlencode

from typing_extensions import Literal

from ._types import NOT_GIVEN, NotGiven, NotGivenOr

__all__ = ["ArrayFormat", "NestedFormat", "Querystring", "parse", "stringify", "stringify_items"]

ArrayFormat = Literal["comma", "repeat", "indices", "brackets"]
NestedFormat = Literal["dots", "brackets"]

PrimitiveData = Union[str, int, float, bool, None]
Data = Union[PrimitiveData, List[Any], Tuple[Any], "Mapping[str, Any]"]
Params = Mapping[str, Data]


class Querystring:
    """An encoder: arrays as `a=1&a=2` ("repeat", the default), `a[]=1&a[]=2` ("brackets") or
    `a=1,2` ("comma"); nested objects as `o[k]=v` ("brackets", the default) or `o.k=v` ("dots").
    Booleans are sent as `true`/`false`; `None` values are left out."""

    def __init__(self, *, array_format: ArrayFormat = "repeat", nested_format: NestedFormat = "brackets") -> None:
        self.array_format: ArrayFormat = array_format
        self.nested_format: NestedFormat = nested_format

    def parse(self, query: str) -> Mapping[str, object]:
        return parse_qs(query)

    def stringify(
        self,
        params: Params,
        *,
        array_format: NotGivenOr[ArrayFormat] = NOT_GIVEN,
        nested_format: NotGivenOr[NestedFormat] = NOT_GIVEN,
    ) -> str:
        return urlencode(self.stringify_items(params, array_format=array_format, nested_format=nested_format))

    def stringify_items(
        self,
        params: Params,
        *,
        array_format: NotGivenOr[ArrayFormat] = NOT_GIVEN,
        nested_format: NotGivenOr[NestedFormat] = NOT_GIVEN,
    ) -> List[Tuple[str, str]]:
        arrays = self.array_format if isinstance(array_format, NotGiven) else array_format
        nested = self.nested_format if isinstance(nested_format, NotGiven) else nested_format
        pairs: List[Tuple[str, str]] = []
        for key, value in params.items():
            _add(pairs, key, value, arrays, nested)
        return pairs


def _add(pairs: List[Tuple[str, str]], key: str, value: Any, arrays: str, nested: str) -> None:
    if isinstance(value, Mapping):
        for sub, item in value.items():  # pyright: ignore[reportUnknownVariableType]
            _add(pairs, f"{key}.{sub}" if nested == "dots" else f"{key}[{sub}]", item, arrays, nested)
    elif isinstance(value, (list, tuple)):
        items: List[Any] = list(value)  # pyright: ignore[reportUnknownArgumentType]
        if arrays == "comma":
            pairs.append((key, ",".join(_primitive(item) for item in items if item is not None)))
        elif arrays == "repeat":
            for item in items:
                _add(pairs, key, item, arrays, nested)
        elif arrays == "brackets":
            for item in items:
                _add(pairs, key + "[]", item, arrays, nested)
        elif arrays == "indices":
            raise NotImplementedError("The array indices format is not supported yet")
        else:
            raise NotImplementedError(
                f"Unknown array_format value: {arrays}, choose from comma, repeat, indices, brackets"
            )
    else:
        text = _primitive(value)
        if text:  # None (and the empty string) add nothing
            pairs.append((key, text))


def _primitive(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    return str(value)


_default = Querystring()
parse = _default.parse
stringify = _default.stringify
stringify_items = _default.stringify_items
