"""/containers and their files (with content).

A container file comes from a multipart upload (`file`) or from a stored file (`file_id`, JSON);
it lives under `/mnt/data/` as in the real sandbox.
"""

from __future__ import annotations

from typing import Any, Dict

from .._core import ROUTES, APIErrorReply, FakeCore, FakeRequest, FakeUpload, Reply, Store
from ._common import body_of, child, deleted, require
from .files import file_content, files

DEFAULT_EXPIRY = {"anchor": "last_active_at", "minutes": 20}


def containers(fake: FakeCore) -> Store:
    return fake.store("containers", "container")


def _files(fake: FakeCore, container_id: str) -> Store:
    containers(fake).get(container_id)
    return fake.store(f"container_files:{container_id}", "container file")


def _contents(fake: FakeCore) -> Store:
    return fake.store("_container_file_contents", "container file")


def _add_file(fake: FakeCore, container_id: str, filename: str, content: bytes, source: str) -> Dict[str, Any]:
    file = {
        "id": fake.new_id("cfile_"),
        "object": "container.file",
        "bytes": len(content),
        "container_id": container_id,
        "created_at": fake.now(),
        "path": f"/mnt/data/{filename}",
        "source": source,
    }
    _contents(fake).add({"id": file["id"], "content": content})
    return _files(fake, container_id).add(file)


def _copy_file(fake: FakeCore, container_id: str, file_id: str) -> Dict[str, Any]:
    return _add_file(fake, container_id, files(fake).get(file_id)["filename"], file_content(fake, file_id), "user")


@ROUTES.route("POST", "/containers")
def create(fake: FakeCore, request: FakeRequest) -> Dict[str, Any]:
    body = body_of(request)
    created = fake.now()
    container = {
        "id": fake.new_id("cntr_"),
        "object": "container",
        "created_at": created,
        "status": "running",
        "expires_after": body.get("expires_after") or DEFAULT_EXPIRY,
        "last_active_at": created,
        "name": require(body, "name"),
    }
    for file_id in body.get("file_ids") or []:
        files(fake).get(file_id)
    containers(fake).add(container)
    for file_id in body.get("file_ids") or []:
        _copy_file(fake, container["id"], file_id)
    return container


@ROUTES.route("GET", "/containers")
def list_containers(fake: FakeCore, request: FakeRequest) -> Dict[str, Any]:
    return containers(fake).page(request)


@ROUTES.route("GET", "/containers/{container_id}")
def retrieve(fake: FakeCore, request: FakeRequest, container_id: str) -> Dict[str, Any]:
    return containers(fake).get(container_id)


@ROUTES.route("DELETE", "/containers/{container_id}")
def delete(fake: FakeCore, request: FakeRequest, container_id: str) -> Dict[str, Any]:
    containers(fake).delete(container_id)
    return deleted(container_id, "container.deleted")


@ROUTES.route("POST", "/containers/{container_id}/files")
def create_file(fake: FakeCore, request: FakeRequest, container_id: str) -> Dict[str, Any]:
    containers(fake).get(container_id)
    body = body_of(request)
    upload = body.get("file")
    if isinstance(upload, FakeUpload):
        return _add_file(fake, container_id, upload.filename or "upload", upload.content, "user")
    if body.get("file_id") is not None:
        return _copy_file(fake, container_id, body["file_id"])
    raise APIErrorReply(400, "Either 'file' or 'file_id' is required.", param="file")


@ROUTES.route("GET", "/containers/{container_id}/files")
def list_files(fake: FakeCore, request: FakeRequest, container_id: str) -> Dict[str, Any]:
    return _files(fake, container_id).page(request)


@ROUTES.route("GET", "/containers/{container_id}/files/{file_id}")
def retrieve_file(fake: FakeCore, request: FakeRequest, container_id: str, file_id: str) -> Dict[str, Any]:
    return child(_files(fake, container_id), file_id, "container_id", container_id)


@ROUTES.route("DELETE", "/containers/{container_id}/files/{file_id}")
def delete_file(fake: FakeCore, request: FakeRequest, container_id: str, file_id: str) -> Dict[str, Any]:
    _files(fake, container_id).delete(file_id)
    _contents(fake).items.pop(file_id, None)
    return deleted(file_id, "container.file.deleted")


@ROUTES.route("GET", "/containers/{container_id}/files/{file_id}/content")
def content(fake: FakeCore, request: FakeRequest, container_id: str, file_id: str) -> Reply:
    _files(fake, container_id).get(file_id)
    return Reply(content=bytes(_contents(fake).get(file_id)["content"]), content_type="application/octet-stream")
