"""Area B (`plat:`): vector stores, their files and file batches, and the polling/upload helpers."""

from __future__ import annotations

import io
from typing import Any, Dict, List

import dsl
from dsl import Reply, scenario
from fixtures import spec_reply
from helpers import rid, tmp_file

from scenarios.plat_files import JSONL, ep, file_json, list_reply

VS = "vs_abc123"


def vs_json(**overrides: Any) -> Dict[str, Any]:
    body: Dict[str, Any] = {
        "id": VS,
        "object": "vector_store",
        "created_at": 1699061776,
        "name": "Support FAQ",
        "usage_bytes": 139920,
        "file_counts": {"in_progress": 0, "completed": 3, "failed": 0, "cancelled": 0, "total": 3},
        "status": "completed",
        "expires_after": None,
        "expires_at": None,
        "last_active_at": 1699061776,
        "metadata": {},
    }
    body.update(overrides)
    return body


def vs_reply(**overrides: Any) -> Reply:
    return Reply(json_body=vs_json(**overrides), headers=rid("req_vs"))


STATIC = {"type": "static", "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400}}

# ----------------------------------------------------------------------------- vector_stores

ep("vector_stores.create", reply=vs_reply(), name="Support FAQ")
ep(
    "vector_stores.create",
    reply=vs_reply(expires_after={"anchor": "last_active_at", "days": 7}),
    variant="all params",
    views=("plain", "raw"),
    chunking_strategy=STATIC,
    expires_after={"anchor": "last_active_at", "days": 7},
    file_ids=["file-abc123", "file-def456"],
    metadata={"team": "support"},
    name="Support FAQ",
)
ep("vector_stores.create", reply=vs_reply(), variant="no params", views=("plain",))
ep(
    "vector_stores.create",
    reply=vs_reply(),
    variant="auto chunking",
    views=("plain",),
    chunking_strategy={"type": "auto"},
    file_ids=[],
)
ep("vector_stores.retrieve", VS, reply=vs_reply())
ep(
    "vector_stores.retrieve",
    VS,
    reply=spec_reply("get", "/vector_stores/{vector_store_id}"),
    variant="spec example",
    views=("plain",),
)
ep(
    "vector_stores.update",
    VS,
    reply=vs_reply(name="Support FAQ v2"),
    name="Support FAQ v2",
    expires_after={"anchor": "last_active_at", "days": 30},
    metadata={"version": "2"},
)
ep(
    "vector_stores.update",
    VS,
    reply=vs_reply(),
    variant="None values",
    views=("plain",),
    expires_after=None,
    metadata=None,
    name=None,
)
ep("vector_stores.list", reply=list_reply([vs_json(), vs_json(id="vs_def456", name=None)]))
ep(
    "vector_stores.list",
    reply=list_reply([vs_json()]),
    variant="all params",
    views=("plain",),
    after="vs_000",
    before="vs_999",
    limit=20,
    order="asc",
)
ep("vector_stores.delete", VS, reply=Reply(json_body={"id": VS, "object": "vector_store.deleted", "deleted": True}))
ep("vector_stores.retrieve", "", reply=vs_reply(), variant="empty id", views=("plain",))

SEARCH = {
    "object": "vector_store.search_results.page",
    "search_query": "What is the return policy?",
    "data": [
        {
            "file_id": "file-123",
            "filename": "policy.pdf",
            "score": 0.85,
            "attributes": {"author": "John Doe", "date": "2023-01-01", "year": 2023, "public": True},
            "content": [{"type": "text", "text": "Returns are accepted within 30 days."}],
        }
    ],
    "has_more": False,
    "next_page": None,
}

ep(
    "vector_stores.search",
    VS,
    reply=Reply(json_body=SEARCH, headers=rid("req_search")),
    query="What is the return policy?",
)
ep(
    "vector_stores.search",
    VS,
    reply=Reply(json_body=dict(SEARCH, search_query=["return policy", "refunds"])),
    variant="query list filters ranking",
    views=("plain", "raw"),
    query=["return policy", "refunds"],
    filters={
        "type": "and",
        "filters": [
            {"type": "eq", "key": "author", "value": "John Doe"},
            {"type": "gte", "key": "year", "value": 2023},
            {"type": "eq", "key": "public", "value": True},
        ],
    },
    max_num_results=5,
    ranking_options={"ranker": "auto", "score_threshold": 0.5},
    rewrite_query=False,
)
ep(
    "vector_stores.search",
    VS,
    reply=Reply(json_body=SEARCH),
    variant="comparison filter",
    views=("plain",),
    query="refunds",
    filters={"type": "ne", "key": "region", "value": "eu"},
    rewrite_query=True,
)
ep(
    "vector_stores.search",
    VS,
    reply=spec_reply("post", "/vector_stores/{vector_store_id}/search"),
    variant="spec example",
    views=("plain",),
    query="refunds",
)


@scenario("plat:vector_stores.search iterate")
def _(ctx: dsl.Ctx) -> None:
    ctx.reply(Reply(json_body=dict(SEARCH, has_more=True, next_page="page_2")))
    page = ctx.client().vector_stores.search(VS, query="refunds")
    ctx.note("has_next_page", page.has_next_page())
    ctx.note("items", [(r.file_id, r.score) for r in page])
    ctx.note("requests after iterating", len(ctx.server.requests))


@scenario("plat:vector_stores.list pagination async")
async def _(ctx: dsl.Ctx) -> None:
    ctx.reply(list_reply([vs_json(id="vs_1")], has_more=True), list_reply([vs_json(id="vs_2")], has_more=False))
    ctx.note("ids", [v.id async for v in ctx.async_client().vector_stores.list(limit=1, order="desc")])


# ----------------------------------------------------------------------------- vector_stores.files


def vsf_json(status: str = "completed", **overrides: Any) -> Dict[str, Any]:
    body: Dict[str, Any] = {
        "id": "file-abc123",
        "object": "vector_store.file",
        "usage_bytes": 1234,
        "created_at": 1699061776,
        "vector_store_id": VS,
        "status": status,
        "last_error": None,
        "chunking_strategy": STATIC,
        "attributes": {"category": "faq"},
    }
    body.update(overrides)
    return body


def vsf_reply(status: str = "completed", **headers: str) -> Reply:
    return Reply(json_body=vsf_json(status), headers={**rid(f"req_vsf_{status}"), **headers})


ep("vector_stores.files.create", VS, reply=vsf_reply("in_progress"), file_id="file-abc123")
ep(
    "vector_stores.files.create",
    VS,
    reply=vsf_reply("in_progress"),
    variant="attributes chunking",
    views=("plain",),
    file_id="file-abc123",
    attributes={"category": "faq", "version": 2, "draft": False, "score": 0.5},
    chunking_strategy=STATIC,
)
ep("vector_stores.files.retrieve", "file-abc123", reply=vsf_reply(), vector_store_id=VS)
ep(
    "vector_stores.files.update",
    "file-abc123",
    reply=vsf_reply(),
    vector_store_id=VS,
    attributes={"category": "billing", "reviewed": True},
)
ep(
    "vector_stores.files.update",
    "file-abc123",
    reply=vsf_reply(),
    variant="attributes None",
    views=("plain",),
    vector_store_id=VS,
    attributes=None,
)
ep("vector_stores.files.list", VS, reply=list_reply([vsf_json(), vsf_json(id="file-def456", status="failed")]))
ep(
    "vector_stores.files.list",
    VS,
    reply=list_reply([vsf_json()]),
    variant="all params",
    views=("plain",),
    after="file-000",
    before="file-999",
    filter="completed",
    limit=10,
    order="desc",
)
ep(
    "vector_stores.files.delete",
    "file-abc123",
    reply=Reply(json_body={"id": "file-abc123", "object": "vector_store.file.deleted", "deleted": True}),
    vector_store_id=VS,
)
ep(
    "vector_stores.files.content",
    "file-abc123",
    reply=Reply(
        json_body={
            "object": "vector_store.file_content.page",
            "data": [
                {"type": "text", "text": "Returns are accepted within 30 days."},
                {"type": "text", "text": "Refunds take 5 days."},
            ],
            "has_more": False,
            "next_page": None,
        }
    ),
    vector_store_id=VS,
)
ep(
    "vector_stores.files.retrieve",
    "file-abc123",
    reply=vsf_reply(),
    variant="empty store id",
    views=("plain",),
    vector_store_id="",
)


@scenario("plat:vector_stores.files.poll")
def _(ctx: dsl.Ctx) -> None:
    files = ctx.client().vector_stores.files
    ctx.reply(vsf_reply("in_progress"), vsf_reply("in_progress"), vsf_reply("completed"))
    ctx.call("default interval", lambda: files.poll("file-abc123", vector_store_id=VS))
    ctx.reply(
        vsf_reply("in_progress", **{"openai-poll-after-ms": "250"}),
        vsf_reply("in_progress", **{"openai-poll-after-ms": "5000"}),
        vsf_reply("failed"),
    )
    ctx.call("server interval, failed", lambda: files.poll("file-abc123", vector_store_id=VS))
    ctx.reply(vsf_reply("in_progress", **{"openai-poll-after-ms": "250"}), vsf_reply("cancelled"))
    ctx.call("custom interval", lambda: files.poll("file-abc123", vector_store_id=VS, poll_interval_ms=500))
    ctx.reply(vsf_reply("queued"))
    ctx.call("unknown status", lambda: files.poll("file-abc123", vector_store_id=VS))


@scenario("plat:vector_stores.files.poll async")
async def _(ctx: dsl.Ctx) -> None:
    files = ctx.async_client().vector_stores.files
    ctx.reply(
        vsf_reply("in_progress", **{"openai-poll-after-ms": "300"}), vsf_reply("in_progress"), vsf_reply("completed")
    )
    await ctx.acall("server interval", lambda: files.poll("file-abc123", vector_store_id=VS))
    ctx.reply(vsf_reply("in_progress"), vsf_reply("completed"))
    await ctx.acall("custom interval", lambda: files.poll("file-abc123", vector_store_id=VS, poll_interval_ms=1500))


@scenario("plat:vector_stores.files.create_and_poll")
def _(ctx: dsl.Ctx) -> None:
    ctx.reply(vsf_reply("in_progress"), vsf_reply("in_progress"), vsf_reply("completed"))
    ctx.call(
        "create_and_poll",
        lambda: ctx.client().vector_stores.files.create_and_poll(
            "file-abc123", vector_store_id=VS, attributes={"category": "faq"}, chunking_strategy=STATIC
        ),
    )
    ctx.reply(vsf_reply("in_progress"), vsf_reply("completed"))
    ctx.call(
        "create_and_poll interval",
        lambda: ctx.client().vector_stores.files.create_and_poll(
            "file-abc123", vector_store_id=VS, poll_interval_ms=100
        ),
    )


@scenario("plat:vector_stores.files.create_and_poll async")
async def _(ctx: dsl.Ctx) -> None:
    ctx.reply(vsf_reply("in_progress"), vsf_reply("in_progress"), vsf_reply("completed"))
    await ctx.acall(
        "create_and_poll",
        lambda: ctx.async_client().vector_stores.files.create_and_poll(
            "file-abc123", vector_store_id=VS, attributes={"category": "faq"}, chunking_strategy={"type": "auto"}
        ),
    )


def uploaded(**overrides: Any) -> Reply:
    return Reply(
        json_body=file_json(id="file-up1", purpose="assistants", filename="faq.md", **overrides),
        headers=rid("req_upload"),
    )


@scenario("plat:vector_stores.files.upload")
def _(ctx: dsl.Ctx) -> None:
    files = ctx.client().vector_stores.files
    ctx.reply(uploaded(), vsf_reply("in_progress"))
    ctx.call("upload tuple", lambda: files.upload(vector_store_id=VS, file=("faq.md", b"# FAQ\n", "text/markdown")))
    ctx.reply(uploaded(), vsf_reply("in_progress"))
    ctx.call(
        "upload path chunking",
        lambda: files.upload(vector_store_id=VS, file=tmp_file("faq.md", b"# FAQ\n"), chunking_strategy=STATIC),
    )
    ctx.reply(uploaded(), vsf_reply("in_progress"))
    ctx.call("upload bytes", lambda: files.upload(vector_store_id=VS, file=b"# FAQ\n"))


@scenario("plat:vector_stores.files.upload async")
async def _(ctx: dsl.Ctx) -> None:
    files = ctx.async_client().vector_stores.files
    ctx.reply(uploaded(), vsf_reply("in_progress"))
    await ctx.acall("upload BytesIO", lambda: files.upload(vector_store_id=VS, file=io.BytesIO(b"# FAQ\n")))


@scenario("plat:vector_stores.files.upload_and_poll")
def _(ctx: dsl.Ctx) -> None:
    files = ctx.client().vector_stores.files
    ctx.reply(
        uploaded(),
        vsf_reply("in_progress"),
        vsf_reply("in_progress", **{"openai-poll-after-ms": "200"}),
        vsf_reply("completed"),
    )
    ctx.call(
        "upload_and_poll",
        lambda: files.upload_and_poll(
            vector_store_id=VS, file=("faq.md", b"# FAQ\n"), attributes={"lang": "en"}, chunking_strategy=STATIC
        ),
    )
    ctx.reply(uploaded(), vsf_reply("in_progress"), vsf_reply("completed"))
    with open(tmp_file("guide.txt", b"guide\n"), "rb") as f:
        ctx.call(
            "upload_and_poll open file interval",
            lambda: files.upload_and_poll(vector_store_id=VS, file=f, poll_interval_ms=750),
        )


@scenario("plat:vector_stores.files.upload_and_poll async")
async def _(ctx: dsl.Ctx) -> None:
    files = ctx.async_client().vector_stores.files
    ctx.reply(uploaded(), vsf_reply("in_progress"), vsf_reply("completed"))
    await ctx.acall(
        "upload_and_poll",
        lambda: files.upload_and_poll(vector_store_id=VS, file=tmp_file("faq.md", b"# FAQ\n"), poll_interval_ms=400),
    )


@scenario("plat:vector_stores.files.list pagination")
def _(ctx: dsl.Ctx) -> None:
    ctx.reply(list_reply([vsf_json(id="file-1")], has_more=True), list_reply([vsf_json(id="file-2")], has_more=False))
    ctx.note("ids", [f.id for f in ctx.client().vector_stores.files.list(VS, filter="completed", limit=1)])
    ctx.reply(
        Reply(
            json_body={
                "object": "vector_store.file_content.page",
                "data": [{"type": "text", "text": "a"}],
                "has_more": True,
                "next_page": "abc",
            }
        )
    )
    ctx.note("content items", [c.text for c in ctx.client().vector_stores.files.content("file-1", vector_store_id=VS)])
    ctx.note("requests", len(ctx.server.requests))


# ----------------------------------------------------------------------------- file_batches


def batch_json(in_progress: int, status: str = "in_progress", **overrides: Any) -> Dict[str, Any]:
    body: Dict[str, Any] = {
        "id": "vsfb_abc123",
        "object": "vector_store.files_batch",
        "created_at": 1699061776,
        "vector_store_id": VS,
        "status": status,
        "file_counts": {
            "in_progress": in_progress,
            "completed": 3 - in_progress,
            "failed": 0,
            "cancelled": 0,
            "total": 3,
        },
    }
    body.update(overrides)
    return body


def fb_reply(in_progress: int, status: str = "in_progress", **headers: str) -> Reply:
    return Reply(json_body=batch_json(in_progress, status), headers={**rid(f"req_fb_{in_progress}"), **headers})


ep("vector_stores.file_batches.create", VS, reply=fb_reply(3), file_ids=["file-1", "file-2", "file-3"])
ep(
    "vector_stores.file_batches.create",
    VS,
    reply=fb_reply(3),
    variant="attributes chunking",
    views=("plain",),
    file_ids=["file-1", "file-2", "file-3"],
    attributes={"source": "import", "batch": 7},
    chunking_strategy=STATIC,
)
ep("vector_stores.file_batches.retrieve", "vsfb_abc123", reply=fb_reply(0, "completed"), vector_store_id=VS)
ep("vector_stores.file_batches.cancel", "vsfb_abc123", reply=fb_reply(1, "cancelled"), vector_store_id=VS)
ep("vector_stores.file_batches.list_files", "vsfb_abc123", reply=list_reply([vsf_json()]), vector_store_id=VS)
ep(
    "vector_stores.file_batches.list_files",
    "vsfb_abc123",
    reply=list_reply([vsf_json()]),
    variant="all params",
    views=("plain",),
    vector_store_id=VS,
    after="file-0",
    before="file-9",
    filter="failed",
    limit=3,
    order="asc",
)
ep(
    "vector_stores.file_batches.cancel",
    "",
    reply=fb_reply(0),
    variant="empty batch id",
    views=("plain",),
    vector_store_id=VS,
)


@scenario("plat:vector_stores.file_batches.poll")
def _(ctx: dsl.Ctx) -> None:
    batches = ctx.client().vector_stores.file_batches
    ctx.reply(fb_reply(3), fb_reply(1), fb_reply(0, "completed"))
    ctx.call("default interval", lambda: batches.poll("vsfb_abc123", vector_store_id=VS))
    ctx.reply(fb_reply(2, **{"openai-poll-after-ms": "1200"}), fb_reply(1), fb_reply(0, "completed"))
    ctx.call("server interval", lambda: batches.poll("vsfb_abc123", vector_store_id=VS))
    ctx.reply(fb_reply(2), fb_reply(0, "failed"))
    ctx.call("custom interval", lambda: batches.poll("vsfb_abc123", vector_store_id=VS, poll_interval_ms=50))


@scenario("plat:vector_stores.file_batches.poll async")
async def _(ctx: dsl.Ctx) -> None:
    batches = ctx.async_client().vector_stores.file_batches
    ctx.reply(fb_reply(3, **{"openai-poll-after-ms": "600"}), fb_reply(1), fb_reply(0, "completed"))
    await ctx.acall("server interval", lambda: batches.poll("vsfb_abc123", vector_store_id=VS))


@scenario("plat:vector_stores.file_batches.create_and_poll")
def _(ctx: dsl.Ctx) -> None:
    ctx.reply(fb_reply(3), fb_reply(2), fb_reply(0, "completed"))
    ctx.call(
        "create_and_poll",
        lambda: ctx.client().vector_stores.file_batches.create_and_poll(
            VS, file_ids=["file-1", "file-2", "file-3"], chunking_strategy=STATIC
        ),
    )
    ctx.reply(fb_reply(3), fb_reply(0, "completed"))
    ctx.call(
        "create_and_poll interval",
        lambda: ctx.client().vector_stores.file_batches.create_and_poll(VS, file_ids=["file-1"], poll_interval_ms=250),
    )


@scenario("plat:vector_stores.file_batches.create_and_poll async")
async def _(ctx: dsl.Ctx) -> None:
    ctx.reply(fb_reply(3), fb_reply(2), fb_reply(0, "completed"))
    await ctx.acall(
        "create_and_poll",
        lambda: ctx.async_client().vector_stores.file_batches.create_and_poll(
            VS, file_ids=["file-1", "file-2", "file-3"]
        ),
    )


def _same_upload(request: Any) -> Reply:
    # Uploads run concurrently and finish in any order, so every upload gets the same id: the
    # file_ids of the batch then do not depend on the order.
    return Reply(json_body=file_json(id="file-up", purpose="assistants", filename="upload"), headers=rid("req_up"))


def _batch_after_uploads(count: int) -> List[Any]:
    return [_same_upload] * count + [fb_reply(3), fb_reply(1), fb_reply(0, "completed")]


@scenario("plat:vector_stores.file_batches.upload_and_poll")
def _(ctx: dsl.Ctx) -> None:
    batches = ctx.client().vector_stores.file_batches
    ctx.reply(*_batch_after_uploads(3))
    ctx.call(
        "several files, one at a time",
        lambda: batches.upload_and_poll(
            VS,
            files=[("a.md", b"# A\n"), tmp_file("b.txt", b"B\n"), b"C bytes"],
            max_concurrency=1,
            file_ids=["file-existing"],
            chunking_strategy=STATIC,
        ),
    )
    ctx.reply(*_batch_after_uploads(3))
    ctx.call(
        "identical files, concurrently",
        lambda: batches.upload_and_poll(
            VS, files=[("same.md", b"# same\n")] * 3, max_concurrency=3, poll_interval_ms=300
        ),
    )
    ctx.reply(
        Reply(
            400,
            json_body={"error": {"message": "Invalid file format", "type": "invalid_request_error", "param": "file"}},
        )
    )
    ctx.call(
        "an upload fails",
        lambda: ctx.client(max_retries=0).vector_stores.file_batches.upload_and_poll(VS, files=[("bad.exe", b"MZ")]),
    )


@scenario("plat:vector_stores.file_batches.upload_and_poll no files")
def _(ctx: dsl.Ctx) -> None:
    ctx.reply(fb_reply(3), fb_reply(0, "completed"))
    ctx.call(
        "no files",
        lambda: ctx.client().vector_stores.file_batches.upload_and_poll(VS, files=[], file_ids=["file-1", "file-2"]),
    )


@scenario("plat:vector_stores.file_batches.upload_and_poll async")
async def _(ctx: dsl.Ctx) -> None:
    batches = ctx.async_client().vector_stores.file_batches
    ctx.reply(*_batch_after_uploads(3))
    await ctx.acall(
        "several files, one at a time",
        lambda: batches.upload_and_poll(
            VS,
            files=[("a.md", b"# A\n"), tmp_file("b.txt", b"B\n"), io.BytesIO(JSONL)],
            max_concurrency=1,
            file_ids=["file-existing"],
        ),
    )
    ctx.reply(*_batch_after_uploads(3))
    await ctx.acall(
        "identical files, concurrently",
        lambda: batches.upload_and_poll(
            VS, files=[("same.md", b"# same\n")] * 3, max_concurrency=2, chunking_strategy={"type": "auto"}
        ),
    )
