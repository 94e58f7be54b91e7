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
import io
import os
import warnings
from typing import Any, Awaitable, Callable, Dict, Iterator, List, Optional, Sequence, Tuple, Union

from helpers import adrain, drain
from observe import describe, describe_exception, jsonable, type_name
from server import RecordingServer, Reply

__all__ = ["Ctx", "Scenario", "REGISTRY", "scenario", "endpoint", "Reply", "API_KEY", "caught_warnings", "warning_list"]

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
        """An `OpenAI` client on the recording server with the compat API key: the shared one
        when no options are given, else a new one closed when the scenario ends."""
        return self._make("sync", self.openai.OpenAI, kwargs)

    def async_client(self, **kwargs: Any) -> Any:
        return self._make("async", self.openai.AsyncOpenAI, kwargs)

    def azure_client(self, **kwargs: Any) -> Any:
        return self._make("azure", self.openai.AzureOpenAI, kwargs)

    def async_azure_client(self, **kwargs: Any) -> Any:
        return self._make("async-azure", self.openai.AsyncAzureOpenAI, kwargs)

    def _make(self, key: str, cls: Any, kwargs: Dict[str, Any]) -> Any:
        if kwargs:  # only a client made with no options at all is shared
            return self.fresh_client(cls, **{"api_key": API_KEY, **kwargs})
        if key not in self._shared:
            self._shared[key] = cls(**self._address(cls, {"api_key": API_KEY}))
        return self._shared[key]

    def fresh_client(self, cls: Any, **kwargs: Any) -> Any:
        """A new client of class `cls` (`ctx.openai.OpenAI`, `openai.AzureOpenAI`...) with exactly
        the options given (no API key added, unlike `ctx.client(...)`) plus the recording server's
        address: `base_url`, or for the Azure classes `azure_endpoint` and `api_version`. Closed
        when the scenario ends."""
        return self.track(cls(**self._address(cls, kwargs)))

    def _address(self, cls: Any, kwargs: Dict[str, Any]) -> Dict[str, Any]:
        if "Azure" in cls.__name__:
            kwargs.setdefault("azure_endpoint", f"http://127.0.0.1:{self.server.port}")
            kwargs.setdefault("api_version", "2024-10-21")
        else:
            kwargs.setdefault("base_url", self.base_url)
        return kwargs

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

    def record(self, label: str, data: Any) -> None:
        """Record an observation already in its compared form (e.g. a list of `describe(...)`)."""
        self.observations.append([label, data])

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

    def warnings(self, label: str, fn: Callable[[], Any]) -> Any:
        """`ctx.call(label, fn)`, then the warnings it emitted as `label + " warnings"`."""
        with caught_warnings() as caught:
            result = self.call(label, fn)
        self.note(label + " warnings", warning_list(caught))
        return result

    async def awarnings(self, label: str, fn: Callable[[], Awaitable[Any]]) -> Any:
        with caught_warnings() as caught:
            result = await self.acall(label, fn)
        self.note(label + " warnings", warning_list(caught))
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


@contextlib.contextmanager
def caught_warnings() -> Iterator[List[Any]]:
    """Every warning the block emits (the filter set to "always"), as `catch_warnings` records them."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield caught


def warning_list(caught: List[Any], *, resource: bool = True) -> List[List[str]]:
    """[[category name, message], ...]; without `ResourceWarning`s (garbage-collection noise)
    when `resource` is false."""
    return [[w.category.__name__, str(w.message)] for w in caught if resource or w.category is not ResourceWarning]


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
        _record_stream(ctx, label, value, drain(value))
    else:
        ctx.see(label, value)


async def _aconsume(ctx: Ctx, label: str, value: Any) -> None:
    if hasattr(value, "__aiter__") and hasattr(value, "response"):
        _record_stream(ctx, label, value, await adrain(value))
    else:
        ctx.see(label, value)


def _record_stream(ctx: Ctx, label: str, stream: Any, events: List[Any]) -> None:
    ctx.record(label, {"stream": type_name(stream), "events": events})
    ctx.note(label + " closed", stream.response.is_closed)


ReplySpec = Union[Reply, Callable[[Any], Reply], Sequence[Union[Reply, Callable[[Any], Reply]]]]
Arguments = Tuple[Tuple[Any, ...], Dict[str, Any]]

VIEWS = ("plain", "raw", "streaming")
_VIEW_ATTRS = {"plain": None, "raw": "with_raw_response", "streaming": "with_streaming_response"}


def endpoint(
    path: str,
    *args: Any,
    reply: ReplySpec,
    variant: str = "",
    views: Sequence[str] = VIEWS,
    prefix: str = "",
    make: Optional[Callable[[], Arguments]] = None,
    deviation: Optional[str] = None,
    **kwargs: Any,
) -> None:
    """Register the scenarios of one call of a resource method (`"chat.completions.create"`):
    sync and async, plain and through `with_raw_response` / `with_streaming_response`, named
    `{prefix}{path}[:{variant}][{view}]`.

    `args` are the positional arguments (path ids), `kwargs` the keywords, `reply` what the server
    answers (one reply, several in order, or a function of the request). With `make`, the
    arguments are built anew for every run as `make() -> (args, kwargs)` (open files, `BytesIO`:
    objects a first run would consume or close), and file objects among the keywords are closed
    afterwards. `deviation` marks every registered scenario with that COMPAT.md anchor.
    """
    replies: Tuple[Any, ...] = tuple(reply) if isinstance(reply, (list, tuple)) else (reply,)
    base = prefix + path + (f":{variant}" if variant else "")
    for view in views:
        for is_async in (False, True):
            name = f"{base}[{'async ' if is_async else ''}{view}]"
            run = _bind(is_async, path, _VIEW_ATTRS[view], args, kwargs, replies, make)
            _register(Scenario(name, run, is_async=is_async, deviation=deviation))


def _close_files(kwargs: Dict[str, Any]) -> None:
    def walk(value: Any) -> None:
        if isinstance(value, io.IOBase):
            value.close()
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)

    for value in kwargs.values():
        walk(value)


def _bind(
    is_async: bool, path: str, view: Optional[str], args: Any, kwargs: Any, replies: Any, make: Any
) -> Callable[[Ctx], Any]:
    if is_async:

        async def run_async(ctx: Ctx) -> None:
            a, k = make() if make else (args, kwargs)
            try:
                await _async_call(ctx, path, view, a, k, replies)
            finally:
                if make:
                    _close_files(k)

        return run_async

    def run(ctx: Ctx) -> None:
        a, k = make() if make else (args, kwargs)
        try:
            _sync_call(ctx, path, view, a, k, replies)
        finally:
            if make:
                _close_files(k)

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
