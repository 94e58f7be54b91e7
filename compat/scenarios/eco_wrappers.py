"""Wrappers installed the way tracing libraries install them (issue 16), and what they observe.

- `OpenAI.request` / `AsyncOpenAI.request` patched on the class (OpenInference): positional
  `cast_to` and `options`, keyword `stream` / `stream_cls`; raw responses parsed through the
  wrapper and their `_parsed_by_type` cache inspected.
- `client.request` replaced on the instance, swapping `stream_cls` for a subclass that overrides
  `__stream__` (logfire).
- Resource methods patched by class path, reading keywords and adding a header to
  `extra_headers` (OpenLLMetry, Langfuse, Weave, AgentOps).

Each scenario records what its wrapper saw (call by call) and what the caller got; both packages
must agree. Every patch is undone when the scenario ends.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any, Callable, Dict, Iterator, List

from dsl import Reply, scenario
from observe import jsonable
from server import sse

import openai

CHAT = {
    "id": "chatcmpl-w1",
    "object": "chat.completion",
    "created": 1700000000,
    "model": "gpt-4o-mini",
    "choices": [
        {
            "index": 0,
            "message": {"role": "assistant", "content": "Hi!", "refusal": None},
            "logprobs": None,
            "finish_reason": "stop",
        }
    ],
    "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
}
CHUNKS = [
    {
        "id": "chatcmpl-w2",
        "object": "chat.completion.chunk",
        "created": 1700000000,
        "model": "gpt-4o-mini",
        "choices": [{"index": 0, "delta": {"role": "assistant", "content": text}, "finish_reason": reason}],
    }
    for text, reason in (("Hel", None), ("lo", None), ("", "stop"))
]
EMBEDDING = {
    "object": "list",
    "data": [{"object": "embedding", "index": 0, "embedding": [0.5, 0.25]}],
    "model": "text-embedding-3-small",
    "usage": {"prompt_tokens": 1, "total_tokens": 1},
}
MODELS = {"object": "list", "data": [{"id": "gpt-4o", "object": "model", "created": 1, "owned_by": "openai"}]}
MESSAGES = [{"role": "user", "content": "Hello"}]


def _name(tp: Any) -> str:
    return getattr(tp, "__name__", None) or repr(tp)


def _options_seen(options: Any) -> Dict[str, Any]:
    headers = options.headers
    return {
        "type": type(options).__name__,
        "method": options.method,
        "url": options.url,
        "params": jsonable(dict(options.params)),
        "headers": jsonable(dict(headers)) if isinstance(headers, dict) else type(headers).__name__,
        "json_data": jsonable(options.json_data),
        "post_parser": callable(options.post_parser),
    }


@contextlib.contextmanager
def patched(owner: Any, name: str, make: Callable[[Any], Any]) -> Iterator[None]:
    """`owner.name` replaced by `make(original)` for the block."""
    original = owner.__dict__[name] if name in owner.__dict__ else getattr(owner, name)
    had_own = name in owner.__dict__
    setattr(owner, name, make(getattr(owner, name)))
    try:
        yield
    finally:
        if had_own:
            setattr(owner, name, original)
        else:
            delattr(owner, name)


def _request_tracer(seen: List[Any], is_async: bool = False) -> Callable[[Any], Any]:
    """OpenInference's shape: positional cast_to/options, result parsed if raw (for the async
    client, a raw response that is not a stream)."""

    def before(args: Any, kwargs: Any) -> Dict[str, Any]:
        cast_to, options = args[0], args[1]
        return {
            "positional": len(args),
            "cast_to": _name(cast_to),
            "options": _options_seen(options),
            "keywords": sorted(kwargs),
            "stream": kwargs.get("stream"),
            "stream_cls": _name(kwargs.get("stream_cls")),
        }

    def after(entry: Dict[str, Any], result: Any) -> Any:
        entry["result"] = type(result).__name__
        raw = hasattr(result, "parse") and hasattr(result, "_parsed_by_type")
        if raw and not (is_async and hasattr(result, "aclose")):
            parsed = result.parse()
            entry["parsed"] = type(parsed).__name__
            entry["cache"] = [_name(k) for k in result._parsed_by_type]
        seen.append(entry)
        return result

    def make(original: Any) -> Any:
        if is_async:

            async def request_async(self: Any, *args: Any, **kwargs: Any) -> Any:
                entry = before(args, kwargs)
                return after(entry, await original(self, *args, **kwargs))

            return request_async

        def request(self: Any, *args: Any, **kwargs: Any) -> Any:
            entry = before(args, kwargs)
            return after(entry, original(self, *args, **kwargs))

        return request

    return make


def _calls(ctx: Any, client: Any) -> None:
    """The calls every request tracer watches (sync client)."""
    ctx.reply(Reply(json_body=CHAT, headers={"x-request-id": "req_w1"}))
    ctx.call("create", lambda: client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES))
    ctx.reply(sse(*CHUNKS, done=True))
    ctx.call(
        "stream", lambda: list(client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, stream=True))
    )
    ctx.reply(Reply(json_body=CHAT))
    raw = client.chat.completions.with_raw_response.create(model="gpt-4o-mini", messages=MESSAGES)
    ctx.see("raw parsed", raw.parse())
    ctx.reply(sse(*CHUNKS, done=True))
    raw_stream = client.chat.completions.with_raw_response.create(model="gpt-4o-mini", messages=MESSAGES, stream=True)
    ctx.note("raw stream chunks", len(list(raw_stream.parse())))
    ctx.reply(Reply(json_body=EMBEDDING))
    ctx.call("embeddings", lambda: client.embeddings.create(model="text-embedding-3-small", input="hi"))
    ctx.reply(Reply(json_body=MODELS))
    ctx.call("models", lambda: client.models.list())
    ctx.reply(Reply(content=b"file bytes", content_type="application/octet-stream"))
    ctx.call("file content", lambda: client.files.content("file-1").content)


async def _async_calls(ctx: Any, client: Any) -> None:
    ctx.reply(Reply(json_body=CHAT, headers={"x-request-id": "req_w1"}))
    await ctx.acall("create", lambda: client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES))
    ctx.reply(sse(*CHUNKS, done=True))
    stream = await client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, stream=True)
    ctx.note("stream chunks", len([c async for c in stream]))
    ctx.reply(Reply(json_body=CHAT))
    raw = await client.chat.completions.with_raw_response.create(model="gpt-4o-mini", messages=MESSAGES)
    ctx.see("raw parsed", raw.parse())
    ctx.reply(Reply(json_body=EMBEDDING))
    await ctx.acall("embeddings", lambda: client.embeddings.create(model="text-embedding-3-small", input="hi"))
    ctx.reply(Reply(json_body=MODELS))
    page = await client.models.list()
    ctx.see("models", page)


@scenario("eco: OpenAI.request patched on the class (OpenInference)")
def _(ctx: Any) -> None:
    seen: List[Any] = []
    client = ctx.client(max_retries=0)
    with patched(ctx.openai.OpenAI, "request", _request_tracer(seen)):
        _calls(ctx, client)
    ctx.note("tracer saw", seen)


@scenario("eco: AzureOpenAI inherits the OpenAI.request patch")
def _(ctx: Any) -> None:
    seen: List[Any] = []
    client = ctx.azure_client(max_retries=0, azure_deployment="dep")
    with patched(ctx.openai.OpenAI, "request", _request_tracer(seen)):
        ctx.reply(Reply(json_body=CHAT))
        ctx.call("create", lambda: client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES))
    ctx.note("tracer saw", seen)


@scenario("eco: AsyncOpenAI.request patched on the class (OpenInference)")
async def _(ctx: Any) -> None:
    seen: List[Any] = []
    client = ctx.async_client(max_retries=0)
    with patched(ctx.openai.AsyncOpenAI, "request", _request_tracer(seen, is_async=True)):
        await _async_calls(ctx, client)
    ctx.note("tracer saw", seen)


def _logfire_style(seen: List[Any], original: Any) -> Any:
    """Replaces `client.request` on the instance; streams get a `stream_cls` subclass whose
    `__stream__` records every chunk (logfire's shape: it reads `kwargs['stream']`)."""

    def request(*args: Any, **kwargs: Any) -> Any:
        options = kwargs.get("options") or args[-1]
        entry: Dict[str, Any] = {"url": options.url, "stream": kwargs["stream"], "body": jsonable(options.json_data)}
        if kwargs["stream"]:
            base = kwargs["stream_cls"]

            class Instrumented(base):  # type: ignore[misc, valid-type]
                def __stream__(self) -> Any:
                    for chunk in super().__stream__():
                        entry.setdefault("chunks", []).append(type(chunk).__name__)
                        yield chunk

            kwargs["stream_cls"] = Instrumented
        seen.append(entry)
        return original(*args, **kwargs)

    return request


@scenario("eco: client.request replaced on the instance with a stream_cls subclass (logfire)")
def _(ctx: Any) -> None:
    seen: List[Any] = []
    client = ctx.client(max_retries=0)
    client.request = _logfire_style(seen, client.request)
    ctx.reply(Reply(json_body=CHAT))
    ctx.call("create", lambda: client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES))
    ctx.reply(sse(*CHUNKS, done=True))
    stream = client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, stream=True)
    ctx.note("stream type", type(stream).__name__)
    ctx.see("chunks", list(stream))
    ctx.reply(sse(*CHUNKS, done=True))
    with client.chat.completions.stream(model="gpt-4o-mini", messages=MESSAGES) as helper:
        ctx.note("helper events", [event.type for event in helper])
    ctx.note("wrapper saw", seen)


def _method_tracer(seen: List[Any], label: str, is_async: bool = False) -> Callable[[Any], Any]:
    """OpenLLMetry / Langfuse shape: keyword arguments read, a header added to `extra_headers`,
    the original called with keywords only."""

    def before(kwargs: Dict[str, Any]) -> None:
        seen.append(
            {
                "method": label,
                "keywords": sorted(kwargs),
                "stream": jsonable(kwargs.get("stream")),
                "extra_headers": jsonable(kwargs.get("extra_headers")),
            }
        )
        kwargs["extra_headers"] = {**(kwargs.get("extra_headers") or {}), "traceparent": "00-trace-span-01"}

    def make(original: Any) -> Any:
        if is_async:

            async def traced_async(self: Any, *args: Any, **kwargs: Any) -> Any:
                before(kwargs)
                return await original(self, *args, **kwargs)

            return traced_async

        def traced(self: Any, *args: Any, **kwargs: Any) -> Any:
            before(kwargs)
            return original(self, *args, **kwargs)

        return traced

    return make


@scenario("eco: resource methods patched by class path (OpenLLMetry, Langfuse, Weave)")
def _(ctx: Any) -> None:
    from openai.resources.chat.completions import Completions
    from openai.resources.embeddings import Embeddings

    seen: List[Any] = []
    client = ctx.client(max_retries=0)
    with (
        patched(Completions, "create", _method_tracer(seen, "chat.create")),
        patched(Completions, "parse", _method_tracer(seen, "chat.parse")),
        patched(Embeddings, "create", _method_tracer(seen, "embeddings.create")),
    ):
        ctx.reply(Reply(json_body=CHAT))
        ctx.call("create", lambda: client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES))
        ctx.reply(Reply(json_body=CHAT))
        raw = client.chat.completions.with_raw_response.create(model="gpt-4o-mini", messages=MESSAGES)
        ctx.see("raw parsed", raw.parse())
        ctx.reply(sse(*CHUNKS, done=True))
        with client.chat.completions.with_streaming_response.create(
            model="gpt-4o-mini", messages=MESSAGES, stream=True
        ) as response:
            ctx.note("streamed chunks", len(list(response.parse())))
        ctx.reply(sse(*CHUNKS, done=True))
        with client.chat.completions.stream(model="gpt-4o-mini", messages=MESSAGES) as helper:
            ctx.note("helper text", helper.get_final_completion().choices[0].message.content)
        ctx.reply(Reply(json_body=CHAT))
        ctx.call(
            "parse", lambda: client.chat.completions.parse(model="gpt-4o-mini", messages=MESSAGES).choices[0].message
        )
        ctx.reply(Reply(json_body=EMBEDDING))
        ctx.call("embeddings", lambda: client.embeddings.create(model="text-embedding-3-small", input="hi"))
    ctx.note("tracer saw", seen)


@scenario("eco: async resource methods patched by class path")
async def _(ctx: Any) -> None:
    from openai.resources.chat.completions import AsyncCompletions

    seen: List[Any] = []
    client = ctx.async_client(max_retries=0)
    with patched(AsyncCompletions, "create", _method_tracer(seen, "chat.create", is_async=True)):
        ctx.reply(Reply(json_body=CHAT))
        await ctx.acall("create", lambda: client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES))
        ctx.reply(Reply(json_body=CHAT))
        raw = await client.chat.completions.with_raw_response.create(model="gpt-4o-mini", messages=MESSAGES)
        ctx.see("raw parsed", raw.parse())
        ctx.reply(sse(*CHUNKS, done=True))
        async with client.chat.completions.stream(model="gpt-4o-mini", messages=MESSAGES) as helper:
            final = await helper.get_final_completion()
            ctx.note("helper text", final.choices[0].message.content)
    ctx.note("tracer saw", seen)


@scenario(
    "eco: instance attribute replaces a resource method (Instructor)", deviation="async-methods-are-coroutine-functions"
)
def _(ctx: Any) -> None:
    import inspect

    client = ctx.async_client(max_retries=0)
    ctx.note("async create is a coroutine function", inspect.iscoroutinefunction(client.chat.completions.create))
    sync_client = ctx.client(max_retries=0)
    original = sync_client.chat.completions.create
    calls: List[str] = []

    def replacement(*args: Any, **kwargs: Any) -> Any:
        calls.append(json.dumps(sorted(kwargs)))
        return original(*args, **kwargs)

    sync_client.chat.completions.create = replacement
    ctx.reply(Reply(json_body=CHAT))
    ctx.call("create", lambda: sync_client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES))
    ctx.note("same resource object", sync_client.chat.completions is sync_client.chat.completions)
    ctx.note("calls", calls)


@scenario("eco: isinstance checks tracers make")
def _(ctx: Any) -> None:
    from openai._legacy_response import LegacyAPIResponse
    from openai._response import APIResponse

    client = ctx.client(max_retries=0)
    ctx.reply(Reply(json_body=CHAT))
    raw = client.chat.completions.with_raw_response.create(model="gpt-4o-mini", messages=MESSAGES)
    ctx.note("raw is LegacyAPIResponse", isinstance(raw, LegacyAPIResponse))
    ctx.reply(sse(*CHUNKS, done=True))
    stream = client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, stream=True)
    ctx.note("stream is openai.Stream", isinstance(stream, openai.Stream))
    stream.close()
    ctx.reply(Reply(json_body=CHAT))
    with client.chat.completions.with_streaming_response.create(model="gpt-4o-mini", messages=MESSAGES) as response:
        ctx.note("streamed is APIResponse", isinstance(response, APIResponse))
