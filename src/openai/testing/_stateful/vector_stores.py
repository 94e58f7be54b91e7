"""/vector_stores, their files and file batches, and `search`.

A file added to a vector store starts `in_progress` and is `completed` after
`vector_store_steps` reads (see `_common`). Reading a vector store or a file batch also reads its
files, so polling any of them makes progress; `file_counts` and the store's `status` are
computed from the files on every reply, so they are always right.

`search` is deterministic: each completed file's text is cut into paragraphs, a paragraph scores
the share of the query's words it contains, and each file is represented by its best paragraph.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Tuple

from .._core import ROUTES, APIErrorReply, FakeCore, FakeRequest, Store, not_found
from ._common import advance, body_of, child, deleted, polled, read_page, require, start_progress, stop_progress, update
from .files import file_content, files

DEFAULT_CHUNKING = {"type": "static", "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400}}
_STATUSES = ("in_progress", "completed", "cancelled", "failed")


def stores(fake: FakeCore) -> Store:
    return fake.store("vector_stores", "vector store")


def _files_of(fake: FakeCore, vector_store_id: str) -> Store:
    # One collection per vector store: the same file may be in several stores under its own id.
    return fake.store(f"vector_store_files:{vector_store_id}", "vector store file")


def _batches(fake: FakeCore) -> Store:
    return fake.store("vector_store_file_batches", "vector store file batch")


def _batch_file_ids(fake: FakeCore, batch_id: str) -> List[str]:
    return list(fake.store("_vector_store_batch_files").get(batch_id)["file_ids"])


# -- progress ------------------------------------------------------------------------------


def _read_file(fake: FakeCore, vs_file: Dict[str, Any]) -> Dict[str, Any]:
    """One read of a vector store file: it may finish indexing."""
    if advance(fake, f"{vs_file['vector_store_id']}/{vs_file['id']}") == 0:
        _finish_file(fake, vs_file)
    return vs_file


def _finish_file(fake: FakeCore, vs_file: Dict[str, Any]) -> None:
    vs_file["status"] = "completed"
    vs_file["usage_bytes"] = files(fake).get(vs_file["id"])["bytes"] if vs_file["id"] in files(fake) else 0


def _counts(rows: List[Dict[str, Any]]) -> Dict[str, int]:
    counts = {status: sum(1 for row in rows if row["status"] == status) for status in _STATUSES}
    counts["total"] = len(rows)
    return counts


def _add_file(fake: FakeCore, vector_store_id: str, file_id: str, attributes: Any, chunking: Any) -> Dict[str, Any]:
    files(fake).get(file_id)  # 404 for an unknown file, as the API answers
    vs_file = {
        "id": file_id,
        "object": "vector_store.file",
        "created_at": fake.now(),
        "vector_store_id": vector_store_id,
        "status": "in_progress",
        "usage_bytes": 0,
        "last_error": None,
        "chunking_strategy": chunking if chunking and chunking.get("type") == "static" else DEFAULT_CHUNKING,
        "attributes": attributes,
    }
    stop_progress(fake, f"{vector_store_id}/{file_id}")
    _files_of(fake, vector_store_id).add(vs_file)
    if start_progress(fake, f"{vector_store_id}/{file_id}", "vector_store_steps") == 0:
        _finish_file(fake, vs_file)
    return vs_file


def _store_view(fake: FakeCore, store: Dict[str, Any]) -> Dict[str, Any]:
    """The vector store with its status, usage and file counts as they are now."""
    rows = list(_files_of(fake, store["id"]))
    counts = _counts(rows)
    store["file_counts"] = counts
    store["usage_bytes"] = sum(row["usage_bytes"] for row in rows)
    if store["status"] != "expired":
        store["status"] = "in_progress" if counts["in_progress"] else "completed"
    return store


def _batch_view(fake: FakeCore, batch: Dict[str, Any]) -> Dict[str, Any]:
    """The batch with its file counts; done (unless cancelled) once no file is in progress."""
    ids = set(_batch_file_ids(fake, batch["id"]))
    rows = [row for row in _files_of(fake, batch["vector_store_id"]) if row["id"] in ids]
    batch["file_counts"] = _counts(rows)
    if batch["status"] == "in_progress" and not batch["file_counts"]["in_progress"]:
        batch["status"] = "completed"
    return batch


# -- vector stores -------------------------------------------------------------------------


def _expiry(store: Dict[str, Any]) -> None:
    after = store.get("expires_after")
    store["expires_at"] = store["last_active_at"] + int(after["days"]) * 86400 if after else None


@ROUTES.route("POST", "/vector_stores")
def create(fake: FakeCore, request: FakeRequest) -> Dict[str, Any]:
    body = body_of(request)
    created = fake.now()
    store: Dict[str, Any] = {
        "id": fake.new_id("vs_"),
        "object": "vector_store",
        "created_at": created,
        "name": body.get("name") or "",
        "usage_bytes": 0,
        "file_counts": _counts([]),
        "status": "completed",
        "expires_after": body.get("expires_after"),
        "expires_at": None,
        "last_active_at": created,
        "metadata": body.get("metadata") or {},
    }
    for file_id in body.get("file_ids") or []:
        files(fake).get(file_id)
    _expiry(store)
    stores(fake).add(store)
    for file_id in body.get("file_ids") or []:
        _add_file(fake, store["id"], file_id, None, body.get("chunking_strategy"))
    return _store_view(fake, store)


@ROUTES.route("GET", "/vector_stores")
def list_stores(fake: FakeCore, request: FakeRequest) -> Dict[str, Any]:
    return read_page(stores(fake), request, lambda store: _read_store(fake, store["id"]))


def _read_store(fake: FakeCore, vector_store_id: str) -> Tuple[Dict[str, Any], bool]:
    store = stores(fake).get(vector_store_id)
    for vs_file in _files_of(fake, vector_store_id):
        _read_file(fake, vs_file)
    _store_view(fake, store)
    return store, store["status"] == "in_progress"


@ROUTES.route("GET", "/vector_stores/{vector_store_id}")
def retrieve(fake: FakeCore, request: FakeRequest, vector_store_id: str) -> Any:
    return polled(*_read_store(fake, vector_store_id))


@ROUTES.route("POST", "/vector_stores/{vector_store_id}")
def modify(fake: FakeCore, request: FakeRequest, vector_store_id: str) -> Dict[str, Any]:
    store = update(stores(fake).get(vector_store_id), body_of(request), ("name", "metadata", "expires_after"))
    _expiry(store)
    return _store_view(fake, store)


@ROUTES.route("DELETE", "/vector_stores/{vector_store_id}")
def delete(fake: FakeCore, request: FakeRequest, vector_store_id: str) -> Dict[str, Any]:
    stores(fake).delete(vector_store_id)
    return deleted(vector_store_id, "vector_store.deleted")


# -- files ---------------------------------------------------------------------------------


def _file(fake: FakeCore, vector_store_id: str, file_id: str) -> Dict[str, Any]:
    stores(fake).get(vector_store_id)
    return _files_of(fake, vector_store_id).get(file_id)


def _listed(fake: FakeCore, request: FakeRequest, rows: List[Dict[str, Any]], store: Store) -> Dict[str, Any]:
    """A page of vector store files (filtered by `filter`), each read once."""
    status = request.query.get("filter")
    return read_page(
        store,
        request,
        lambda row: _read_file(fake, row),
        [row for row in rows if status is None or row["status"] == status],
    )


@ROUTES.route("POST", "/vector_stores/{vector_store_id}/files")
def create_file(fake: FakeCore, request: FakeRequest, vector_store_id: str) -> Dict[str, Any]:
    stores(fake).get(vector_store_id)
    body = body_of(request)
    file_id = require(body, "file_id")
    return _add_file(fake, vector_store_id, file_id, body.get("attributes"), body.get("chunking_strategy"))


@ROUTES.route("GET", "/vector_stores/{vector_store_id}/files")
def list_files(fake: FakeCore, request: FakeRequest, vector_store_id: str) -> Dict[str, Any]:
    stores(fake).get(vector_store_id)
    store = _files_of(fake, vector_store_id)
    return _listed(fake, request, list(store), store)


@ROUTES.route("GET", "/vector_stores/{vector_store_id}/files/{file_id}")
def retrieve_file(fake: FakeCore, request: FakeRequest, vector_store_id: str, file_id: str) -> Any:
    vs_file = _read_file(fake, _file(fake, vector_store_id, file_id))
    return polled(vs_file, vs_file["status"] == "in_progress")


@ROUTES.route("POST", "/vector_stores/{vector_store_id}/files/{file_id}")
def update_file(fake: FakeCore, request: FakeRequest, vector_store_id: str, file_id: str) -> Dict[str, Any]:
    vs_file = _file(fake, vector_store_id, file_id)
    vs_file["attributes"] = require(body_of(request), "attributes")
    return vs_file


@ROUTES.route("DELETE", "/vector_stores/{vector_store_id}/files/{file_id}")
def delete_file(fake: FakeCore, request: FakeRequest, vector_store_id: str, file_id: str) -> Dict[str, Any]:
    _file(fake, vector_store_id, file_id)
    _files_of(fake, vector_store_id).delete(file_id)
    stop_progress(fake, f"{vector_store_id}/{file_id}")
    return deleted(file_id, "vector_store.file.deleted")


@ROUTES.route("GET", "/vector_stores/{vector_store_id}/files/{file_id}/content")
def file_text(fake: FakeCore, request: FakeRequest, vector_store_id: str, file_id: str) -> Dict[str, Any]:
    _file(fake, vector_store_id, file_id)
    data = [{"type": "text", "text": chunk} for chunk in _chunks(_text(fake, file_id))]
    return {"object": "vector_store.file_content.page", "data": data, "has_more": False, "next_page": None}


# -- file batches --------------------------------------------------------------------------


@ROUTES.route("POST", "/vector_stores/{vector_store_id}/file_batches")
def create_batch(fake: FakeCore, request: FakeRequest, vector_store_id: str) -> Dict[str, Any]:
    stores(fake).get(vector_store_id)
    body = body_of(request)
    entries: List[Dict[str, Any]] = list(body.get("files") or [])
    entries += [{"file_id": id, "attributes": body.get("attributes")} for id in body.get("file_ids") or []]
    if not entries:
        raise APIErrorReply(400, "Missing required parameter: 'file_ids'.", param="file_ids")
    for entry in entries:
        files(fake).get(entry["file_id"])
    batch = {
        "id": fake.new_id("vsfb_"),
        "object": "vector_store.files_batch",
        "created_at": fake.now(),
        "vector_store_id": vector_store_id,
        "status": "in_progress",
        "file_counts": _counts([]),
    }
    fake.store("_vector_store_batch_files").add({"id": batch["id"], "file_ids": [e["file_id"] for e in entries]})
    chunking = body.get("chunking_strategy")
    for entry in entries:
        _add_file(
            fake, vector_store_id, entry["file_id"], entry.get("attributes"), entry.get("chunking_strategy") or chunking
        )
    return _batch_view(fake, _batches(fake).add(batch))


def _batch(fake: FakeCore, vector_store_id: str, batch_id: str) -> Dict[str, Any]:
    stores(fake).get(vector_store_id)
    return child(_batches(fake), batch_id, "vector_store_id", vector_store_id)


def _batch_rows(fake: FakeCore, batch: Dict[str, Any]) -> List[Dict[str, Any]]:
    ids = set(_batch_file_ids(fake, batch["id"]))
    return [row for row in _files_of(fake, batch["vector_store_id"]) if row["id"] in ids]


@ROUTES.route("GET", "/vector_stores/{vector_store_id}/file_batches/{batch_id}")
def retrieve_batch(fake: FakeCore, request: FakeRequest, vector_store_id: str, batch_id: str) -> Any:
    batch = _batch(fake, vector_store_id, batch_id)
    for row in _batch_rows(fake, batch):
        _read_file(fake, row)
    _batch_view(fake, batch)
    return polled(batch, batch["file_counts"]["in_progress"] > 0)


@ROUTES.route("POST", "/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel")
def cancel_batch(fake: FakeCore, request: FakeRequest, vector_store_id: str, batch_id: str) -> Dict[str, Any]:
    batch = _batch(fake, vector_store_id, batch_id)
    for row in _batch_rows(fake, batch):
        if row["status"] == "in_progress":
            row["status"] = "cancelled"
            stop_progress(fake, f"{vector_store_id}/{row['id']}")
    if batch["status"] == "in_progress":
        batch["status"] = "cancelled"
    return _batch_view(fake, batch)


@ROUTES.route("GET", "/vector_stores/{vector_store_id}/file_batches/{batch_id}/files")
def list_batch_files(fake: FakeCore, request: FakeRequest, vector_store_id: str, batch_id: str) -> Dict[str, Any]:
    batch = _batch(fake, vector_store_id, batch_id)
    return _listed(fake, request, _batch_rows(fake, batch), _files_of(fake, vector_store_id))


# -- search --------------------------------------------------------------------------------


def _text(fake: FakeCore, file_id: str) -> str:
    return file_content(fake, file_id).decode("utf-8", errors="replace") if file_id in files(fake) else ""


def _chunks(text: str) -> List[str]:
    return [part.strip() for part in re.split(r"\n\s*\n", text) if part.strip()]


def _words(text: str) -> List[str]:
    return re.findall(r"\w+", text.lower())


def _matches(attributes: Optional[Dict[str, Any]], filters: Optional[Dict[str, Any]]) -> bool:
    """The API's attribute filters: comparisons (eq, ne, gt, gte, lt, lte, in, nin) and and/or."""
    if not filters:
        return True
    kind = filters.get("type")
    if kind in ("and", "or"):
        results = [_matches(attributes, sub) for sub in filters.get("filters", [])]
        return all(results) if kind == "and" else any(results)
    value = (attributes or {}).get(filters.get("key", ""))
    target = filters.get("value")
    try:
        return {
            "eq": lambda: value == target,
            "ne": lambda: value != target,
            "gt": lambda: value > target,  # type: ignore[operator]
            "gte": lambda: value >= target,  # type: ignore[operator]
            "lt": lambda: value < target,  # type: ignore[operator]
            "lte": lambda: value <= target,  # type: ignore[operator]
            "in": lambda: value in (target or []),
            "nin": lambda: value not in (target or []),
        }[str(kind)]()
    except (KeyError, TypeError):
        raise APIErrorReply(400, f"Invalid filter: {filters!r}.", param="filters") from None


@ROUTES.route("POST", "/vector_stores/{vector_store_id}/search")
def search(fake: FakeCore, request: FakeRequest, vector_store_id: str) -> Dict[str, Any]:
    if vector_store_id not in stores(fake):
        raise not_found("vector store", vector_store_id)
    body = body_of(request)
    query = require(body, "query")
    queries: List[str] = [query] if isinstance(query, str) else list(query)
    wanted = set(_words(" ".join(queries)))
    threshold = float((body.get("ranking_options") or {}).get("score_threshold") or 0.0)
    results: List[Dict[str, Any]] = []
    for vs_file in _files_of(fake, vector_store_id):
        if vs_file["status"] != "completed" or not _matches(vs_file["attributes"], body.get("filters")):
            continue
        scored = [
            (len(wanted & set(_words(chunk))) / max(len(wanted), 1), chunk)
            for chunk in _chunks(_text(fake, vs_file["id"]))
        ]
        if not scored:
            continue
        score, chunk = max(scored, key=lambda pair: pair[0])
        if score > 0 and score >= threshold:
            results.append(
                {
                    "file_id": vs_file["id"],
                    "filename": files(fake).get(vs_file["id"])["filename"],
                    "score": round(score, 4),
                    "attributes": vs_file["attributes"],
                    "content": [{"type": "text", "text": chunk}],
                }
            )
    results.sort(key=lambda row: (-row["score"], row["filename"]))
    limit = int(body.get("max_num_results") or 10)
    return {
        "object": "vector_store.search_results.page",
        "search_query": queries,
        "data": results[:limit],
        "has_more": False,
        "next_page": None,
    }
