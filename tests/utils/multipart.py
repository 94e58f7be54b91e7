"""Reading multipart bodies part by part, and the forms a file argument can take."""

from __future__ import annotations

import email.parser
import email.policy
import mimetypes
import pathlib
from contextlib import ExitStack
from email.message import Message
from typing import Any, Dict, List, Optional, Tuple

import httpx

# ----------------------------------------------------------------------------- multipart bodies


class Part:
    """One part of a multipart body."""

    def __init__(self, message: Message) -> None:
        self.name = message.get_param("name", header="content-disposition")
        self.filename = message.get_filename()
        self.content_type = message.get_content_type() if message.get("content-type") else None
        self.headers = dict(message.items())
        payload = message.get_payload(decode=True)
        self.content: bytes = payload if isinstance(payload, bytes) else b""


def parts_of(request: httpx.Request) -> List[Part]:
    content_type = request.headers["content-type"]
    raw = f"Content-Type: {content_type}\r\n\r\n".encode() + request.read()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
    assert message.is_multipart()
    return [Part(part) for part in message.iter_parts()]  # type: ignore[attr-defined]


def by_name(parts: List[Part]) -> Dict[Optional[str], Part]:
    return {p.name: p for p in parts}


# ----------------------------------------------------------------------------- file arguments and the parts they become


def form_fields(request: httpx.Request) -> Dict[str, List[str]]:
    """The multipart parts that are not files, by name (a list: `include[]` may repeat)."""
    fields: Dict[str, List[str]] = {}
    for part in parts_of(request):
        if part.filename is None:
            fields.setdefault(str(part.name), []).append(part.content.decode())
    return fields


def file_parts(request: httpx.Request) -> List[Part]:
    return [part for part in parts_of(request) if part.filename is not None]


FILE_FORMS = ["bytes", "path", "file object", "name and content", "name, content and type"]


def file_arg(form: str, path: pathlib.Path, stack: ExitStack) -> Tuple[Any, str, str]:
    """`path` passed in the given form, with the filename and content type it must be sent under."""
    data = path.read_bytes()
    guessed = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if form == "bytes":
        return data, "upload", "application/octet-stream"
    if form == "path":
        return path, path.name, guessed
    if form == "file object":
        return stack.enter_context(path.open("rb")), path.name, guessed
    if form == "name and content":
        return ("renamed" + path.suffix, data), "renamed" + path.suffix, guessed
    return ("data.bin", data, "application/x-custom"), "data.bin", "application/x-custom"
