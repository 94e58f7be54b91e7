"""Area B (`plat:`): files, uploads and batches."""

from __future__ import annotations

import functools
import io
from typing import Any, Dict, List

import dsl
from dsl import Reply, endpoint, scenario
from fixtures import spec_reply
from helpers import rid, tmp_dir, tmp_file
from observe import type_name

ep = functools.partial(endpoint, prefix="plat:")

# ----------------------------------------------------------------------------- reply bodies

JSONL = b'{"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello!"}]}\n'


def file_json(**overrides: Any) -> Dict[str, Any]:
    body: Dict[str, Any] = {
        "id": "file-abc123",
        "object": "file",
        "bytes": 120000,
        "created_at": 1677610602,
        "expires_at": None,
        "filename": "mydata.jsonl",
        "purpose": "fine-tune",
        "status": "processed",
        "status_details": None,
    }
    body.update(overrides)
    return body


def file_reply(**overrides: Any) -> Reply:
    return Reply(json_body=file_json(**overrides), headers=rid("req_file"))


def list_reply(items: List[Any], has_more: bool = False, **extra: Any) -> Reply:
    body: Dict[str, Any] = {"object": "list", "data": items}
    if items and isinstance(items[0], dict) and "id" in items[0]:
        body["first_id"] = items[0]["id"]
        body["last_id"] = items[-1]["id"]
    body["has_more"] = has_more
    body.update(extra)
    return Reply(json_body=body, headers=rid("req_list"))


# ----------------------------------------------------------------------------- files.create

ep("files.create", reply=file_reply(), variant="bytes", file=JSONL, purpose="fine-tune")
ep(
    "files.create",
    reply=file_reply(filename="train.jsonl"),
    variant="path",
    views=("plain",),
    make=lambda: ((), {"file": tmp_file("train.jsonl", JSONL), "purpose": "fine-tune"}),
)
ep(
    "files.create",
    reply=file_reply(filename="photo.png", purpose="vision"),
    variant="path png",
    views=("plain",),
    make=lambda: ((), {"file": tmp_file("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00"), "purpose": "vision"}),
)
ep(
    "files.create",
    reply=file_reply(filename="batch.jsonl", purpose="batch"),
    variant="open file",
    views=("plain", "raw"),
    make=lambda: ((), {"file": open(tmp_file("batch.jsonl", JSONL), "rb"), "purpose": "batch"}),
)
ep(
    "files.create",
    reply=file_reply(filename="upload"),
    variant="BytesIO",
    views=("plain",),
    make=lambda: ((), {"file": io.BytesIO(JSONL), "purpose": "assistants"}),
)
ep(
    "files.create",
    reply=file_reply(filename="notes.txt", purpose="user_data"),
    variant="tuple name bytes",
    views=("plain",),
    file=("notes.txt", b"plain text notes\n"),
    purpose="user_data",
)
ep(
    "files.create",
    reply=file_reply(filename="data.jsonl"),
    variant="tuple name fileobj type",
    views=("plain",),
    make=lambda: ((), {"file": ("data.jsonl", io.BytesIO(JSONL), "application/jsonl"), "purpose": "fine-tune"}),
)
ep(
    "files.create",
    reply=file_reply(filename="data.jsonl"),
    variant="tuple with part headers",
    views=("plain",),
    file=("data.jsonl", JSONL, "application/jsonl", {"X-Part-Meta": "v1"}),
    purpose="fine-tune",
)
ep(
    "files.create",
    reply=file_reply(filename="renamed.jsonl"),
    variant="tuple name path",
    views=("plain",),
    # Ours reads the path and uploads it; the official hands the Path to httpx unread and
    # fails with an APIConnectionError after every retry.
    deviation="file-tuple-with-path",
    make=lambda: ((), {"file": ("renamed.jsonl", tmp_file("orig.jsonl", JSONL)), "purpose": "fine-tune"}),
)
ep(
    "files.create",
    reply=file_reply(filename='résumé "final".pdf', purpose="user_data"),
    variant="non-ascii quoted filename",
    views=("plain",),
    file=('résumé "final".pdf', b"%PDF-1.4\n", "application/pdf"),
    purpose="user_data",
)
ep(
    "files.create",
    reply=file_reply(purpose="batch", expires_at=1680202602),
    variant="expires_after",
    file=("requests.jsonl", JSONL),
    purpose="batch",
    expires_after={"anchor": "created_at", "seconds": 2592000},
)
ep(
    "files.create",
    reply=file_reply(purpose="evals"),
    variant="extras",
    views=("plain",),
    file=("evals.jsonl", JSONL),
    purpose="evals",
    extra_body={
        "note": "nightly",
        "flags": ["a", "b"],
        "dry_run": False,
        "retries": 2,
        "ratio": 0.5,
        "skip": None,
        "meta": {"owner": {"team": "ml", "ids": [1, 2]}, "active": True},
    },
    extra_query={"trace": "1"},
    extra_headers={"X-Trace": "abc"},
)
ep(
    "files.create",
    reply=file_reply(),
    variant="explicit boundary",
    views=("plain",),
    file=("b.jsonl", JSONL),
    purpose="fine-tune",
    extra_headers={"Content-Type": "multipart/form-data; boundary=my-fixed-boundary"},
)
ep(
    "files.create",
    reply=file_reply(),
    variant="file str (rejected)",
    views=("plain",),
    deviation="file-argument-type-error",
    file="mydata.jsonl",
    purpose="fine-tune",
)
ep(
    "files.create",
    reply=file_reply(),
    variant="file None (rejected)",
    views=("plain",),
    deviation="file-argument-type-error",
    file=None,
    purpose="fine-tune",
)

# ----------------------------------------------------------------------------- files: the rest

ep("files.retrieve", "file-abc123", reply=file_reply())
ep("files.retrieve", "", reply=file_reply(), variant="empty id", views=("plain",))
ep("files.list", reply=list_reply([file_json(), file_json(id="file-def456", purpose="batch")]))
ep(
    "files.list",
    reply=list_reply([file_json(purpose="assistants")]),
    variant="all params",
    purpose="assistants",
    order="asc",
    after="file-000",
    limit=2,
)
ep(
    "files.list",
    reply=list_reply([]),
    variant="NOT_GIVEN and None",
    views=("plain",),
    make=lambda: ((), {"purpose": None, "order": "desc", "after": _not_given(), "limit": 10000}),
)
ep("files.delete", "file-abc123", reply=Reply(json_body={"id": "file-abc123", "object": "file", "deleted": True}))
BINARY = b"line one\nline two \xe2\x9c\x93\n"
ep(
    "files.content",
    "file-abc123",
    reply=Reply(content=BINARY, content_type="application/octet-stream", headers=rid("req_content")),
)
ep(
    "files.content",
    "file-abc123",
    variant="jsonl text",
    views=("plain",),
    reply=Reply(content=JSONL, content_type="application/jsonl; charset=utf-8"),
)
ep("files.retrieve_content", "file-abc123", reply=Reply(text="hello world", headers=rid("req_rc")))


def _not_given() -> Any:
    import openai

    return openai.NOT_GIVEN


@scenario("plat:files.list pagination")
def _(ctx: dsl.Ctx) -> None:
    ctx.reply(
        list_reply([file_json(id="file-1"), file_json(id="file-2")], has_more=True),
        list_reply([file_json(id="file-3")], has_more=False),
    )
    page = ctx.call("first page", lambda: ctx.client().files.list(limit=2, purpose="fine-tune"))
    ctx.note("has_next_page", page.has_next_page())
    ctx.note("next_page_info", repr(page.next_page_info()))
    ctx.note("ids", [f.id for f in page])
    ctx.reply(
        list_reply([file_json(id="file-3")], has_more=False),
    )
    second = ctx.call("get_next_page", page.get_next_page)
    ctx.note("second has_next_page", second.has_next_page())
    ctx.reply(
        list_reply([file_json(id="file-1"), file_json(id="file-2")], has_more=True),
        list_reply([file_json(id="file-3")], has_more=False),
    )
    ctx.note("auto ids", [f.id for f in ctx.client().files.list(limit=2)])
    ctx.reply(
        list_reply([file_json(id="file-1")], has_more=True),
        list_reply([file_json(id="file-2")], has_more=True),
        list_reply([], has_more=False),
    )
    ctx.note("iter_pages", [[f.id for f in p.data] for p in ctx.client().files.list().iter_pages()])


@scenario("plat:files.list pagination async")
async def _(ctx: dsl.Ctx) -> None:
    client = ctx.async_client()
    ctx.reply(
        list_reply([file_json(id="file-1"), file_json(id="file-2")], has_more=True),
        list_reply([file_json(id="file-3")], has_more=False),
    )
    ids = []
    async for f in client.files.list(limit=2, order="desc"):
        ids.append(f.id)
    ctx.note("auto ids", ids)
    ctx.reply(
        list_reply([file_json(id="file-1")], has_more=True),
        list_reply([file_json(id="file-2")], has_more=False),
    )
    page = await client.files.list()
    ctx.see("first page", page)
    ctx.note("has_next_page", page.has_next_page())
    second = await page.get_next_page()
    ctx.see("second page", second)
    ctx.reply(
        list_reply([file_json(id="file-1")], has_more=True),
        list_reply([file_json(id="file-2")], has_more=False),
    )
    pages = []
    async for p in (await client.files.list()).iter_pages():
        pages.append([f.id for f in p.data])
    ctx.note("iter_pages", pages)


@scenario("plat:files.content binary helpers")
def _(ctx: dsl.Ctx) -> None:
    client = ctx.client()
    ctx.reply(Reply(content=BINARY, content_type="application/octet-stream", headers=rid("req_bin")))
    content = ctx.call("content", lambda: client.files.content("file-abc123"))
    ctx.note("type", type_name(content))
    ctx.note(".content", content.content)
    ctx.note(".text", content.text)
    ctx.note(".encoding", content.encoding)
    ctx.note(".read()", content.read())
    ctx.note("iter_bytes(5)", list(content.iter_bytes(5)))
    ctx.note("iter_lines", list(content.iter_lines()))
    target = tmp_dir() / "written.bin"
    ctx.call("write_to_file", lambda: content.write_to_file(target))
    ctx.note("bytes written", target.read_bytes())
    target2 = tmp_dir() / "streamed.bin"
    ctx.warnings("stream_to_file (deprecated)", lambda: content.stream_to_file(target2, chunk_size=4))
    ctx.note("bytes streamed", target2.read_bytes())
    ctx.call("close", content.close)

    ctx.reply(Reply(content=b'{"a": [1, 2]}', content_type="application/json"))
    ctx.note("json()", client.files.content("file-json").json())

    ctx.reply(Reply(content=BINARY, content_type="application/octet-stream", headers=rid("req_bin2")))
    with client.files.with_streaming_response.content("file-abc123") as response:
        ctx.see("streaming response", response)
        ctx.note("streaming type", type_name(response))
        ctx.note("iter_bytes(4)", list(response.iter_bytes(4)))
    ctx.reply(Reply(content=BINARY, content_type="application/octet-stream"))
    target3 = tmp_dir() / "stream3.bin"
    with client.files.with_streaming_response.content("file-abc123") as response:
        response.stream_to_file(target3, chunk_size=3)
    ctx.note("stream_to_file bytes", target3.read_bytes())
    ctx.reply(Reply(content=BINARY, content_type="application/octet-stream"))
    raw = client.files.with_raw_response.content("file-abc123")
    ctx.note("raw type", type_name(raw))
    ctx.note("raw.content", raw.content)
    ctx.note("raw.text", raw.text)
    parsed = raw.parse()
    ctx.note("raw.parse() type", type_name(parsed))
    ctx.note("raw.parse().content", parsed.content)


@scenario("plat:files.content binary helpers async")
async def _(ctx: dsl.Ctx) -> None:
    client = ctx.async_client()
    ctx.reply(Reply(content=BINARY, content_type="application/octet-stream", headers=rid("req_bin")))
    content = await ctx.acall("content", lambda: client.files.content("file-abc123"))
    ctx.note("type", type_name(content))
    ctx.note(".content", content.content)
    ctx.note(".text", content.text)
    ctx.note("aread()", await content.aread())
    chunks = [c async for c in await content.aiter_bytes(5)]
    ctx.note("aiter_bytes(5)", chunks)
    target = tmp_dir() / "awritten.bin"
    ctx.call("write_to_file", lambda: content.write_to_file(target))
    ctx.note("bytes written", target.read_bytes())
    target2 = tmp_dir() / "astreamed.bin"
    await ctx.awarnings("astream_to_file (deprecated)", lambda: content.astream_to_file(target2, chunk_size=4))
    ctx.note("bytes streamed", target2.read_bytes())
    await content.aclose()

    ctx.reply(Reply(content=BINARY, content_type="application/octet-stream", headers=rid("req_bin2")))
    async with client.files.with_streaming_response.content("file-abc123") as response:
        ctx.see("streaming response", response)
        ctx.note("streaming type", type_name(response))
        ctx.note("iter_bytes(4)", [c async for c in response.iter_bytes(4)])
    ctx.reply(Reply(content=BINARY, content_type="application/octet-stream"))
    target3 = tmp_dir() / "astream3.bin"
    async with client.files.with_streaming_response.content("file-abc123") as response:
        await response.stream_to_file(target3, chunk_size=3)
    ctx.note("stream_to_file bytes", target3.read_bytes())


@scenario("plat:files.retrieve_content deprecation")
def _(ctx: dsl.Ctx) -> None:
    client = ctx.client()
    ctx.reply(Reply(text="hello world", headers=rid("req_rc")))
    ctx.warnings("retrieve_content", lambda: client.files.retrieve_content("file-abc123"))
    ctx.reply(Reply(text="hello raw"))
    raw = ctx.warnings("raw retrieve_content", lambda: client.files.with_raw_response.retrieve_content("file-abc123"))
    ctx.note("raw parse", raw.parse())
    ctx.warnings("empty id", lambda: client.files.retrieve_content(""))


@scenario("plat:files.retrieve_content deprecation async")
async def _(ctx: dsl.Ctx) -> None:
    client = ctx.async_client()
    ctx.reply(Reply(text="hello world", headers=rid("req_rc")))
    await ctx.awarnings("retrieve_content", lambda: client.files.retrieve_content("file-abc123"))


def _statuses(*statuses: str, **headers: str) -> List[Reply]:
    return [
        Reply(json_body=file_json(status=s), headers={**rid(f"req_{i}"), **headers}) for i, s in enumerate(statuses)
    ]


@scenario("plat:files.wait_for_processing")
def _(ctx: dsl.Ctx) -> None:
    client = ctx.client()
    ctx.reply(*_statuses("uploaded", "uploaded", "processed"))
    ctx.call("default interval", lambda: client.files.wait_for_processing("file-abc123"))
    ctx.reply(*_statuses("uploaded", "error"))
    ctx.call("custom interval, error", lambda: client.files.wait_for_processing("file-abc123", poll_interval=0.25))
    ctx.reply(*_statuses("processed"))
    ctx.call("already processed", lambda: client.files.wait_for_processing("file-abc123"))
    ctx.reply(*_statuses("uploaded", "uploaded", "processed"))
    ctx.call("timeout", lambda: client.files.wait_for_processing("file-abc123", poll_interval=1, max_wait_seconds=0))


@scenario("plat:files.wait_for_processing async")
async def _(ctx: dsl.Ctx) -> None:
    client = ctx.async_client()
    ctx.reply(*_statuses("uploaded", "uploaded", "processed"))
    await ctx.acall("default interval", lambda: client.files.wait_for_processing("file-abc123"))
    ctx.reply(*_statuses("uploaded", "deleted"))
    await ctx.acall("custom interval", lambda: client.files.wait_for_processing("file-abc123", poll_interval=0.25))
    ctx.reply(*_statuses("uploaded", "uploaded", "processed"))
    await ctx.acall(
        "timeout", lambda: client.files.wait_for_processing("file-abc123", poll_interval=1, max_wait_seconds=0)
    )


@scenario("plat:files.create missing purpose")
def _(ctx: dsl.Ctx) -> None:
    ctx.call("missing purpose", lambda: ctx.client().files.create(file=JSONL))  # type: ignore[call-arg]


@scenario("plat:files.create retried upload")
def _(ctx: dsl.Ctx) -> None:
    """A 500 then a 200: the multipart body (file object re-read) is sent twice, identical."""
    ctx.reply(
        Reply(500, json_body={"error": {"message": "boom", "type": "server_error"}}),
        file_reply(),
    )
    with open(tmp_file("retry.jsonl", JSONL), "rb") as f:
        ctx.call("create", lambda: ctx.client(max_retries=1).files.create(file=f, purpose="fine-tune"))


@scenario("plat:files.create retried upload async")
async def _(ctx: dsl.Ctx) -> None:
    ctx.reply(
        Reply(500, json_body={"error": {"message": "boom", "type": "server_error"}}),
        file_reply(),
    )
    client = ctx.async_client(max_retries=1)
    await ctx.acall("create", lambda: client.files.create(file=io.BytesIO(JSONL), purpose="fine-tune"))


# ----------------------------------------------------------------------------- uploads


def upload_json(**overrides: Any) -> Dict[str, Any]:
    body: Dict[str, Any] = {
        "id": "upload_abc123",
        "object": "upload",
        "bytes": 2147483648,
        "created_at": 1719184911,
        "filename": "training_examples.jsonl",
        "purpose": "fine-tune",
        "status": "pending",
        "expires_at": 1719127296,
        "file": None,
    }
    body.update(overrides)
    return body


def part_reply(i: int) -> Reply:
    return Reply(
        json_body={"id": f"part_{i}", "object": "upload.part", "created_at": 1719185911, "upload_id": "upload_abc123"},
        headers=rid(f"req_part_{i}"),
    )


def completed_upload() -> Reply:
    return Reply(
        json_body=upload_json(status="completed", file=file_json(id="file-xyz321", filename="training_examples.jsonl")),
        headers=rid("req_complete"),
    )


ep(
    "uploads.create",
    reply=Reply(json_body=upload_json(), headers=rid("req_upload")),
    bytes=2147483648,
    filename="training_examples.jsonl",
    mime_type="text/jsonl",
    purpose="fine-tune",
)
ep(
    "uploads.create",
    reply=Reply(json_body=upload_json(purpose="batch")),
    variant="expires_after",
    views=("plain",),
    bytes=1024,
    filename="requests.jsonl",
    mime_type="application/jsonl",
    purpose="batch",
    expires_after={"anchor": "created_at", "seconds": 3600},
)
ep("uploads.cancel", "upload_abc123", reply=Reply(json_body=upload_json(status="cancelled")))
ep("uploads.complete", "upload_abc123", reply=completed_upload(), part_ids=["part_def456", "part_ghi789"])
ep(
    "uploads.complete",
    "upload_abc123",
    reply=completed_upload(),
    variant="md5",
    views=("plain",),
    part_ids=["part_1"],
    md5="d41d8cd98f00b204e9800998ecf8427e",
)
ep("uploads.parts.create", "upload_abc123", reply=part_reply(1), data=b"chunk of bytes")
ep(
    "uploads.parts.create",
    "upload_abc123",
    reply=part_reply(1),
    variant="BytesIO",
    views=("plain",),
    make=lambda: (("upload_abc123",), {"data": io.BytesIO(b"chunk of bytes")}),
)
ep(
    "uploads.parts.create",
    "upload_abc123",
    reply=part_reply(1),
    variant="path",
    views=("plain",),
    make=lambda: (("upload_abc123",), {"data": tmp_file("part.bin", b"\x00\x01\x02 part")}),
)
ep(
    "uploads.parts.create",
    "upload_abc123",
    reply=part_reply(1),
    variant="tuple",
    views=("plain",),
    data=("chunk-0001", b"chunk of bytes", "application/octet-stream"),
)

CHUNKED = b"0123456789abcdefghij\n"  # 21 bytes: parts of 8, 8 and 5 bytes
CHUNKED_ARGS: Dict[str, Any] = dict(
    file=CHUNKED, filename="data.jsonl", bytes=len(CHUNKED), mime_type="text/jsonl", purpose="fine-tune", part_size=8
)


@scenario("plat:uploads.upload_file_chunked bytes")
def _(ctx: dsl.Ctx) -> None:
    ctx.reply(Reply(json_body=upload_json(bytes=21)), part_reply(1), part_reply(2), part_reply(3), completed_upload())
    ctx.call("upload", lambda: ctx.client().uploads.upload_file_chunked(**CHUNKED_ARGS))


@scenario("plat:uploads.upload_file_chunked bytes async")
async def _(ctx: dsl.Ctx) -> None:
    ctx.reply(Reply(json_body=upload_json(bytes=21)), part_reply(1), part_reply(2), part_reply(3), completed_upload())
    await ctx.acall("upload", lambda: ctx.async_client().uploads.upload_file_chunked(**CHUNKED_ARGS, md5="abc"))


@scenario("plat:uploads.upload_file_chunked path")
def _(ctx: dsl.Ctx) -> None:
    path = tmp_file("chunked.jsonl", CHUNKED)
    ctx.reply(Reply(json_body=upload_json(bytes=21)), part_reply(1), part_reply(2), completed_upload())
    ctx.call(
        "upload",
        lambda: ctx.client().uploads.upload_file_chunked(
            file=path, mime_type="text/jsonl", purpose="fine-tune", part_size=16, md5="0123abcd"
        ),
    )
    ctx.reply(Reply(json_body=upload_json(bytes=21)), part_reply(1), completed_upload())
    ctx.call(
        "upload str path, filename override, default part size",
        lambda: ctx.client().uploads.upload_file_chunked(
            file=str(path),
            filename="other.jsonl",
            mime_type="text/jsonl",
            purpose="batch",  # type: ignore[arg-type]
        ),
    )


@scenario("plat:uploads.upload_file_chunked path async")
async def _(ctx: dsl.Ctx) -> None:
    path = tmp_file("chunked.jsonl", CHUNKED)
    ctx.reply(Reply(json_body=upload_json(bytes=21)), part_reply(1), part_reply(2), completed_upload())
    await ctx.acall(
        "upload",
        lambda: ctx.async_client().uploads.upload_file_chunked(
            file=path, mime_type="text/jsonl", purpose="fine-tune", part_size=16
        ),
    )
    ctx.reply(Reply(json_body=upload_json(bytes=21)), part_reply(1), completed_upload())
    await ctx.acall(
        "upload bytes given",
        lambda: ctx.async_client().uploads.upload_file_chunked(
            file=path, mime_type="text/jsonl", purpose="fine-tune", bytes=999
        ),
    )


@scenario("plat:uploads.upload_file_chunked errors")
def _(ctx: dsl.Ctx) -> None:
    client = ctx.client()
    ctx.call(
        "bytes without filename",
        lambda: client.uploads.upload_file_chunked(file=CHUNKED, bytes=21, mime_type="text/jsonl", purpose="fine-tune"),  # type: ignore[call-overload]
    )
    ctx.reply(
        Reply(json_body=upload_json()),
        Reply(400, json_body={"error": {"message": "bad part", "type": "invalid_request_error"}}),
    )
    ctx.call(
        "part fails",
        lambda: ctx.client(max_retries=0).uploads.upload_file_chunked(
            file=CHUNKED, filename="x.jsonl", bytes=21, mime_type="text/jsonl", purpose="fine-tune"
        ),
    )


@scenario("plat:uploads.upload_file_chunked bytes without size")
def _(ctx: dsl.Ctx) -> None:
    ctx.reply(Reply(json_body=upload_json(bytes=21)), part_reply(1), completed_upload())
    ctx.call(
        "bytes without bytes",
        lambda: ctx.client().uploads.upload_file_chunked(  # type: ignore[call-overload]
            file=CHUNKED, filename="x.jsonl", mime_type="text/jsonl", purpose="fine-tune"
        ),
    )


@scenario("plat:uploads.upload_file_chunked part_size 0", deviation="upload-part-size")
def _(ctx: dsl.Ctx) -> None:
    """Ours refuses a part size that cannot split the file before creating the upload; the
    official creates it, sends no part and completes it with no parts."""
    ctx.reply(Reply(json_body=upload_json(bytes=21)), completed_upload())
    ctx.call(
        "part_size 0",
        lambda: ctx.client().uploads.upload_file_chunked(
            file=CHUNKED, filename="x.jsonl", bytes=21, mime_type="text/jsonl", purpose="fine-tune", part_size=0
        ),
    )


@scenario("plat:uploads.upload_file_chunked errors async")
async def _(ctx: dsl.Ctx) -> None:
    client = ctx.async_client()
    await ctx.acall(
        "bytes without filename",
        lambda: client.uploads.upload_file_chunked(file=CHUNKED, bytes=21, mime_type="text/jsonl", purpose="fine-tune"),  # type: ignore[call-overload]
    )


# ----------------------------------------------------------------------------- batches


def batch_json(**overrides: Any) -> Dict[str, Any]:
    body: Dict[str, Any] = {
        "id": "batch_abc123",
        "object": "batch",
        "endpoint": "/v1/chat/completions",
        "errors": None,
        "input_file_id": "file-abc123",
        "completion_window": "24h",
        "status": "validating",
        "output_file_id": None,
        "error_file_id": None,
        "created_at": 1711471533,
        "in_progress_at": None,
        "expires_at": 1711557933,
        "finalizing_at": None,
        "completed_at": None,
        "failed_at": None,
        "expired_at": None,
        "cancelling_at": None,
        "cancelled_at": None,
        "request_counts": {"total": 0, "completed": 0, "failed": 0},
        "metadata": {"customer_id": "user_123456789", "batch_description": "Nightly eval job"},
    }
    body.update(overrides)
    return body


ep(
    "batches.create",
    reply=Reply(json_body=batch_json(), headers=rid("req_batch")),
    completion_window="24h",
    endpoint="/v1/chat/completions",
    input_file_id="file-abc123",
    metadata={"customer_id": "user_123456789", "batch_description": "Nightly eval job"},
)
ep(
    "batches.create",
    reply=Reply(json_body=batch_json(endpoint="/v1/responses")),
    variant="output_expires_after",
    views=("plain",),
    completion_window="24h",
    endpoint="/v1/responses",
    input_file_id="file-abc123",
    metadata=None,
    output_expires_after={"anchor": "created_at", "seconds": 86400},
)
ep("batches.retrieve", "batch_abc123", reply=Reply(json_body=batch_json(status="completed")))
ep(
    "batches.retrieve",
    "batch_abc123",
    variant="spec example",
    views=("plain",),
    reply=spec_reply("get", "/batches/{batch_id}"),
)
ep("batches.list", reply=list_reply([batch_json(), batch_json(id="batch_def456", status="failed")]))
ep(
    "batches.list",
    reply=list_reply([batch_json()]),
    variant="after limit",
    views=("plain",),
    after="batch_000",
    limit=5,
)
ep("batches.cancel", "batch_abc123", reply=Reply(json_body=batch_json(status="cancelling", cancelling_at=1711475133)))
