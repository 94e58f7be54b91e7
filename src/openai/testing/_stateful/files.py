"""/files (with their bytes) and /uploads (a file sent in parts, then assembled).

Other modules create files through `create_file` (batch output, fine-tuning results) and read
them through `file_content`.
"""

from __future__ import annotations

from typing import Any, Dict, List

from .._core import ROUTES, APIErrorReply, FakeCore, FakeRequest, FakeUpload, Reply, Store
from ._common import body_of, check_enum, deleted, require

PURPOSES = ("assistants", "batch", "fine-tune", "vision", "user_data", "evals")
UPLOAD_TTL = 3600


def files(fake: FakeCore) -> Store:
    return fake.store("files", "file")


def _contents(fake: FakeCore) -> Store:
    # Kept apart from the file objects so that the bytes never reach a JSON reply.
    return fake.store("_file_contents", "file")


def create_file(fake: FakeCore, filename: str, content: bytes, purpose: str) -> Dict[str, Any]:
    """Store a new file object with its bytes."""
    file = {
        "id": fake.new_id("file-"),
        "object": "file",
        "bytes": len(content),
        "created_at": fake.now(),
        "filename": filename,
        "purpose": purpose,
        "status": "processed",
        "status_details": None,
        "expires_at": None,
    }
    _contents(fake).add({"id": file["id"], "content": content})
    return files(fake).add(file)


def file_content(fake: FakeCore, file_id: str) -> bytes:
    """The bytes of a stored file (404 for an unknown id)."""
    files(fake).get(file_id)
    return bytes(_contents(fake).get(file_id)["content"])


def _upload_field(body: Dict[str, Any], name: str) -> FakeUpload:
    value = body.get(name)
    if not isinstance(value, FakeUpload):
        raise APIErrorReply(
            400, f"Missing required parameter: '{name}'.", param=name, code="missing_required_parameter"
        )
    return value


@ROUTES.route("POST", "/files")
def create(fake: FakeCore, request: FakeRequest) -> Dict[str, Any]:
    body = body_of(request)
    upload = _upload_field(body, "file")
    require(body, "purpose")
    check_enum(body, "purpose", PURPOSES)
    return create_file(fake, upload.filename or "upload", upload.content, body["purpose"])


@ROUTES.route("GET", "/files")
def list_files(fake: FakeCore, request: FakeRequest) -> Dict[str, Any]:
    purpose = request.query.get("purpose")
    rows = [file for file in files(fake) if purpose is None or file["purpose"] == purpose]
    return files(fake).page(request, items=rows, default_limit=10000)


@ROUTES.route("GET", "/files/{file_id}")
def retrieve(fake: FakeCore, request: FakeRequest, file_id: str) -> Dict[str, Any]:
    return files(fake).get(file_id)


@ROUTES.route("DELETE", "/files/{file_id}")
def delete(fake: FakeCore, request: FakeRequest, file_id: str) -> Dict[str, Any]:
    files(fake).delete(file_id)
    _contents(fake).items.pop(file_id, None)
    return deleted(file_id, "file")


@ROUTES.route("GET", "/files/{file_id}/content")
def content(fake: FakeCore, request: FakeRequest, file_id: str) -> Reply:
    return Reply(content=file_content(fake, file_id), content_type="application/octet-stream")


# -- uploads -------------------------------------------------------------------------------


def uploads(fake: FakeCore) -> Store:
    return fake.store("uploads", "upload")


def _pending_upload(fake: FakeCore, upload_id: str) -> Dict[str, Any]:
    upload = uploads(fake).get(upload_id)
    if upload["status"] != "pending":
        raise APIErrorReply(400, f"Upload {upload_id} is already {upload['status']}.", param="upload_id")
    return upload


@ROUTES.route("POST", "/uploads")
def create_upload(fake: FakeCore, request: FakeRequest) -> Dict[str, Any]:
    body = body_of(request)
    for name in ("bytes", "filename", "mime_type", "purpose"):
        require(body, name)
    check_enum(body, "purpose", PURPOSES)
    created = fake.now()
    upload = {
        "id": fake.new_id("upload_"),
        "object": "upload",
        "bytes": body["bytes"],
        "created_at": created,
        "expires_at": created + UPLOAD_TTL,
        "filename": body["filename"],
        "purpose": body["purpose"],
        "status": "pending",
        "file": None,
    }
    return uploads(fake).add(upload)


@ROUTES.route("POST", "/uploads/{upload_id}/parts")
def add_part(fake: FakeCore, request: FakeRequest, upload_id: str) -> Dict[str, Any]:
    _pending_upload(fake, upload_id)
    data = _upload_field(body_of(request), "data")
    part = {"id": fake.new_id("part_"), "object": "upload.part", "created_at": fake.now(), "upload_id": upload_id}
    fake.store("_upload_parts", "upload part").add({**part, "content": data.content})
    return part


@ROUTES.route("POST", "/uploads/{upload_id}/complete")
def complete_upload(fake: FakeCore, request: FakeRequest, upload_id: str) -> Dict[str, Any]:
    upload = _pending_upload(fake, upload_id)
    part_ids: List[str] = require(body_of(request), "part_ids")
    parts = fake.store("_upload_parts", "upload part")
    chunks: List[bytes] = []
    for part_id in part_ids:
        part = parts.items.get(part_id)
        if part is None or part["upload_id"] != upload_id:
            raise APIErrorReply(400, f"Part {part_id} does not belong to upload {upload_id}.", param="part_ids")
        chunks.append(part["content"])
    content = b"".join(chunks)
    if len(content) != upload["bytes"]:
        raise APIErrorReply(
            400,
            f"The parts add up to {len(content)} bytes, but the upload was created with {upload['bytes']} bytes.",
            param="part_ids",
        )
    upload["file"] = create_file(fake, upload["filename"], content, upload["purpose"])
    upload["status"] = "completed"
    return upload


@ROUTES.route("POST", "/uploads/{upload_id}/cancel")
def cancel_upload(fake: FakeCore, request: FakeRequest, upload_id: str) -> Dict[str, Any]:
    upload = _pending_upload(fake, upload_id)
    upload["status"] = "cancelled"
    return upload
