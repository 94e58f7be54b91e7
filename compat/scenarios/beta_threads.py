"""Area C: `client.beta.threads` (create / retrieve / update / delete / create_and_run /
create_and_run_poll) and `client.beta.threads.messages` (create with string and content-part
content, retrieve, update, list, delete)."""

from __future__ import annotations

import functools
from typing import Any, Dict, List

from dsl import Reply, scenario
from fixtures import spec_reply

import openai
from scenarios.beta_runs import (
    ASST_ID,
    MSG_ID,
    RUN_ID,
    THREAD_ID,
    ep,
    message_obj,
    poll_replies,
    reply,
    run_obj,
    stream_reply,
    text_part,
    text_stream,
    thread_obj,
    warnings_row,
)

MESSAGES: List[Dict[str, Any]] = [
    {"role": "user", "content": "I need to solve the equation `3x + 11 = 14`. Can you help me?"},
    {
        "role": "user",
        "content": [
            {"type": "text", "text": "Here is my working so far:"},
            {"type": "image_file", "image_file": {"file_id": "file-working", "detail": "low"}},
            {"type": "image_url", "image_url": {"url": "https://example.com/eq.png", "detail": "auto"}},
        ],
        "attachments": [
            {"file_id": "file-notes", "tools": [{"type": "file_search"}]},
            {"file_id": "file-data", "tools": [{"type": "code_interpreter"}, {"type": "file_search"}]},
        ],
        "metadata": {"source": "upload"},
    },
    {"role": "assistant", "content": "Sure, let's start by subtracting 11."},
]

TOOL_RESOURCES = {
    "code_interpreter": {"file_ids": ["file-data"]},
    "file_search": {
        "vector_stores": [
            {
                "file_ids": ["file-notes"],
                "chunking_strategy": {
                    "type": "static",
                    "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400},
                },
                "metadata": {"course": "algebra"},
            }
        ]
    },
}

# ------------------------------------------------------------------------------ threads

ep("beta.threads.create", reply=spec_reply("post", "/threads"), variant="empty")
ep(
    "beta.threads.create",
    reply=reply(thread_obj(metadata={"user": "u-1"})),
    variant="messages+resources",
    views=("plain", "raw"),
    metadata={"user": "u-1"},
    tool_resources=TOOL_RESOURCES,
    messages=MESSAGES,
)
ep(
    "beta.threads.create",
    reply=reply(thread_obj()),
    variant="none values",
    views=("plain",),
    messages=[],
    metadata=None,
    tool_resources=None,
)
ep("beta.threads.retrieve", THREAD_ID, reply=spec_reply("get", "/threads/{thread_id}"), variant="")
ep(
    "beta.threads.update",
    THREAD_ID,
    reply=reply(thread_obj(metadata={"modified": "true", "user": "abc123"})),
    variant="",
    metadata={"modified": "true", "user": "abc123"},
    tool_resources={"code_interpreter": {"file_ids": ["file-1"]}, "file_search": {"vector_store_ids": ["vs_1"]}},
)
ep(
    "beta.threads.delete",
    THREAD_ID,
    reply=reply({"id": THREAD_ID, "object": "thread.deleted", "deleted": True}),
    variant="",
)
ep(
    "beta.threads.create_and_run",
    reply=spec_reply("post", "/threads/runs"),
    variant="minimal",
    assistant_id=ASST_ID,
)
ep(
    "beta.threads.create_and_run",
    reply=reply(run_obj("queued")),
    variant="full",
    views=("plain", "raw"),
    # given in an order unlike the official parameter order
    thread={"messages": MESSAGES[:2], "metadata": {"t": "1"}, "tool_resources": TOOL_RESOURCES},
    assistant_id=ASST_ID,
    tools=[{"type": "code_interpreter"}, {"type": "file_search", "file_search": {"max_num_results": 5}}],
    tool_resources={"code_interpreter": {"file_ids": ["file-data"]}},
    instructions="Explain step by step.",
    model="gpt-4o",
    temperature=0.1,
    top_p=0.8,
    max_prompt_tokens=4000,
    max_completion_tokens=800,
    metadata={"session": "s-1"},
    parallel_tool_calls=True,
    response_format={"type": "text"},
    tool_choice="required",
    truncation_strategy={"type": "auto"},
)
ep(
    "beta.threads.create_and_run",
    reply=reply(run_obj("queued")),
    variant="none values",
    views=("plain",),
    assistant_id=ASST_ID,
    instructions=None,
    model=None,
    metadata=None,
    tool_choice=None,
    tools=None,
    tool_resources=None,
    response_format=None,
    truncation_strategy=None,
    stream=None,
)
ep(
    "beta.threads.create_and_run",
    reply=stream_reply(*text_stream(with_thread=True)),
    variant="stream",
    assistant_id=ASST_ID,
    thread={"messages": [{"role": "user", "content": "Hello!"}]},
    stream=True,
)

# ------------------------------------------------------------------------------ messages

ep(
    "beta.threads.messages.create",
    THREAD_ID,
    reply=spec_reply("post", "/threads/{thread_id}/messages"),
    variant="string",
    role="user",
    content="How does AI work? Explain it in simple terms.",
)
ep(
    "beta.threads.messages.create",
    THREAD_ID,
    reply=reply(message_obj("completed", [text_part("Here is my working so far:")], role="user")),
    variant="parts+attachments",
    views=("plain", "raw"),
    content=MESSAGES[1]["content"],
    role="user",
    attachments=MESSAGES[1]["attachments"],
    metadata={"source": "upload"},
)
ep(
    "beta.threads.messages.create",
    THREAD_ID,
    reply=reply(message_obj("completed", [text_part("noted")], role="assistant")),
    variant="none values",
    views=("plain",),
    content="noted",
    role="assistant",
    attachments=None,
    metadata=None,
)
ep(
    "beta.threads.messages.retrieve",
    MSG_ID,
    reply=spec_reply("get", "/threads/{thread_id}/messages/{message_id}"),
    variant="",
    thread_id=THREAD_ID,
)
ep(
    "beta.threads.messages.update",
    MSG_ID,
    reply=reply(message_obj("completed", [text_part("Hi")], metadata={"modified": "true"})),
    variant="",
    thread_id=THREAD_ID,
    metadata={"modified": "true"},
)
ep(
    "beta.threads.messages.list",
    THREAD_ID,
    reply=spec_reply("get", "/threads/{thread_id}/messages"),
    variant="",
)
ep(
    "beta.threads.messages.list",
    THREAD_ID,
    reply=reply(
        {
            "object": "list",
            "data": [message_obj("completed", [text_part("Hi")])],
            "first_id": MSG_ID,
            "last_id": MSG_ID,
            "has_more": False,
        }
    ),
    variant="params",
    views=("plain", "raw"),
    after="msg_000",
    before="msg_999",
    limit=10,
    order="asc",
    run_id=RUN_ID,
)
ep(
    "beta.threads.messages.delete",
    MSG_ID,
    reply=reply({"id": MSG_ID, "object": "thread.message.deleted", "deleted": True}),
    variant="",
    thread_id=THREAD_ID,
)

# ------------------------------------------------------------------------------ hand-written


def _run_replies(ctx: Any, *statuses: Any) -> None:
    ctx.reply(*poll_replies(*statuses, request_id="req_", thread_id="thread_new1"))


@scenario("beta: threads.create_and_run_poll")
def _(ctx):
    _run_replies(ctx, "queued", ("in_progress", 400), "completed")
    run = ctx.call(
        "run",
        lambda: ctx.client().beta.threads.create_and_run_poll(
            assistant_id=ASST_ID,
            thread={"messages": [{"role": "user", "content": "Hi"}]},
            instructions="Be nice.",
            metadata={"k": "v"},
        ),
    )
    ctx.note("thread of poll", getattr(run, "thread_id", None))


@scenario("beta: threads.create_and_run_poll (async) interval + extras")
async def _(ctx):
    _run_replies(ctx, "queued", "in_progress", "incomplete")
    await ctx.acall(
        "run",
        lambda: ctx.async_client().beta.threads.create_and_run_poll(
            assistant_id=ASST_ID,
            poll_interval_ms=75,
            tools=[{"type": "code_interpreter"}],
            extra_headers={"X-Req": "abc"},
            extra_query={"debug": "1"},
            timeout=15.0,
        ),
    )


@scenario("beta: threads.create_and_run stream partial iteration")
def _(ctx):
    ctx.reply(stream_reply(*text_stream(with_thread=True)))
    stream = ctx.client().beta.threads.create_and_run(assistant_id=ASST_ID, stream=True)
    ctx.note("type", type(stream).__name__)
    with stream:
        first = next(iter(stream))
        ctx.see("first", first)
        ctx.note("rest", [[e.event, type(e).__name__] for e in stream])
    ctx.note("closed", stream.response.is_closed)


@scenario("beta: threads.create_and_run stream (async)")
async def _(ctx):
    ctx.reply(stream_reply(*text_stream(with_thread=True)))
    stream = await ctx.async_client().beta.threads.create_and_run(assistant_id=ASST_ID, stream=True)
    async with stream:
        events = []
        async for event in stream:
            events.append([event.event, type(event.data).__name__])
            if event.event == "thread.run.in_progress":
                break
        ctx.note("before break", events)
        ctx.note("after break", [e.event async for e in stream])
    ctx.note("closed", stream.response.is_closed)


@scenario("beta: threads empty ids")
def _(ctx):
    threads = ctx.client().beta.threads
    ctx.call("retrieve('')", lambda: threads.retrieve(""))
    ctx.call("update('')", lambda: threads.update("", metadata={}))
    ctx.call("delete('')", lambda: threads.delete(""))
    ctx.call("messages.create('')", lambda: threads.messages.create("", role="user", content="x"))
    ctx.call("messages.retrieve('')", lambda: threads.messages.retrieve("", thread_id=THREAD_ID))
    ctx.call("messages.retrieve(thread '')", lambda: threads.messages.retrieve(MSG_ID, thread_id=""))
    ctx.call("messages.list('')", lambda: threads.messages.list(""))
    ctx.call("messages.delete('')", lambda: threads.messages.delete("", thread_id=THREAD_ID))


@scenario("beta: threads missing required arguments")
def _(ctx):
    threads = ctx.client().beta.threads
    ctx.call("create_and_run()", lambda: threads.create_and_run())  # type: ignore[call-arg]
    ctx.call("messages.create(no role)", lambda: threads.messages.create(THREAD_ID, content="x"))  # type: ignore[call-arg]
    ctx.note("requests", len(ctx.server.requests))


@scenario("beta: messages content types")
def _(ctx):
    ctx.reply(
        reply(
            message_obj(
                "completed",
                [
                    text_part(
                        "See the file 【1:0†data.csv】 and sandbox:/mnt/data/out.csv",
                        [
                            {
                                "type": "file_citation",
                                "text": "【1:0†data.csv】",
                                "start_index": 13,
                                "end_index": 27,
                                "file_citation": {"file_id": "file-data"},
                            },
                            {
                                "type": "file_path",
                                "text": "sandbox:/mnt/data/out.csv",
                                "start_index": 32,
                                "end_index": 57,
                                "file_path": {"file_id": "file-out"},
                            },
                        ],
                    ),
                    {"type": "image_file", "image_file": {"file_id": "file-img", "detail": "high"}},
                    {"type": "image_url", "image_url": {"url": "https://example.com/a.png", "detail": "low"}},
                    {"type": "refusal", "refusal": "I can't help with that."},
                    {"type": "hologram", "hologram": {"id": "h1"}},
                ],
                attachments=[
                    {"file_id": "file-data", "tools": [{"type": "file_search"}, {"type": "code_interpreter"}]}
                ],
                incomplete_details={"reason": "max_tokens"},
            )
        )
    )
    message = ctx.call("message", lambda: ctx.client().beta.threads.messages.retrieve(MSG_ID, thread_id=THREAD_ID))
    ctx.note("content types", [type(c).__name__ for c in getattr(message, "content", [])])


@scenario("beta: messages list auto-pagination (async)")
async def _(ctx):
    def page(ids: List[str], more: bool) -> Reply:
        return reply(
            {
                "object": "list",
                "data": [message_obj("completed", [text_part(i)], id=i) for i in ids],
                "first_id": ids[0],
                "last_id": ids[-1],
                "has_more": more,
            }
        )

    ctx.reply(page(["msg_1", "msg_2"], True), page(["msg_3"], False))
    client = ctx.async_client()
    ids = [m.id async for m in client.beta.threads.messages.list(THREAD_ID, limit=2, run_id=RUN_ID)]
    ctx.note("ids", ids)


@scenario("beta: threads warnings")
def _(ctx):
    client = ctx.client()
    out: List[Any] = []
    grab = functools.partial(warnings_row, out)
    ctx.default_reply(reply(thread_obj()))
    grab("create", lambda: client.beta.threads.create())
    grab("retrieve", lambda: client.beta.threads.retrieve(THREAD_ID))
    grab("update", lambda: client.beta.threads.update(THREAD_ID))
    ctx.default_reply(reply(run_obj("completed")))
    grab("create_and_run", lambda: client.beta.threads.create_and_run(assistant_id=ASST_ID))
    grab("create_and_run_poll", lambda: client.beta.threads.create_and_run_poll(assistant_id=ASST_ID))
    grab("create_and_run_stream", lambda: client.beta.threads.create_and_run_stream(assistant_id=ASST_ID))
    ctx.default_reply(reply(message_obj()))
    grab("messages.create", lambda: client.beta.threads.messages.create(THREAD_ID, role="user", content="x"))
    grab("messages.retrieve", lambda: client.beta.threads.messages.retrieve(MSG_ID, thread_id=THREAD_ID))
    grab("messages.update", lambda: client.beta.threads.messages.update(MSG_ID, thread_id=THREAD_ID))
    ctx.default_reply(reply({"object": "list", "data": [], "first_id": None, "last_id": None, "has_more": False}))
    grab("messages.list", lambda: client.beta.threads.messages.list(THREAD_ID))
    ctx.default_reply(reply({"id": MSG_ID, "object": "thread.message.deleted", "deleted": True}))
    grab("messages.delete", lambda: client.beta.threads.messages.delete(MSG_ID, thread_id=THREAD_ID))
    grab("delete", lambda: client.beta.threads.delete(THREAD_ID))
    ctx.note("warnings", out)


@scenario("beta: threads NOT_GIVEN values")
def _(ctx):
    ctx.reply(reply(thread_obj()))
    ctx.call(
        "thread",
        lambda: ctx.client().beta.threads.create(
            messages=openai.NOT_GIVEN, metadata={"a": "b"}, tool_resources=openai.NOT_GIVEN
        ),
    )
