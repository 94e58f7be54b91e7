"""File arguments: checking what the caller passed and turning it into what httpx sends.

Two checks, at two moments:
- `extract_files` (resource methods) accepts the forms the official client accepts - bytes, a
  file object (`io.IOBase`), a path, or a tuple - and raises `FileArgumentError` otherwise:
  a `TypeError`, as a wrong kind of argument is, and the official's `RuntimeError` too.
- `to_httpx_files` (every request with files) reads paths, also the one inside a
  `(filename, content, ...)` tuple, and rejects tuple content httpx could not send. The
  official client passes such tuples to httpx unread, where they fail as a connection error
  after every retry (COMPAT.md, `file-tuple-with-path`).
"""

from __future__ import annotations

import io
import os
import pathlib
from typing import Any, List, Mapping, Tuple, Union

from ._types import FileContent, FileTypes, HttpxFileContent, HttpxFileTypes, RequestFiles

__all__ = ["file_from_path", "is_file_content", "to_httpx_files", "async_to_httpx_files", "extract_files"]

_UPLOADS_DOC = "https://github.com/openai/openai-python/tree/main#file-uploads"


def file_from_path(path: str) -> FileTypes:
    """Read a file into the `(filename, bytes)` form every upload method accepts."""
    contents = pathlib.Path(path).read_bytes()
    return (os.path.basename(path), contents)


def is_file_content(obj: object) -> bool:
    """The top-level forms a file argument may take (the official client's list)."""
    return isinstance(obj, (bytes, tuple, io.IOBase, os.PathLike))


class FileArgumentError(TypeError, RuntimeError):
    """A file argument of a kind no upload accepts (caught by `except TypeError` and, as with
    the official client, by `except RuntimeError`)."""


def _check_entry(obj: object, key: str) -> None:
    if not is_file_content(obj):
        raise FileArgumentError(
            f"Expected entry at `{key}` to be bytes, an io.IOBase instance, PathLike or a tuple "
            f"but received {type(obj)} instead. See {_UPLOADS_DOC}"
        )


def _is_sendable(content: object) -> bool:
    """What httpx can put in a multipart part (after we read paths and copy bytearrays)."""
    return isinstance(content, (bytes, bytearray, str, io.IOBase, os.PathLike)) or callable(
        getattr(content, "read", None)
    )


def _check_for_httpx(key: str, file: object) -> None:
    if isinstance(file, tuple):
        # A tuple of another length goes to httpx unchanged: its unpacking error is the
        # official client's error too.
        if 2 <= len(file) <= 4 and not _is_sendable(file[1]):
            raise TypeError(
                f"Expected the content of the file tuple at `{key}` to be bytes, str, a file object "
                f"or PathLike but received {type(file[1])} instead. See {_UPLOADS_DOC}"
            )
    elif not is_file_content(file):
        raise TypeError("Expected file types input to be a FileContent type or to be a tuple")


def _read_sync(content: FileContent) -> Tuple[str | None, HttpxFileContent]:
    if isinstance(content, os.PathLike):
        path = pathlib.Path(content)
        return path.name, path.read_bytes()
    if isinstance(content, bytearray):
        return None, bytes(content)
    return None, content


async def _read_async(content: FileContent) -> Tuple[str | None, HttpxFileContent]:
    if isinstance(content, os.PathLike):
        import anyio

        path = anyio.Path(content)
        return path.name, await path.read_bytes()
    if isinstance(content, bytearray):
        return None, bytes(content)
    return None, content


def _content_of(file: FileTypes) -> FileContent | None:
    """The part that may need reading; None for a tuple httpx will reject by itself."""
    if isinstance(file, tuple):
        return file[1] if 2 <= len(file) <= 4 else None
    return file


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
    out: List[Tuple[str, HttpxFileTypes]] = []
    for key, file in _pairs(files):
        _check_for_httpx(key, file)
        content = _content_of(file)
        if content is None:
            out.append((key, file))  # type: ignore[arg-type]
            continue
        name, data = _read_sync(content)
        out.append((key, _assemble(file, name, data)))
    return out


async def async_to_httpx_files(files: RequestFiles | None) -> List[Tuple[str, HttpxFileTypes]] | None:
    if files is None:
        return None
    out: List[Tuple[str, HttpxFileTypes]] = []
    for key, file in _pairs(files):
        _check_for_httpx(key, file)
        content = _content_of(file)
        if content is None:
            out.append((key, file))  # type: ignore[arg-type]
            continue
        name, data = await _read_async(content)
        out.append((key, _assemble(file, name, data)))
    return out


def extract_files(body: dict[str, Any], paths: "tuple[tuple[str, ...], ...]") -> List[Tuple[str, FileTypes]]:
    """Pop the file values at `paths` out of `body` (in place) as multipart `(field, file)` pairs.

    A path is a tuple of keys; `"<array>"` steps into every element of a list, producing the
    `field[]` names the API expects for several files. A list found at the end of a path is
    several files under `field[]` too.
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
                    _check_entry(item, name + "[]")
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
            _check_entry(item, field + "[]")
            found.append((field + "[]", item))
    else:
        _check_entry(value, field)
        found.append((field, value))


FileInput = Union[FileTypes, List[FileTypes]]
