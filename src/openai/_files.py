"""File arguments: checking what the caller passed and turning it into what httpx sends."""

from __future__ import annotations

import io
import os
import pathlib
from typing import Any, List, Mapping, Tuple, Union

from ._types import FileContent, FileTypes, HttpxFileContent, HttpxFileTypes, RequestFiles

__all__ = ["file_from_path", "is_file_content", "to_httpx_files", "async_to_httpx_files", "extract_files"]


def file_from_path(path: str) -> FileTypes:
    """Read a file into the `(filename, bytes)` form every upload method accepts."""
    contents = pathlib.Path(path).read_bytes()
    return (os.path.basename(path), contents)


def is_file_content(obj: object) -> bool:
    return isinstance(obj, (bytes, tuple, io.IOBase, os.PathLike)) or callable(getattr(obj, "read", None))


def _check(obj: object, key: str) -> None:
    if isinstance(obj, tuple):
        if not 2 <= len(obj) <= 4:
            raise TypeError(
                f"Expected file input `{key}` to be a tuple of (filename, content[, content_type[, headers]]); "
                f"got a tuple of length {len(obj)}"
            )
        content = obj[1]
    else:
        content = obj
    if not (isinstance(content, (bytes, bytearray, io.IOBase, os.PathLike)) or hasattr(content, "read")):
        prefix = f"Expected file input `{key}`" if key else "Expected file input"
        raise TypeError(
            f"{prefix} to be bytes, an io.IOBase instance, PathLike or a tuple but received "
            f"{type(content).__name__} instead. See https://github.com/openai/openai-python/tree/main#file-uploads"
        )


def _read_sync(content: FileContent) -> Tuple[str | None, HttpxFileContent]:
    if isinstance(content, os.PathLike):
        path = pathlib.Path(content)
        return path.name, path.read_bytes()
    if isinstance(content, bytearray):
        return None, bytes(content)
    return None, content  # type: ignore[return-value]


async def _read_async(content: FileContent) -> Tuple[str | None, HttpxFileContent]:
    if isinstance(content, os.PathLike):
        import anyio

        path = anyio.Path(content)
        return path.name, await path.read_bytes()
    if isinstance(content, bytearray):
        return None, bytes(content)
    return None, content  # type: ignore[return-value]


def _assemble(file: FileTypes, name: str | None, data: HttpxFileContent) -> HttpxFileTypes:
    if isinstance(file, tuple):
        return (file[0], data, *file[2:])  # type: ignore[return-value]
    if name is not None:
        return (name, data)
    return data


def _pairs(files: RequestFiles) -> List[Tuple[str, FileTypes]]:
    return list(files.items()) if isinstance(files, Mapping) else list(files)


def to_httpx_files(files: RequestFiles | None) -> List[Tuple[str, HttpxFileTypes]] | None:
    if files is None:
        return None
    out = []
    for key, file in _pairs(files):
        _check(file, key)
        name, data = _read_sync(file[1] if isinstance(file, tuple) else file)
        out.append((key, _assemble(file, name, data)))
    return out


async def async_to_httpx_files(files: RequestFiles | None) -> List[Tuple[str, HttpxFileTypes]] | None:
    if files is None:
        return None
    out = []
    for key, file in _pairs(files):
        _check(file, key)
        name, data = await _read_async(file[1] if isinstance(file, tuple) else file)
        out.append((key, _assemble(file, name, data)))
    return out


def extract_files(body: dict[str, Any], paths: "tuple[tuple[str, ...], ...]") -> List[Tuple[str, FileTypes]]:
    """Pop the file values at `paths` out of `body` (in place) as multipart `(field, file)` pairs.

    A path is a tuple of keys; `"<array>"` steps into every element of a list, producing the
    `field[]` names the API expects for several files.
    """
    found: List[Tuple[str, FileTypes]] = []
    for path in paths:
        _extract(body, path, "", found)
    return found


def _extract(obj: Any, path: "tuple[str, ...]", name: str, found: List[Tuple[str, FileTypes]]) -> None:
    if not path:
        return
    key, rest = path[0], path[1:]
    if key == "<array>":
        if isinstance(obj, list):
            for item in obj if rest else list(obj):
                if rest:
                    _extract(item, rest, name + "[]", found)
                else:
                    _check(item, name)
                    found.append((name + "[]", item))
            if not rest:
                obj.clear()
        return
    if not isinstance(obj, dict) or key not in obj:
        return
    field = f"{name}[{key}]" if name else key
    if rest:
        _extract(obj[key], rest, field, found)
        return
    value = obj.pop(key)
    if isinstance(value, list):
        for item in value:
            _check(item, field)
            found.append((field + "[]", item))
    else:
        _check(value, field)
        found.append((field, value))


FileInput = Union[FileTypes, List[FileTypes]]
