"""Area D (`core:`): pagination. Cursor pages (`files.list`, `fine_tuning.jobs.list`: `after` from
the last item's id, `has_more`), conversation cursor pages (`last_id`), the non-paginated
`SyncPage` of `models.list`; auto-pagination, the page methods (`has_next_page`,
`next_page_info`, `get_next_page`, `iter_pages`, `_get_page_items`), sync and async, raw views.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from dsl import Reply, scenario

from scenarios.core_client import models_reply


def _file(n: int) -> Dict[str, Any]:
    return {
        "id": f"file-{n:03d}",
        "object": "file",
        "bytes": 1000 + n,
        "created_at": 1700000000 + n,
        "filename": f"part-{n}.jsonl",
        "purpose": "fine-tune",
        "status": "processed",
        "expires_at": None,
    }


def files_page(ids: List[int], has_more: Optional[bool] = None, *, omit_has_more: bool = False, rid: str = "") -> Reply:
    body: Dict[str, Any] = {"object": "list", "data": [_file(n) for n in ids]}
    if ids:
        body["first_id"] = f"file-{ids[0]:03d}"
        body["last_id"] = f"file-{ids[-1]:03d}"
    if not omit_has_more:
        body["has_more"] = has_more
    return Reply(json_body=body, headers={"x-request-id": rid or f"req_page_{ids[0] if ids else 'empty'}"})


def three_pages() -> List[Reply]:
    return [files_page([1, 2], True), files_page([3, 4], True), files_page([5], False)]


def _job(n: int) -> Dict[str, Any]:
    return {
        "id": f"ftjob-{n}",
        "object": "fine_tuning.job",
        "created_at": 1721764800 + n,
        "fine_tuned_model": None,
        "model": "gpt-4o-mini-2024-07-18",
        "organization_id": "org-123",
        "result_files": [],
        "status": "queued",
        "validation_file": None,
        "training_file": "file-abc123",
        "hyperparameters": {"n_epochs": "auto", "batch_size": "auto", "learning_rate_multiplier": "auto"},
        "trained_tokens": None,
        "error": None,
        "finished_at": None,
        "seed": 42,
    }


def _item(n: int) -> Dict[str, Any]:
    return {
        "type": "message",
        "id": f"msg_{n}",
        "status": "completed",
        "role": "user",
        "content": [{"type": "input_text", "text": f"hello {n}"}],
    }


def conv_page(ids: List[int], has_more: Optional[bool], last_id: Optional[str] = "auto") -> Reply:
    body: Dict[str, Any] = {"object": "list", "data": [_item(n) for n in ids], "has_more": has_more}
    body["first_id"] = f"msg_{ids[0]}" if ids else None
    body["last_id"] = (f"msg_{ids[-1]}" if ids else None) if last_id == "auto" else last_id
    return Reply(json_body=body)


def _page_view(ctx: Any, label: str, page: Any) -> None:
    """The page methods a caller uses, without fetching anything."""
    ctx.note(label + " type", type(page).__name__)
    ctx.note(label + " ids", [getattr(item, "id", None) for item in page.data])
    ctx.note(label + " has_next_page", page.has_next_page())
    info = page.next_page_info()
    ctx.note(label + " next_page_info", None if info is None else [repr(info), info.params])
    ctx.note(label + " _get_page_items", [getattr(i, "id", None) for i in page._get_page_items()])
    ctx.note(label + " _request_id", getattr(page, "_request_id", "<missing>"))


# ----------------------------------------------------------------------------- cursor pages, sync


@scenario("core: page auto-pagination across three pages")
def _(ctx):
    ctx.reply(*three_pages())
    ctx.note("ids", [f.id for f in ctx.client().files.list(limit=2)])


@scenario("core: page auto-pagination with params kept")
def _(ctx):
    ctx.reply(*three_pages())
    client = ctx.client()
    items = client.files.list(
        limit=2, order="desc", purpose="fine-tune", extra_query={"tag": "x"}, extra_headers={"X-Page": "1"}
    )
    ctx.note("ids", [f.id for f in items])


@scenario("core: page auto-pagination starting after a cursor")
def _(ctx):
    ctx.reply(files_page([3, 4], True), files_page([5], False))
    ctx.note("ids", [f.id for f in ctx.client().files.list(after="file-002", limit=2)])


@scenario("core: page methods on the first page")
def _(ctx):
    ctx.reply(*three_pages())
    page = ctx.client().files.list(limit=2)
    ctx.see("page", page)
    _page_view(ctx, "first", page)
    second = page.get_next_page()
    _page_view(ctx, "second", second)
    third = second.get_next_page()
    _page_view(ctx, "third", third)
    ctx.call("get_next_page on the last", lambda: third.get_next_page())


@scenario("core: page iter_pages")
def _(ctx):
    ctx.reply(*three_pages())
    first = ctx.client().files.list(limit=2)
    ctx.note("pages", [[f.id for f in p.data] for p in first.iter_pages()])
    ctx.note("first still holds", [f.id for f in first.data])


@scenario("core: page iterate twice")
def _(ctx):
    ctx.reply(*three_pages(), files_page([3, 4], True), files_page([5], False))
    page = ctx.client().files.list(limit=2)
    ctx.note("first pass", [f.id for f in page])
    ctx.note("second pass", [f.id for f in page])


@scenario("core: page break out and iterate again")
def _(ctx):
    ctx.reply(*three_pages(), files_page([3, 4], True), files_page([5], False))
    page = ctx.client().files.list(limit=2)
    seen = []
    for item in page:
        seen.append(item.id)
        if item.id == "file-003":
            break
    ctx.note("until break", seen)
    ctx.note("again", [f.id for f in page])


@scenario("core: page has_more missing")
def _(ctx):
    ctx.reply(files_page([1, 2], omit_has_more=True), files_page([3], omit_has_more=True), files_page([]))
    page = ctx.client().files.list()
    _page_view(ctx, "first", page)
    ctx.note("ids", [f.id for f in page])


@scenario("core: page has_more null")
def _(ctx):
    ctx.reply(files_page([1], None), files_page([]))
    ctx.note("ids", [f.id for f in ctx.client().files.list()])


@scenario("core: page has_more true with an empty page")
def _(ctx):
    ctx.reply(files_page([], True))
    page = ctx.client().files.list()
    _page_view(ctx, "page", page)
    ctx.note("ids", [f.id for f in page])


@scenario("core: page empty data")
def _(ctx):
    ctx.reply(files_page([], False))
    page = ctx.client().files.list()
    ctx.see("page", page)
    _page_view(ctx, "page", page)
    ctx.note("ids", [f.id for f in page])
    ctx.note("pages", len(list(page.iter_pages())))


@scenario("core: page item without an id")
def _(ctx):
    body = {"object": "list", "data": [{"object": "file", "bytes": 1}], "has_more": True}
    ctx.reply(Reply(json_body=body))
    page = ctx.client().files.list()
    _page_view(ctx, "page", page)


@scenario("core: page error on the second page")
def _(ctx):
    ctx.reply(
        files_page([1, 2], True),
        Reply(404, json_body={"error": {"message": "cursor expired", "type": "invalid_request_error"}}),
    )
    page = ctx.client(max_retries=0).files.list(limit=2)
    seen: List[Any] = []

    def collect() -> None:
        for item in page:
            seen.append(item.id)

    ctx.call("iterate", collect)
    ctx.note("seen", seen)


@scenario("core: page fine_tuning.jobs.list")
def _(ctx):
    ctx.reply(
        Reply(json_body={"object": "list", "data": [_job(1), _job(2)], "has_more": True}),
        Reply(json_body={"object": "list", "data": [_job(3)], "has_more": False}),
    )
    page = ctx.client().fine_tuning.jobs.list(limit=2, metadata={"team": "ml"})
    _page_view(ctx, "first", page)
    ctx.note("ids", [j.id for j in page])


@scenario("core: page conversation items by last_id")
def _(ctx):
    ctx.reply(conv_page([1, 2], True), conv_page([3], False))
    page = ctx.client().conversations.items.list("conv_123", limit=2, order="asc")
    _page_view(ctx, "first", page)
    ctx.note("ids", [i.id for i in page])


@scenario("core: page conversation items without last_id")
def _(ctx):
    ctx.reply(conv_page([1, 2], True, last_id=None))
    page = ctx.client().conversations.items.list("conv_123")
    _page_view(ctx, "first", page)
    ctx.note("ids", [i.id for i in page])


@scenario("core: page models.list is not paginated")
def _(ctx):
    ctx.reply(models_reply())
    page = ctx.client().models.list()
    ctx.see("page", page)
    _page_view(ctx, "page", page)
    ctx.note("ids", [m.id for m in page])
    ctx.call("get_next_page", lambda: page.get_next_page())


@scenario("core: page with_raw_response.list")
def _(ctx):
    ctx.reply(*three_pages())
    response = ctx.client().files.with_raw_response.list(limit=2)
    ctx.see("response", response)
    page = response.parse()
    ctx.see("parsed", page)
    ctx.note("ids", [f.id for f in page])


@scenario("core: page with_streaming_response.list")
def _(ctx):
    ctx.reply(*three_pages())
    with ctx.client().files.with_streaming_response.list(limit=2) as response:
        page = response.parse()
        ctx.note("ids", [f.id for f in page])


@scenario("core: page model dumps")
def _(ctx):
    ctx.reply(files_page([1, 2], True))
    page = ctx.client().files.list()
    ctx.note("model_dump", page.model_dump())
    ctx.note("to_dict", page.to_dict())
    ctx.note("fields", sorted(type(page).model_fields))
    ctx.note("dict(page) keys", [k for k, _ in page.__dict__.items()])


# ----------------------------------------------------------------------------- async


@scenario("core: page async for over list()")
async def _(ctx):
    ctx.reply(*three_pages())
    ctx.note("ids", [item.id async for item in ctx.async_client().files.list(limit=2)])


@scenario("core: page async await list() then iter_pages")
async def _(ctx):
    ctx.reply(*three_pages())
    first = await ctx.async_client().files.list(limit=2)
    _page_view(ctx, "first", first)
    pages = []
    async for page in first.iter_pages():
        pages.append([f.id for f in page.data])
    ctx.note("pages", pages)


@scenario("core: page async get_next_page")
async def _(ctx):
    ctx.reply(*three_pages())
    first = await ctx.async_client().files.list(limit=2)
    second = await first.get_next_page()
    _page_view(ctx, "second", second)
    third = await second.get_next_page()
    _page_view(ctx, "third", third)
    try:
        await third.get_next_page()
    except Exception as exc:
        ctx.see("no next page", exc)


@scenario("core: page async for over awaited page")
async def _(ctx):
    ctx.reply(*three_pages())
    first = await ctx.async_client().files.list(limit=2)
    ctx.note("ids", [item.id async for item in first])


@scenario("core: page async paginator type")
async def _(ctx):
    ctx.reply(files_page([1], False))
    paginator = ctx.async_client().files.list()
    ctx.note("paginator type", type(paginator).__name__)
    page = await paginator
    ctx.note("page type", type(page).__name__)
    ctx.note("ids", [f.id for f in page.data])


@scenario("core: page async models.list")
async def _(ctx):
    ctx.reply(models_reply(), models_reply())
    client = ctx.async_client()
    page = await client.models.list()
    _page_view(ctx, "page", page)
    ctx.note("ids", [model.id async for model in client.models.list()])


@scenario("core: page async with_raw_response.list")
async def _(ctx):
    ctx.reply(*three_pages())
    response = await ctx.async_client().files.with_raw_response.list(limit=2)
    ctx.see("response", response)
    page = response.parse()
    ctx.note("ids", [item.id async for item in page])


@scenario("core: page async conversation items")
async def _(ctx):
    ctx.reply(conv_page([1, 2], True), conv_page([3], False))
    ctx.note("ids", [item.id async for item in ctx.async_client().conversations.items.list("conv_123", limit=2)])
