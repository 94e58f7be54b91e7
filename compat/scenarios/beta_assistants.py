"""Area C: `client.beta.assistants` -- create / retrieve / update / list / delete, with tools,
tool resources, response formats, metadata and `None` values; pagination; bad ids; the
deprecation warnings every Assistants method emits."""

from __future__ import annotations

from typing import Any, Dict, List

from dsl import Reply, caught_warnings, scenario, warning_list
from fixtures import spec_reply

import openai
from scenarios.beta_runs import ep

ASST_ID = "asst_abc123"


def assistant(**overrides: Any) -> Dict[str, Any]:
    """A realistic assistant object as the API returns it."""
    value: Dict[str, Any] = {
        "id": ASST_ID,
        "object": "assistant",
        "created_at": 1699009709,
        "name": "Math Tutor",
        "description": None,
        "model": "gpt-4o",
        "instructions": "You are a personal math tutor. Write and run code to answer math questions.",
        "tools": [{"type": "code_interpreter"}],
        "tool_resources": {"code_interpreter": {"file_ids": []}},
        "metadata": {},
        "top_p": 1.0,
        "temperature": 1.0,
        "reasoning_effort": None,
        "response_format": "auto",
    }
    value.update(overrides)
    return value


def reply(body: Any, request_id: str = "req_asst") -> Reply:
    return Reply(json_body=body, headers={"x-request-id": request_id})


FUNCTION_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Get the current weather for a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}, "unit": {"type": "string", "enum": ["c", "f"]}},
            "required": ["city", "unit"],
            "additionalProperties": False,
        },
        "strict": True,
    },
}

FILE_SEARCH_TOOL = {
    "type": "file_search",
    "file_search": {"max_num_results": 8, "ranking_options": {"ranker": "auto", "score_threshold": 0.5}},
}

JSON_SCHEMA_FORMAT = {
    "type": "json_schema",
    "json_schema": {
        "name": "math_answer",
        "description": "An answer with its steps",
        "schema": {
            "type": "object",
            "properties": {"steps": {"type": "array", "items": {"type": "string"}}, "answer": {"type": "string"}},
            "required": ["steps", "answer"],
            "additionalProperties": False,
        },
        "strict": True,
    },
}

# ---------------------------------------------------------------------------------- catalogue

ep(
    "beta.assistants.create",
    reply=spec_reply("post", "/assistants"),
    variant="minimal",
    model="gpt-4o",
)
ep(
    "beta.assistants.create",
    reply=reply(
        assistant(
            tools=[{"type": "code_interpreter"}, FILE_SEARCH_TOOL, FUNCTION_TOOL],
            tool_resources={
                "code_interpreter": {"file_ids": ["file-abc123"]},
                "file_search": {"vector_store_ids": ["vs_abc123"]},
            },
            metadata={"team": "math", "tier": "gold"},
            response_format=JSON_SCHEMA_FORMAT,
            temperature=0.2,
            top_p=0.9,
        )
    ),
    variant="full",
    views=("plain", "raw"),
    # keyword order differs from the official parameter order on purpose: the body order is the
    # package's, not the caller's
    tools=[{"type": "code_interpreter"}, FILE_SEARCH_TOOL, FUNCTION_TOOL],
    model="gpt-4o",
    name="Math Tutor",
    instructions="You are a personal math tutor. Write and run code to answer math questions.",
    description="Answers math questions",
    metadata={"team": "math", "tier": "gold"},
    temperature=0.2,
    top_p=0.9,
    response_format=JSON_SCHEMA_FORMAT,
    tool_resources={
        "code_interpreter": {"file_ids": ["file-abc123"]},
        "file_search": {"vector_store_ids": ["vs_abc123"]},
    },
    reasoning_effort="low",
)
ep(
    "beta.assistants.create",
    reply=reply(assistant()),
    variant="none values",
    model="gpt-4o",
    description=None,
    instructions=None,
    name=None,
    metadata=None,
    temperature=None,
    top_p=None,
    response_format=None,
    tool_resources=None,
    reasoning_effort=None,
)
ep(
    "beta.assistants.create",
    reply=reply(assistant(response_format={"type": "json_object"})),
    variant="not_given+json_object",
    views=("plain", "raw"),
    model="gpt-4o",
    name=openai.NOT_GIVEN,
    temperature=openai.NOT_GIVEN,
    response_format={"type": "json_object"},
    tools=[],
    tool_resources={"file_search": {"vector_stores": [{"file_ids": ["file-1", "file-2"], "metadata": {"k": "v"}}]}},
)
ep(
    "beta.assistants.create",
    reply=reply(assistant()),
    variant="extras",
    views=("plain",),
    model="gpt-4o",
    extra_headers={"X-Trace": "t-1", "OpenAI-Beta": "assistants=v1"},
    extra_query={"dry_run": "true"},
    extra_body={"experimental": {"flag": True}},
    timeout=12.5,
)
ep("beta.assistants.retrieve", ASST_ID, reply=spec_reply("get", "/assistants/{assistant_id}"), variant="")
ep(
    "beta.assistants.update",
    ASST_ID,
    reply=reply(assistant(name="Renamed", metadata={"v": "2"})),
    variant="",
    name="Renamed",
    metadata={"v": "2"},
    model="gpt-4o-mini",
    tools=[FUNCTION_TOOL],
    instructions=None,
    response_format="auto",
    tool_resources={"code_interpreter": {"file_ids": []}},
)
ep("beta.assistants.list", reply=spec_reply("get", "/assistants"), variant="")
ep(
    "beta.assistants.list",
    reply=reply({"object": "list", "data": [assistant()], "first_id": ASST_ID, "last_id": ASST_ID, "has_more": False}),
    variant="pagination params",
    views=("plain", "raw"),
    after="asst_abc000",
    before="asst_abc999",
    limit=20,
    order="asc",
)
ep(
    "beta.assistants.delete",
    ASST_ID,
    reply=reply({"id": ASST_ID, "object": "assistant.deleted", "deleted": True}),
    variant="",
)

# ---------------------------------------------------------------------------------- hand-written


def _page(ids: List[str], has_more: bool) -> Reply:
    data = [assistant(id=i, name=f"Assistant {i[-1]}") for i in ids]
    return reply(
        {"object": "list", "data": data, "first_id": ids[0], "last_id": ids[-1], "has_more": has_more},
        request_id="req_page_" + ids[0],
    )


@scenario("beta: assistants.list auto-pagination")
def _(ctx):
    ctx.reply(_page(["asst_1", "asst_2"], True), _page(["asst_3"], False))
    page = ctx.client().beta.assistants.list(limit=2, order="desc")
    ctx.see("first page", page)
    ctx.note("has_next_page", page.has_next_page())
    ctx.note("next_page_info", repr(page.next_page_info()))
    ctx.note("ids", [a.id for a in page])
    ctx.reply(_page(["asst_1", "asst_2"], True), _page(["asst_3"], False))
    ctx.note("all ids", [a.id for a in ctx.client().beta.assistants.list(limit=2, order="desc")])


@scenario("beta: assistants.list pages (async)")
async def _(ctx):
    ctx.reply(_page(["asst_1", "asst_2"], True), _page(["asst_3"], False))
    client = ctx.async_client()
    page = await client.beta.assistants.list(limit=2)
    ctx.see("first page", page)
    ctx.note("has_next_page", page.has_next_page())
    nxt = await page.get_next_page()
    ctx.see("second page", nxt)
    ctx.note("second has_next_page", nxt.has_next_page())
    ctx.reply(_page(["asst_1", "asst_2"], True), _page(["asst_3"], False))
    ctx.note("all ids", [a.id async for a in client.beta.assistants.list(limit=2)])


@scenario("beta: assistants.list has_more without last_id")
def _(ctx):
    ctx.reply(reply({"object": "list", "data": [], "first_id": None, "last_id": None, "has_more": True}))
    page = ctx.client().beta.assistants.list()
    ctx.see("page", page)
    ctx.note("has_next_page", page.has_next_page())
    ctx.note("pages", len(list(page.iter_pages())))


@scenario("beta: assistants empty ids")
def _(ctx):
    client = ctx.client()
    ctx.call("retrieve('')", lambda: client.beta.assistants.retrieve(""))
    ctx.call("update('')", lambda: client.beta.assistants.update("", name="x"))
    ctx.call("delete('')", lambda: client.beta.assistants.delete(""))


@scenario("beta: assistants empty ids (async)")
async def _(ctx):
    client = ctx.async_client()
    await ctx.acall("retrieve('')", lambda: client.beta.assistants.retrieve(""))
    await ctx.acall("delete('')", lambda: client.beta.assistants.delete(""))


# 1.102.0 puts ids in the path as they are (`?` starts a query, `/` adds a segment); ours escapes them.
@scenario("beta: assistants id needing escaping", deviation="path-ids-escaped")
def _(ctx):
    ctx.reply(reply(assistant(id="asst/with space?")))
    ctx.call("retrieve", lambda: ctx.client().beta.assistants.retrieve("asst/with space?"))


@scenario("beta: assistants 404 error")
def _(ctx):
    ctx.reply(
        Reply(
            404,
            json_body={
                "error": {
                    "message": "No assistant found with id 'asst_missing'.",
                    "type": "invalid_request_error",
                    "param": None,
                    "code": None,
                }
            },
            headers={"x-request-id": "req_404"},
        )
    )
    ctx.call("retrieve", lambda: ctx.client(max_retries=0).beta.assistants.retrieve("asst_missing"))


@scenario("beta: assistants unknown fields and tool types")
def _(ctx):
    ctx.reply(
        reply(
            assistant(
                tools=[{"type": "code_interpreter"}, {"type": "web_browser", "web_browser": {"depth": 2}}],
                response_format={"type": "text"},
                brand_new_field={"nested": [1, 2]},
                temperature=None,
            )
        )
    )
    result = ctx.call("retrieve", lambda: ctx.client().beta.assistants.retrieve(ASST_ID))
    ctx.note("tool types", [type(t).__name__ for t in result.tools])
    ctx.note("response_format type", type(result.response_format).__name__)


@scenario("beta: assistants missing required argument")
def _(ctx):
    client = ctx.client()
    ctx.call("create()", lambda: client.beta.assistants.create())  # type: ignore[call-arg]


def _warnings_of(fn: Any) -> List[Any]:
    with caught_warnings() as caught:
        try:
            fn()
        except Exception as exc:  # the call itself is not the point here
            return [["raised", type(exc).__name__]] + warning_list(caught)
    return warning_list(caught, resource=False)


@scenario("beta: assistants warnings")
def _(ctx):
    ctx.default_reply(reply(assistant()))
    client = ctx.client()
    ctx.note("create", _warnings_of(lambda: client.beta.assistants.create(model="gpt-4o")))
    ctx.note("retrieve", _warnings_of(lambda: client.beta.assistants.retrieve(ASST_ID)))
    ctx.note("update", _warnings_of(lambda: client.beta.assistants.update(ASST_ID, name="n")))
    ctx.default_reply(reply({"object": "list", "data": [], "first_id": None, "last_id": None, "has_more": False}))
    ctx.note("list", _warnings_of(lambda: client.beta.assistants.list()))
    ctx.default_reply(reply({"id": ASST_ID, "object": "assistant.deleted", "deleted": True}))
    ctx.note("delete", _warnings_of(lambda: client.beta.assistants.delete(ASST_ID)))
