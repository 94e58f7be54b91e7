"""How scenarios are written: `@scenario(name)` for a hand-written one, `endpoint(...)` for the
catalogue of resource methods (one call spec becomes sync, async, raw and streaming scenarios).

A scenario is a function of a `Ctx`. It scripts the server's replies (`ctx.reply(...)`), makes
calls through `ctx.client()` / `ctx.async_client()` (or the module client), and records what a
caller sees with `ctx.see(label, value)` / `ctx.call(label, fn)`. The runner records the requests
the server received. Both packages run the same scenario; `main.py` compares the two records.
"""

from __future__ import annotations

import contextlib
import inspect
import os
from typing import Any, Awaitable, Callable, Dict, Iterator, List, Optional, Sequence, Tuple, Union

from observe import describe, describe_exception, jsonable, type_name
from server import RecordingServer, Reply

__all__ = ["Ctx", "Scenario", "REGISTRY", "scenario", "endpoint", "Reply", "API_KEY"]

API_KEY = "sk-compat-0123456789"


class Scenario:
    def __init__(
        self, name: str, fn: Callable[["Ctx"], Any], *, is_async: bool, deviation: Optional[str] = None
    ) -> None:
        self.name = name
        self.fn = fn
        self.is_async = is_async
        # Set for a difference that COMPAT.md lists on purpose: the value is its anchor there.
        self.deviation = deviation


REGISTRY: List[Scenario] = []


def _register(s: Scenario) -> None:
    if any(other.name == s.name for other in REGISTRY):
        raise ValueError(f"duplicate scenario name {s.name!r}")
    REGISTRY.append(s)


def scenario(name: str, *, deviation: Optional[str] = None) -> Callable[[Callable[["Ctx"], Any]], Any]:
    """Register a hand-written scenario (a plain or an `async def` function of `ctx`)."""

    def register(fn: Callable[["Ctx"], Any]) -> Callable[["Ctx"], Any]:
        _register(Scenario(name, fn, is_async=inspect.iscoroutinefunction(fn), deviation=deviation))
        return fn

    return register


class Ctx:
    """What a scenario works with; one per runner, reset between scenarios."""

    def __init__(self, openai: Any, server: RecordingServer) -> None:
        self.openai = openai
        self.server = server
        self.base_url = f"http://127.0.0.1:{server.port}/v1"
        self.observations: List[List[Any]] = []
        self.sleeps: List[Any] = []
        self._clients: List[Any] = []
        self._shared: Dict[str, Any] = {}

    # ---- clients -------------------------------------------------------------------------

    def client(self, **kwargs: Any) -> Any:
        """An `OpenAI` client on the recording server; the shared one unless options are given."""
        return self._make("sync", self.openai.OpenAI, kwargs)

    def async_client(self, **kwargs: Any) -> Any:
        return self._make("async", self.openai.AsyncOpenAI, kwargs)

    def azure_client(self, **kwargs: Any) -> Any:
        return self._make("azure", self.openai.AzureOpenAI, kwargs, azure=True)

    def async_azure_client(self, **kwargs: Any) -> Any:
        return self._make("async-azure", self.openai.AsyncAzureOpenAI, kwargs, azure=True)

    def _make(self, key: str, cls: Any, kwargs: Dict[str, Any], azure: bool = False) -> Any:
        shared = not kwargs  # only a client made with no options at all is shared
        if shared and key in self._shared:
            return self._shared[key]
        if azure:
            kwargs.setdefault("azure_endpoint", f"http://127.0.0.1:{self.server.port}")
            kwargs.setdefault("api_version", "2024-10-21")
        else:
            kwargs.setdefault("base_url", self.base_url)
        kwargs.setdefault("api_key", API_KEY)
        made = cls(**kwargs)
        if shared:
            self._shared[key] = made
        else:
            self.track(made)
        return made

    def track(self, client: Any) -> Any:
        """A client the scenario made itself: closed when the scenario ends."""
        self._clients.append(client)
        return client

    # ---- server script -------------------------------------------------------------------

    def reply(self, *replies: Union[Reply, Callable[[Any], Reply]]) -> None:
        """Queue replies for the next requests, in order."""
        self.server.script(*replies)

    def default_reply(self, reply: Union[Reply, Callable[[Any], Reply], None]) -> None:
        """The reply for every request once the queue is empty."""
        self.server.default(reply)

    # ---- observations --------------------------------------------------------------------

    def see(self, label: str, value: Any) -> None:
        """Record what a caller sees of `value`."""
        self.observations.append([label, describe(value)])

    def note(self, label: str, value: Any) -> None:
        """Record a plain value (already what should be compared)."""
        self.observations.append([label, jsonable(value)])

    def call(self, label: str, fn: Callable[[], Any]) -> Any:
        """Call `fn`; record its result, or the exception it raised (returned, not re-raised)."""
        try:
            result = fn()
        except Exception as exc:
            self.observations.append([label, describe_exception(exc)])
            return exc
        self.see(label, result)
        return result

    async def acall(self, label: str, fn: Callable[[], Awaitable[Any]]) -> Any:
        try:
            result = await fn()
        except Exception as exc:
            self.observations.append([label, describe_exception(exc)])
            return exc
        self.see(label, result)
        return result

    @contextlib.contextmanager
    def env(self, **values: Optional[str]) -> Iterator[None]:
        """Environment variables set (or, with None, removed) for the block."""
        saved = {k: os.environ.get(k) for k in values}
        try:
            for key, value in values.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
            yield
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value

    def _finish(self) -> List[Any]:
        """Close the scenario's own clients (the shared ones live on); returns what to await."""
        pending = []
        for made in self._clients:
            closed = made.close()
            if inspect.isawaitable(closed):
                pending.append(closed)
        self._clients = []
        return pending


# ----------------------------------------------------------------------------- endpoint catalogue


def _resolve(root: Any, path: str, view: Optional[str]) -> Any:
    *owners, method = path.split(".")
    target = root
    for name in owners:
        target = getattr(target, name)
    if view is not None:
        target = getattr(target, view)
    return getattr(target, method)


def _consume(ctx: Ctx, label: str, value: Any) -> None:
    """Record `value`; a stream is read to its end and recorded event by event."""
    if hasattr(value, "__iter__") and hasattr(value, "response") and not isinstance(value, (list, dict)):
        events = []
        try:
            for event in value:
                events.append(describe(event))
        except Exception as exc:
            events.append(describe_exception(exc))
        ctx.observations.append([label, {"stream": type_name(value), "events": events}])
        ctx.note(label + " closed", value.response.is_closed)
        return
    ctx.see(label, value)


async def _aconsume(ctx: Ctx, label: str, value: Any) -> None:
    if hasattr(value, "__aiter__") and hasattr(value, "response"):
        events = []
        try:
            async for event in value:
                events.append(describe(event))
        except Exception as exc:
            events.append(describe_exception(exc))
        ctx.observations.append([label, {"stream": type_name(value), "events": events}])
        ctx.note(label + " closed", value.response.is_closed)
        return
    ctx.see(label, value)


ReplySpec = Union[Reply, Callable[[Any], Reply], Sequence[Union[Reply, Callable[[Any], Reply]]]]

VIEWS = ("plain", "raw", "streaming")


def endpoint(
    path: str,
    *args: Any,
    reply: ReplySpec,
    variant: str = "",
    views: Sequence[str] = VIEWS,
    deviation: Optional[str] = None,
    **kwargs: Any,
) -> None:
    """Register the scenarios of one call of a resource method (`"chat.completions.create"`):
    sync and async, plain and through `with_raw_response` / `with_streaming_response`.

    `args` are the positional arguments (path ids), `kwargs` the keywords, `reply` what the server
    answers (one reply, several in order, or a function of the request).
    """
    replies: Tuple[Any, ...] = tuple(reply) if isinstance(reply, (list, tuple)) else (reply,)
    base = path + (f":{variant}" if variant else "")
    for view in views:
        attr = {"plain": None, "raw": "with_raw_response", "streaming": "with_streaming_response"}[view]
        for is_async in (False, True):
            name = f"{base}[{'async ' if is_async else ''}{view}]"
            fn = _async_call if is_async else _sync_call
            _register(
                Scenario(
                    name,
                    _bind(fn, path, attr, args, kwargs, replies),
                    is_async=is_async,
                    deviation=deviation,
                )
            )


def _bind(fn: Any, path: str, view: Optional[str], args: Any, kwargs: Any, replies: Any) -> Any:
    if inspect.iscoroutinefunction(fn):

        async def run_async(ctx: Ctx) -> None:
            await fn(ctx, path, view, args, kwargs, replies)

        return run_async

    def run(ctx: Ctx) -> None:
        fn(ctx, path, view, args, kwargs, replies)

    return run


def _sync_call(ctx: Ctx, path: str, view: Optional[str], args: Any, kwargs: Any, replies: Any) -> None:
    ctx.reply(*replies)
    try:
        target = _resolve(ctx.client(), path, view)
        if view == "with_streaming_response":
            with target(*args, **kwargs) as response:
                ctx.see("response", response)
                _consume(ctx, "parsed", response.parse())
        elif view == "with_raw_response":
            response = target(*args, **kwargs)
            ctx.see("response", response)
            _consume(ctx, "parsed", response.parse())
        else:
            _consume(ctx, "result", target(*args, **kwargs))
    except Exception as exc:
        ctx.observations.append(["raised", describe_exception(exc)])


async def _async_call(ctx: Ctx, path: str, view: Optional[str], args: Any, kwargs: Any, replies: Any) -> None:
    ctx.reply(*replies)
    try:
        target = _resolve(ctx.async_client(), path, view)
        if view == "with_streaming_response":
            async with target(*args, **kwargs) as response:
                ctx.see("response", response)
                await _aconsume(ctx, "parsed", await response.parse())
        elif view == "with_raw_response":
            response = await target(*args, **kwargs)
            ctx.see("response", response)
            await _aconsume(ctx, "parsed", response.parse())
        else:
            await _aconsume(ctx, "result", await target(*args, **kwargs))
    except Exception as exc:
        ctx.observations.append(["raised", describe_exception(exc)])
