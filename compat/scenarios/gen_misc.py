"""Area A (`gen:`): completions, embeddings, moderations and models; and what the three `gen_*`
modules share: the prefixed `ep` and the stream idioms.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import struct
from typing import Any, AsyncIterator, Callable, Dict, Iterator, List, Optional, Tuple

from dsl import Ctx, Reply, endpoint, scenario
from fixtures import spec_reply
from helpers import adrain, closed, drain, tracked_async_client, tracked_client
from server import sse

PREFIX = "gen:"
ep = functools.partial(endpoint, prefix=PREFIX)

# ----------------------------------------------------------------------------- stream idioms


def stream_idioms(name: str, reply: Callable[[], Reply], open_stream: Callable[[Any], Any]) -> None:
    """Register the partial-iteration idioms for one kind of stream: `next(iter(s))` then a `for`
    loop, `break` then a second loop, `next(s)`, `close()` mid-way, a `with` block left early,
    a second loop over an exhausted stream; sync and async. `open_stream` gets a client (sync or
    async) and returns the stream, its manager, or (async) what to await for them; `reply` gives
    the SSE reply."""

    @contextlib.contextmanager
    def opened(ctx: Ctx) -> Iterator[Tuple[Any, List[Any]]]:
        """(the iterable, the client's responses); a stream manager (chat.completions.stream,
        responses.stream) is entered to get it, and exited at the end of the block."""
        client, seen = tracked_client(ctx)
        ctx.reply(reply())
        stream = manager = open_stream(client)
        if hasattr(manager, "__iter__"):
            manager = None
        else:
            stream = manager.__enter__()
        yield stream, seen
        if manager is not None:
            manager.__exit__(None, None, None)

    @contextlib.asynccontextmanager
    async def aopened(ctx: Ctx) -> AsyncIterator[Tuple[Any, List[Any]]]:
        client, seen = tracked_async_client(ctx)
        ctx.reply(reply())
        stream = manager = await _maybe_await(open_stream(client))
        if hasattr(manager, "__aiter__"):
            manager = None
        else:
            stream = await manager.__aenter__()
        yield stream, seen
        if manager is not None:
            await manager.__aexit__(None, None, None)

    @scenario(f"{PREFIX}{name} idiom: next(iter(s)) then for")
    def _next_then_for(ctx: Ctx) -> None:
        with opened(ctx) as (stream, seen):
            ctx.call("first", lambda: next(iter(stream)))
            ctx.record("rest", drain(stream))
            ctx.note("closed after the loop", closed(seen))
        ctx.note("closed at the end", closed(seen))

    @scenario(f"{PREFIX}{name} idiom: break then loop again")
    def _break_then_again(ctx: Ctx) -> None:
        with opened(ctx) as (stream, seen):
            ctx.record("first loop", drain(stream, limit=2))
            ctx.note("closed after break", closed(seen))
            ctx.record("second loop", drain(stream))
            ctx.note("closed after the second loop", closed(seen))
            ctx.record("third loop (exhausted)", drain(stream))

    @scenario(f"{PREFIX}{name} idiom: next(s)")
    def _next(ctx: Ctx) -> None:
        with opened(ctx) as (stream, seen):
            ctx.call("next 1", lambda: next(stream))
            ctx.call("next 2", lambda: next(stream))
            ctx.record("rest", drain(stream))
            ctx.call("next after the end", lambda: next(stream))
        ctx.note("closed", closed(seen))

    @scenario(f"{PREFIX}{name} idiom: close() mid-way")
    def _close(ctx: Ctx) -> None:
        with opened(ctx) as (stream, seen):
            ctx.call("first", lambda: next(iter(stream)))
            ctx.call("close", lambda: stream.close())
            ctx.note("closed after close()", closed(seen))
        ctx.note("closed at the end", closed(seen))

    @scenario(f"{PREFIX}{name} idiom: with block left early")
    def _with(ctx: Ctx) -> None:
        client, seen = tracked_client(ctx)
        ctx.reply(reply())
        with open_stream(client) as stream:
            ctx.call("first", lambda: next(iter(stream)))
            ctx.note("closed inside the block", closed(seen))
        ctx.note("closed after the block", closed(seen))

    @scenario(f"{PREFIX}{name} idiom: async anext(aiter(s)) then async for")
    async def _anext_then_for(ctx: Ctx) -> None:
        async with aopened(ctx) as (stream, seen):
            await ctx.acall("first", lambda: anext(aiter(stream)))  # noqa: F821 (3.10+ builtins)
            ctx.record("rest", await adrain(stream))
            ctx.note("closed after the loop", closed(seen))
        ctx.note("closed at the end", closed(seen))

    @scenario(f"{PREFIX}{name} idiom: async break then loop again")
    async def _abreak_then_again(ctx: Ctx) -> None:
        async with aopened(ctx) as (stream, seen):
            ctx.record("first loop", await adrain(stream, limit=2))
            ctx.note("closed after break", closed(seen))
            ctx.record("second loop", await adrain(stream))
            ctx.note("closed after the second loop", closed(seen))
            ctx.record("third loop (exhausted)", await adrain(stream))

    @scenario(f"{PREFIX}{name} idiom: async close() mid-way")
    async def _aclose(ctx: Ctx) -> None:
        async with aopened(ctx) as (stream, seen):
            await ctx.acall("first", lambda: anext(aiter(stream)))  # noqa: F821
            await ctx.acall("close", lambda: stream.close())
            ctx.note("closed after close()", closed(seen))
        ctx.note("closed at the end", closed(seen))

    @scenario(f"{PREFIX}{name} idiom: async with block left early")
    async def _awith(ctx: Ctx) -> None:
        client, seen = tracked_async_client(ctx)
        ctx.reply(reply())
        async with await _maybe_await(open_stream(client)) as stream:
            await ctx.acall("first", lambda: anext(aiter(stream)))  # noqa: F821
            ctx.note("closed inside the block", closed(seen))
        ctx.note("closed after the block", closed(seen))


async def _maybe_await(value: Any) -> Any:
    if hasattr(value, "__await__"):
        return await value
    return value


# ----------------------------------------------------------------------------- completions

INSTRUCT = "gpt-3.5-turbo-instruct"


def text_completion(text: str = "\n\nThis is indeed a test", *, n: int = 1, logprobs: Any = None) -> Dict[str, Any]:
    return {
        "id": "cmpl-uqkvlQyYK7bGYrRHQ0eXlWi7",
        "object": "text_completion",
        "created": 1589478378,
        "model": INSTRUCT,
        "system_fingerprint": "fp_44709d6fcb",
        "choices": [{"text": text, "index": i, "logprobs": logprobs, "finish_reason": "length"} for i in range(n)],
        "usage": {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12},
    }


def completion_chunk(text: str, finish: Optional[str] = None, **extra: Any) -> Dict[str, Any]:
    return {
        "id": "cmpl-7iA7iJjj8V2zOkCGvWF2hAkDWBQZe",
        "object": "text_completion",
        "created": 1690759702,
        "choices": [{"text": text, "index": 0, "logprobs": None, "finish_reason": finish}],
        "model": INSTRUCT,
        "system_fingerprint": "fp_44709d6fcb",
        **extra,
    }


def completion_stream() -> Reply:
    return sse(
        completion_chunk("This"),
        completion_chunk(" is"),
        completion_chunk(" a"),
        completion_chunk(" test.", finish="stop"),
        done=True,
    )


def completion_stream_usage() -> Reply:
    return sse(
        completion_chunk("Once", usage=None),
        completion_chunk(" upon", usage=None),
        completion_chunk("", finish="length", usage=None),
        {
            "id": "cmpl-7iA7iJjj8V2zOkCGvWF2hAkDWBQZe",
            "object": "text_completion",
            "created": 1690759702,
            "choices": [],
            "model": INSTRUCT,
            "usage": {"prompt_tokens": 4, "completion_tokens": 2, "total_tokens": 6},
        },
        done=True,
    )


ep(
    "completions.create",
    variant="basic",
    model=INSTRUCT,
    prompt="Say this is a test",
    reply=Reply(json_body=text_completion(), headers={"x-request-id": "req_cmpl_1"}),
)
ep(
    "completions.create",
    variant="all params",
    # given out of the signature's order on purpose: the body follows the signature
    temperature=0.7,
    prompt=["Once upon a time", "In a galaxy far away"],
    model=INSTRUCT,
    best_of=2,
    echo=True,
    frequency_penalty=0.5,
    logit_bias={"50256": -100},
    logprobs=2,
    max_tokens=16,
    n=1,
    presence_penalty=-0.5,
    seed=1234,
    stop=["\n", "END"],
    suffix="The end.",
    top_p=0.9,
    user="user-1234",
    reply=Reply(
        json_body=text_completion(
            logprobs={
                "tokens": ["Once", " upon"],
                "token_logprobs": [-0.1, -0.2],
                "top_logprobs": [{"Once": -0.1, "In": -2.3}, {" upon": -0.2, " a": -3}],
                "text_offset": [0, 4],
            }
        )
    ),
)
ep(
    "completions.create",
    variant="token prompts and None values",
    model=INSTRUCT,
    prompt=[[1212, 318, 257, 1332], [40, 1101]],
    max_tokens=None,
    temperature=None,
    stop=None,
    suffix=None,
    echo=None,
    reply=Reply(json_body=text_completion(n=1)),
)
ep(
    "completions.create",
    variant="spec reply",
    model=INSTRUCT,
    prompt=[1212, 318, 257, 1332],
    reply=spec_reply("post", "/completions"),
    views=("plain", "raw"),
)
ep(
    "completions.create",
    variant="stream",
    model=INSTRUCT,
    prompt="Say this is a test",
    stream=True,
    max_tokens=7,
    reply=completion_stream(),
)
ep(
    "completions.create",
    variant="stream with usage",
    model=INSTRUCT,
    prompt="Once",
    stream=True,
    stream_options={"include_usage": True},
    reply=completion_stream_usage(),
)
ep(
    "completions.create",
    variant="stream=False",
    model=INSTRUCT,
    prompt="Say this is a test",
    stream=False,
    reply=Reply(json_body=text_completion()),
    views=("plain",),
)
ep(
    "completions.create",
    variant="extras",
    model=INSTRUCT,
    prompt="Say this is a test",
    extra_headers={"X-Trace-Id": "trace-42"},
    extra_query={"api-version": "preview"},
    extra_body={"logprobs": 1, "custom": {"nested": [1, 2]}},
    timeout=12.5,
    reply=Reply(json_body=text_completion()),
    views=("plain",),
)

stream_idioms(
    "completions.create(stream=True)",
    completion_stream,
    lambda client: client.completions.create(model=INSTRUCT, prompt="Say this is a test", stream=True),
)


@scenario(f"{PREFIX}completions.create stream: error event mid-stream")
def _completion_stream_error(ctx: Ctx) -> None:
    ctx.reply(
        sse(
            completion_chunk("This"),
            {"error": {"message": "The server had an error while processing your request.", "type": "server_error"}},
            done=True,
        )
    )
    stream = ctx.client().completions.create(model=INSTRUCT, prompt="Say this is a test", stream=True)
    ctx.record("events", drain(stream))


# ----------------------------------------------------------------------------- embeddings

EMBED_MODEL = "text-embedding-3-small"
VECTORS = [[0.0023064255, -0.009327292, 0.015797347, -0.0077780345], [0.1, -0.25, 0.5, 1.0]]


def b64(vector: List[float]) -> str:
    return base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode()


def embedding_reply(encoded: bool, vectors: List[List[float]] = VECTORS) -> Reply:
    return Reply(
        json_body={
            "object": "list",
            "data": [
                {"object": "embedding", "index": i, "embedding": b64(v) if encoded else v}
                for i, v in enumerate(vectors)
            ],
            "model": EMBED_MODEL,
            "usage": {"prompt_tokens": 8, "total_tokens": 8},
        },
        headers={"x-request-id": "req_embed"},
    )


ep(
    "embeddings.create",
    variant="default base64",
    input=["The food was delicious and the waiter...", "Lorem ipsum"],
    model=EMBED_MODEL,
    reply=embedding_reply(True),
)
ep(
    "embeddings.create",
    variant="float",
    input="The food was delicious and the waiter...",
    model=EMBED_MODEL,
    encoding_format="float",
    reply=embedding_reply(False, VECTORS[:1]),
)
ep(
    "embeddings.create",
    variant="explicit base64",
    input="The food was delicious and the waiter...",
    model=EMBED_MODEL,
    encoding_format="base64",
    reply=embedding_reply(True, VECTORS[:1]),
    views=("plain", "raw"),
)
ep(
    "embeddings.create",
    variant="token arrays",
    # out of order, with the keywords the official sends in its own order
    encoding_format="float",
    user="user-1234",
    dimensions=4,
    model=EMBED_MODEL,
    input=[[8144, 3691, 574, 18307], [43, 29700, 27439]],
    reply=embedding_reply(False),
)
ep(
    "embeddings.create",
    variant="token list default encoding",
    input=[8144, 3691, 574, 18307],
    model=EMBED_MODEL,
    dimensions=4,
    user="user-1234",
    reply=embedding_reply(True, VECTORS[:1]),
    views=("plain",),
)
ep(
    "embeddings.create",
    variant="float reply to default encoding",
    input="hello",
    model=EMBED_MODEL,
    reply=embedding_reply(False, VECTORS[:1]),
    views=("plain",),
)
ep(
    "embeddings.create",
    variant="empty data",
    input="hello",
    model=EMBED_MODEL,
    reply=Reply(
        json_body={"object": "list", "data": [], "model": EMBED_MODEL, "usage": {"prompt_tokens": 1, "total_tokens": 1}}
    ),
    views=("plain", "raw"),
)
ep(
    "embeddings.create",
    variant="spec reply",
    input="hello",
    model=EMBED_MODEL,
    encoding_format="float",
    reply=spec_reply("post", "/embeddings"),
    views=("plain",),
)

# ----------------------------------------------------------------------------- moderations

CATEGORIES = [
    "harassment",
    "harassment/threatening",
    "hate",
    "hate/threatening",
    "illicit",
    "illicit/violent",
    "self-harm",
    "self-harm/intent",
    "self-harm/instructions",
    "sexual",
    "sexual/minors",
    "violence",
    "violence/graphic",
]


def moderation_reply(flagged: bool = True, multimodal: bool = False) -> Reply:
    scores = {c: (0.8 if c == "violence" and flagged else 0.00012) for c in CATEGORIES}
    scores["hate"] = 1e-05
    return Reply(
        json_body={
            "id": "modr-0d9740456c391e43c445bf0f010940c7",
            "model": "omni-moderation-latest",
            "results": [
                {
                    "flagged": flagged,
                    "categories": {c: (flagged and c == "violence") for c in CATEGORIES},
                    "category_scores": scores,
                    "category_applied_input_types": {
                        c: (["text", "image"] if multimodal and c in ("violence", "self-harm") else ["text"])
                        for c in CATEGORIES
                    },
                }
            ],
        },
        headers={"x-request-id": "req_modr"},
    )


ep("moderations.create", variant="text", input="I want to kill them.", reply=moderation_reply())
ep(
    "moderations.create",
    variant="list and model",
    model="text-moderation-stable",
    input=["I want to kill them.", "Have a nice day"],
    reply=moderation_reply(False),
    views=("plain", "raw"),
)
ep(
    "moderations.create",
    variant="multimodal",
    model="omni-moderation-latest",
    input=[
        {"type": "text", "text": "...text to classify goes here..."},
        {"type": "image_url", "image_url": {"url": "https://example.com/image.png"}},
    ],
    reply=moderation_reply(True, multimodal=True),
)
ep(
    "moderations.create",
    variant="spec reply",
    input="hello",
    reply=spec_reply("post", "/moderations"),
    views=("plain",),
)


@scenario(f"{PREFIX}moderations categories by attribute and alias")
def _moderation_fields(ctx: Ctx) -> None:
    ctx.reply(moderation_reply(True, multimodal=True))
    result = ctx.client().moderations.create(input="I want to kill them.").results[0]
    ctx.note("violence", result.categories.violence)
    ctx.note("self_harm_intent", result.categories.self_harm_intent)
    ctx.note("violence_graphic score", result.category_scores.violence_graphic)
    ctx.note("applied", result.category_applied_input_types.self_harm)
    ctx.note("dump by alias", result.categories.model_dump(by_alias=True))
    ctx.note("dump", result.categories.model_dump())
    ctx.note("to_dict", result.category_scores.to_dict())


# ----------------------------------------------------------------------------- models


def model_obj(model_id: str, owned_by: str = "openai", created: int = 1686935002) -> Dict[str, Any]:
    return {"id": model_id, "object": "model", "created": created, "owned_by": owned_by}


FT_MODEL = "ft:gpt-4o-mini-2024-07-18:acme::9wXHmE2d"

ep("models.retrieve", "gpt-4o-mini", reply=Reply(json_body=model_obj("gpt-4o-mini", "system")))
ep(
    "models.retrieve",
    FT_MODEL,
    variant="fine-tuned id",
    reply=Reply(json_body=model_obj(FT_MODEL, "user-abc")),
    views=("plain",),
)
ep("models.retrieve", "gpt-4o", variant="spec reply", reply=spec_reply("get", "/models/{model}"), views=("plain",))
ep(
    "models.list",
    reply=Reply(
        json_body={
            "object": "list",
            "data": [model_obj("gpt-4o-mini", "system"), model_obj("whisper-1", "openai-internal", 1677532384)],
        },
        headers={"x-request-id": "req_models"},
    ),
)
ep("models.list", variant="spec reply", reply=spec_reply("get", "/models"), views=("plain",))
ep(
    "models.delete",
    FT_MODEL,
    reply=Reply(json_body={"id": FT_MODEL, "object": "model", "deleted": True}),
)
ep(
    "models.retrieve",
    "gpt-4o",
    variant="extra headers and query",
    extra_headers={"OpenAI-Organization": "org-override", "X-Custom": "1"},
    extra_query={"include": "capabilities"},
    reply=Reply(json_body=model_obj("gpt-4o", "system")),
    views=("plain",),
)


@scenario(f"{PREFIX}models.retrieve empty id")
def _models_empty(ctx: Ctx) -> None:
    ctx.call("retrieve('')", lambda: ctx.client().models.retrieve(""))
    ctx.call("delete('')", lambda: ctx.client().models.delete(""))


@scenario(f"{PREFIX}models.list page API")
def _models_page(ctx: Ctx) -> None:
    ctx.reply(
        Reply(json_body={"object": "list", "data": [model_obj("gpt-4o-mini"), model_obj("gpt-4o")]}),
    )
    page = ctx.client().models.list()
    ctx.note("type", type(page).__name__)
    ctx.see("data", page.data)
    ctx.see("object", page.object)
    ctx.note("has_next_page", page.has_next_page())
    ctx.note("next_page_info", page.next_page_info())
    ctx.note("ids via iter_pages", [[m.id for m in p.data] for p in page.iter_pages()])
    ctx.note("ids via for", [m.id for m in page])
    ctx.see("page", page)


@scenario(f"{PREFIX}models.list async paginator")
async def _models_async_page(ctx: Ctx) -> None:
    ctx.reply(
        Reply(json_body={"object": "list", "data": [model_obj("gpt-4o-mini"), model_obj("gpt-4o")]}),
        Reply(json_body={"object": "list", "data": [model_obj("gpt-4o-mini"), model_obj("gpt-4o")]}),
    )
    client = ctx.async_client()
    ids = []
    async for model in client.models.list():
        ids.append(model.id)
    ctx.note("async for", ids)
    page = await client.models.list()
    ctx.note("awaited type", type(page).__name__)
    ctx.note("has_next_page", page.has_next_page())
    ctx.see("data", page.data)
