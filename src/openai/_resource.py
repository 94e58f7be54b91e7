"""Resources: one declarative `Endpoint` per API operation, and thin sync/async shells.

A resource method does nothing but hand its keyword arguments to `_call(ENDPOINT, kwargs)`.
`Endpoint` says everything else once -- verb, path, the params TypedDict, where each value
goes (JSON body, query, multipart), the result type, streaming and pagination -- so the sync
and async methods cannot drift apart. `_prepare` (shared by both) checks the arguments
before anything is sent: unknown or missing keywords raise `TypeError` naming them, empty
path parameters raise `ValueError`.

`with_raw_response` / `with_streaming_response` are `ResponseView`s: each endpoint method of
the resource, called with the official marker header (`X-Stainless-Raw-Response: true` /
`stream`) that tells the client to return a `LegacyAPIResponse` / a streamed `APIResponse`.
"""

from __future__ import annotations

import copy
import functools
import importlib
import sys
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple, Type, Union, cast
from urllib.parse import quote

import httpx
from typing_extensions import NotRequired, TypedDict

from ._constants import RAW_RESPONSE_HEADER
from ._files import extract_files
from ._request import FinalRequestOptions, to_json_ready
from ._response import AsyncResponseContextManager, ResponseContextManager
from ._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, ResponseMode, SyncAPIClient

__all__ = ["Endpoint", "RequestExtras", "SyncAPIResource", "AsyncAPIResource", "ResponseView", "lazy_resource"]


class RequestExtras(TypedDict, total=False):
    """Keywords every endpoint method accepts besides its own params."""

    extra_headers: NotRequired[Optional[Headers]]
    extra_query: NotRequired[Optional[Query]]
    extra_body: NotRequired[Optional[Body]]
    timeout: NotRequired[Union[float, httpx.Timeout, None, NotGiven]]


_EXTRAS = frozenset(RequestExtras.__annotations__)


class Endpoint:
    """The full description of one API operation."""

    __slots__ = (
        "method",
        "path",
        "cast_to",
        "params",
        "query",
        "query_keys",
        "files",
        "page",
        "stream_type",
        "headers",
        "defaults",
        "cast_for",
        "prepare",
        "post_parse",
        "_allowed",
        "_required",
        "_rank",
        "_required_args",
    )

    def __init__(
        self,
        method: str,
        path: str,
        *,
        cast_to: Any,
        params: Optional[type] = None,
        query: bool = False,
        query_keys: Tuple[str, ...] = (),
        files: Tuple[Tuple[str, ...], ...] = (),
        page: Optional[type] = None,
        stream_type: Any = None,
        headers: Optional[Mapping[str, str]] = None,
        defaults: Optional[Mapping[str, Any]] = None,
        cast_for: Optional[Callable[[Dict[str, Any]], Any]] = None,
        prepare: Optional[Callable[[Dict[str, Any]], Dict[str, Any]]] = None,
        post_parse: Optional[Callable[[Any, Dict[str, Any]], Any]] = None,
        order: Optional[Sequence[str]] = None,
        required_args: Optional[Sequence[Sequence[str]]] = None,
    ) -> None:
        self.method = method
        self.path = path
        self.cast_to = cast_to
        self.params = params
        self.query = query  # True: every param goes to the query string (GET, DELETE)
        self.query_keys = query_keys  # params that go to the query string of a POST
        self.files = files  # paths of file values: the body is sent as multipart
        self.page = page
        self.stream_type = stream_type
        self.headers = dict(headers or {})
        self.defaults = dict(defaults or {})
        # (the call's params) -> result type, when it depends on them (e.g. `response_format`)
        self.cast_for = cast_for
        # Helpers (e.g. `responses.parse`): rewrite the checked keywords into what the API takes
        # (a pydantic class into a JSON schema), then turn the parsed result into the richer
        # object (`ParsedResponse`); `post_parse` also runs for `.with_raw_response...parse()`.
        self.prepare = prepare  # (the call's params) -> params to send
        self.post_parse = post_parse  # (parsed result, the call's params) -> result
        keys = _typeddict_keys(params) if params is not None else set()
        if stream_type is not None:
            keys.add("stream")
        self._allowed = frozenset(keys | _EXTRAS)
        self._required = frozenset(getattr(params, "__required_keys__", ()) if params is not None else ())
        # The official methods send body and query keys in their signature's order: the required
        # parameters, then the optional ones, each group sorted by name -- unless `order` gives
        # the official body's own order (embeddings, the Assistants stream helpers).
        if order is None:
            order = sorted(self._required) + sorted(keys - self._required)
        self._rank: Dict[str, int] = {key: i for i, key in enumerate(order)}
        # The keyword combinations an overloaded method checks first (`required_args` upstream);
        # by default its required keywords, with and without `stream`.
        self._required_args = [list(v) for v in required_args] if required_args is not None else None

    def ordered(self, order: Sequence[str]) -> "Endpoint":
        """This endpoint, sending its body keys in `order` (keys not named follow)."""
        other = copy.copy(self)
        other._rank = {key: i for i, key in enumerate(order)}
        return other


def _typeddict_keys(td: type) -> set:
    keys: set = set()
    for klass in reversed(td.__mro__):
        keys.update(getattr(klass, "__annotations__", {}))
    return keys


def _check_kwargs(
    endpoint: Endpoint, kwargs: Mapping[str, Any], method_name: str, path_params: Mapping[str, Any] = {}
) -> None:
    """Raise `TypeError` for an unknown or a missing keyword, worded as the official methods
    (plain Python functions) word it; an unknown keyword also gets the closest valid name."""
    if endpoint.stream_type is not None:
        # Overloaded methods check their keyword combinations first (`required_args` upstream).
        _check_required_variants(endpoint, {**path_params, **kwargs})
    unknown = [k for k in kwargs if k not in endpoint._allowed]
    if unknown:
        name = unknown[0]
        import difflib  # only a mistaken call pays for importing it

        close = difflib.get_close_matches(name, sorted(endpoint._allowed), n=1)
        hint = f"; did you mean `{close[0]}`?" if close else ""
        raise TypeError(f"{method_name}() got an unexpected keyword argument '{name}'{hint}")
    missing = [k for k in sorted(endpoint._required) if k not in kwargs]
    if missing:
        count = len(missing)
        names = _join([f"'{m}'" for m in missing], oxford=True)
        plural = "s" if count > 1 else ""
        raise TypeError(f"{method_name}() missing {count} required keyword-only argument{plural}: {names}")


def _check_required_variants(endpoint: Endpoint, given: Mapping[str, Any]) -> None:
    required = sorted(endpoint._required)
    variants = endpoint._required_args or [required, sorted([*required, "stream"])]
    if any(all(k in given for k in variant) for variant in variants):
        return
    described = [f"({_join([repr(a) for a in v], final='and')})" for v in variants]
    raise TypeError(f"Missing required arguments; Expected either {_join(described)} arguments to be given")


def _join(items: List[str], *, final: str = "or", oxford: bool = False) -> str:
    """`a`, `a and b`, `a, b and c` (Python's own argument errors: `a, b, and c`)."""
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]} {'and' if oxford else final} {items[1]}"
    if oxford:
        return ", ".join(items[:-1]) + f", and {items[-1]}"
    return ", ".join(items[:-1]) + f" {final} {items[-1]}"


def check_call(endpoint: Endpoint, kwargs: Mapping[str, Any], method_name: str, **path_params: str) -> None:
    """The argument checks of `_prepare`, for helpers that send later (stream managers send when
    their `with` block is entered, but a bad keyword or an empty id must fail at the call)."""
    _check_kwargs(endpoint, kwargs, method_name, path_params)
    _format_path(endpoint.path, path_params)


def _format_path(template: str, path_params: Mapping[str, str]) -> str:
    values = {}
    for name, value in path_params.items():
        if not isinstance(value, str):
            raise TypeError(f"Expected `{name}` to be a string but received {type(value).__name__}")
        if not value:
            raise ValueError(f"Expected a non-empty value for `{name}` but received {value!r}")
        # Ids go in as they are, except characters that would change the URL's structure.
        values[name] = quote(value, safe=_PATH_SAFE)
    return template.format(**values)


_PATH_SAFE = ":@!$&'()*+,;=-._~"


def _prepare(
    endpoint: Endpoint, kwargs: Dict[str, Any], path_params: Mapping[str, str], method_name: str
) -> Tuple[FinalRequestOptions, bool]:
    """Check the arguments and turn them into request options; returns (options, stream)."""
    _check_kwargs(endpoint, kwargs, method_name, path_params)
    if endpoint.prepare is not None:
        kwargs = endpoint.prepare(kwargs)
    url = _format_path(endpoint.path, path_params) if path_params else endpoint.path
    extra_headers = kwargs.pop("extra_headers", None)
    extra_query = kwargs.pop("extra_query", None)
    extra_body = kwargs.pop("extra_body", None)
    timeout = kwargs.pop("timeout", NOT_GIVEN)
    for key, value in endpoint.defaults.items():
        if isinstance(kwargs.get(key, NOT_GIVEN), NotGiven):
            kwargs[key] = value
    rank = endpoint._rank
    ordered = sorted(kwargs, key=lambda k: rank.get(k, len(rank)))
    values = {k: kwargs[k] for k in ordered if not isinstance(kwargs[k], NotGiven)}
    stream = bool(values.get("stream")) if endpoint.stream_type is not None else False
    query: Dict[str, Any] = {}
    body: Any = None
    if endpoint.query:
        query = to_json_ready(values)
    else:
        for key in endpoint.query_keys:
            if key in values:
                query[key] = to_json_ready(values.pop(key))
        # An endpoint with body params sends `{}` when none is given, as the official client does.
        body = values if values or endpoint.params is not None else None
    files = extract_files(body, endpoint.files) if endpoint.files and body is not None else None
    if body is not None:
        body = to_json_ready(body)
    headers: Dict[str, Any] = dict(endpoint.headers)
    if endpoint.files:
        # As the official methods do: httpx replaces it with one that names the boundary.
        headers["Content-Type"] = "multipart/form-data"
    if extra_headers:
        headers.update(extra_headers)
    if extra_query:
        query.update(extra_query)
    options = FinalRequestOptions(
        method=endpoint.method,
        url=url,
        params=query,
        headers=headers or NOT_GIVEN,
        json_data=body,
        files=files,
        extra_json=extra_body,
        timeout=timeout,
    )
    return options, stream


class _APIResourceBase:
    _mode: "ResponseMode"
    _has_views = True  # `with_raw_response` / `with_streaming_response`
    # This resource's helper methods that its views leave out, besides `_NOT_IN_VIEWS`.
    _helpers: "frozenset[str]" = frozenset()

    def __init__(self, client: Any, mode: "ResponseMode" = "parsed") -> None:
        self._client = client
        self._mode = mode

    def _in_mode(self: Any, mode: "ResponseMode") -> Any:
        if mode == "raw":
            return self.with_raw_response
        if mode == "stream":
            return self.with_streaming_response
        return self

    def _cast(self, endpoint: Endpoint, sent: Dict[str, Any]) -> Any:
        return endpoint.cast_to if endpoint.cast_for is None else endpoint.cast_for(sent)

    def _request_args(self, endpoint: Endpoint, kwargs: Dict[str, Any], method_name: str, path_params: Any) -> Any:
        """(cast_to, options, stream, stream_cls): what `client.request` is called with."""
        sent = dict(kwargs)
        qualified = f"{type(self).__name__}.{method_name}"  # as Python names a method in its errors
        options, stream = _prepare(endpoint, kwargs, path_params, qualified)
        post_parse = endpoint.post_parse
        if post_parse is not None:
            options.post_parser = lambda value: post_parse(value, sent)
        stream_cls = None
        if endpoint.stream_type is not None:
            # Passed whether or not this call streams, as the official methods do.
            stream_cls = self._client._default_stream_cls[endpoint.stream_type]
        return self._cast(endpoint, sent), options, stream, stream_cls


class SyncAPIResource(_APIResourceBase):
    _client: "SyncAPIClient"

    @property
    def with_raw_response(self) -> Any:
        """The same methods, returning a `LegacyAPIResponse` (headers, status, `.parse()`)."""
        return _view(self, "raw")

    @property
    def with_streaming_response(self) -> Any:
        """The same methods, returning a context manager around a streamed `APIResponse`."""
        return _view(self, "stream")

    def _call(self, endpoint: Endpoint, kwargs: Dict[str, Any], method_name: str = "method", **path_params: str) -> Any:
        cast_to, options, stream, stream_cls = self._request_args(endpoint, kwargs, method_name, path_params)
        if endpoint.page is not None:
            return self._client._request_api_list(cast_to, cast(Any, endpoint.page)[cast_to], options)
        return self._client.request(cast_to, options, stream=stream, stream_cls=stream_cls)

    def _sleep(self, seconds: float) -> None:
        self._client._sleep(seconds)


class AsyncAPIResource(_APIResourceBase):
    _client: "AsyncAPIClient"

    @property
    def with_raw_response(self) -> Any:
        """The same methods, returning a `LegacyAPIResponse` (headers, status, `.parse()`)."""
        return _view(self, "raw")

    @property
    def with_streaming_response(self) -> Any:
        """The same methods, returning an async context manager around a streamed `AsyncAPIResponse`."""
        return _view(self, "stream")

    async def _call(
        self, endpoint: Endpoint, kwargs: Dict[str, Any], method_name: str = "method", **path_params: str
    ) -> Any:
        cast_to, options, stream, stream_cls = self._request_args(endpoint, kwargs, method_name, path_params)
        return await self._client.request(cast_to, options, stream=stream, stream_cls=stream_cls)

    def _list(self, endpoint: Endpoint, kwargs: Dict[str, Any], method_name: str = "list", **path_params: str) -> Any:
        """Paginated list: checks arguments now, sends when awaited or iterated."""
        cast_to, options, _, _ = self._request_args(endpoint, kwargs, method_name, path_params)
        return self._client._request_api_list(cast_to, cast(Any, endpoint.page)[cast_to], options)

    async def _sleep(self, seconds: float) -> None:
        await self._client._sleep(seconds)


# Helper methods that the official raw/streaming views do not offer (they wrap endpoint methods
# and `parse` only).
_NOT_IN_VIEWS = frozenset(
    {
        "stream",
        "poll",
        "create_and_poll",
        "create_and_stream",
        "create_and_run_poll",
        "create_and_run_stream",
        "submit_tool_outputs_and_poll",
        "submit_tool_outputs_stream",
        "upload",
        "upload_and_poll",
        "upload_file_chunked",
        "wait_for_processing",
        "connect",
    }
)


class ResponseView:
    """`resource.with_raw_response` / `.with_streaming_response`: the resource's endpoint methods,
    each calling the resource's own method with the view's marker header added (so wrappers
    installed on the method see these calls too), and its sub-resources as views.

    The marker (`RAW_RESPONSE_HEADER`) is sent, as the official client sends it; the client reads
    it back from the request to decide what to return ("true": `LegacyAPIResponse`, "stream": an
    unread `APIResponse`)."""

    def __init__(self, resource: _APIResourceBase, kind: str) -> None:
        self._resource = resource
        self._kind = kind  # "raw" or "stream"

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._resource, name)
        if isinstance(attr, _APIResourceBase):
            return _view(attr, self._kind)
        if name.startswith("_") and name != "_call":
            return attr
        if name in _NOT_IN_VIEWS or name in self._resource._helpers or not callable(attr):
            raise AttributeError(f"{type(self._resource).__name__}.{self._view_name()} has no attribute {name!r}")
        return self._wrap(attr, name)

    def _view_name(self) -> str:
        return "with_raw_response" if self._kind == "raw" else "with_streaming_response"

    def _wrap(self, method: Any, name: str) -> Any:
        marker = "true" if self._kind == "raw" else "stream"
        is_async = self._resource._client._is_async

        if name == "_call":  # internal callers (polling) pass the keywords as a dict

            def add_marker(endpoint: Endpoint, kwargs: Dict[str, Any], *args: Any, **ids: Any) -> Any:
                kwargs = {
                    **kwargs,
                    "extra_headers": {**(kwargs.get("extra_headers") or {}), RAW_RESPONSE_HEADER: marker},
                }
                return method(endpoint, kwargs, *args, **ids)

            return add_marker

        def marked(kwargs: Dict[str, Any]) -> Dict[str, Any]:
            return {**kwargs, "extra_headers": {**(kwargs.get("extra_headers") or {}), RAW_RESPONSE_HEADER: marker}}

        if self._kind == "raw" and not is_async:

            @functools.wraps(method)
            def raw(*args: Any, **kwargs: Any) -> Any:
                return method(*args, **marked(kwargs))

            return raw
        if self._kind == "raw":

            @functools.wraps(method)
            async def async_raw(*args: Any, **kwargs: Any) -> Any:
                return await method(*args, **marked(kwargs))

            return async_raw
        if not is_async:

            @functools.wraps(method)
            def streamed(*args: Any, **kwargs: Any) -> Any:
                return ResponseContextManager(functools.partial(method, *args, **marked(kwargs)))

            return streamed

        @functools.wraps(method)
        def async_streamed(*args: Any, **kwargs: Any) -> Any:
            return AsyncResponseContextManager(method(*args, **marked(kwargs)))

        return async_streamed

    def __dir__(self) -> Any:
        hidden = _NOT_IN_VIEWS | {"with_raw_response", "with_streaming_response"}
        return [n for n in dir(self._resource) if not n.startswith("_") and n not in hidden]


def _view(resource: _APIResourceBase, kind: str) -> Any:
    """The resource's view under its official class name (`CompletionsWithRawResponse`, declared
    next to the resource), else a plain `ResponseView`."""
    cls = type(resource)
    if not cls._has_views:  # e.g. webhooks: nothing to send, no views (as upstream)
        name = "with_raw_response" if kind == "raw" else "with_streaming_response"
        raise AttributeError(f"{cls.__name__!r} object has no attribute {name!r}")
    key = "_openai_raw_view" if kind == "raw" else "_openai_streaming_view"
    view_cls: Any = cls.__dict__.get(key)
    if view_cls is None:
        suffix = "WithRawResponse" if kind == "raw" else "WithStreamingResponse"
        module = sys.modules.get(cls.__module__)
        view_cls = getattr(module, cls.__name__ + suffix, None) or False
        setattr(cls, key, view_cls)
    return view_cls(resource) if view_cls else ResponseView(resource, kind)


class ClientView:
    """`client.with_raw_response` / `client.with_streaming_response`: the client's resources in
    another response mode."""

    def __init__(self, client: Any, mode: "ResponseMode") -> None:
        self._client = client
        self._view_mode = mode

    def __getattr__(self, name: str) -> Any:
        descriptor = getattr(type(self._client), name, None)
        if not _is_lazy_resource(descriptor):
            raise AttributeError(name)
        result = _view(getattr(self._client, name), "raw" if self._view_mode == "raw" else "stream")
        self.__dict__[name] = result
        return result

    def __dir__(self) -> Any:
        return [n for n in dir(type(self._client)) if _is_lazy_resource(getattr(type(self._client), n, None))]


def lazy_resource(module: str, name: str) -> Any:
    """A sub-resource attribute, imported and built on first access, then cached.

    Declared as `chat: Chat = lazy_resource("openai.resources.chat", "Chat")`: type checkers
    see `Chat`; at run time nothing is imported until the attribute is read.
    """

    def load(owner: Any) -> Any:
        cls = _resource_class(load)
        # A client builds resources in parsed mode; a resource passes its own mode down.
        return cls(owner._client, owner._mode) if isinstance(owner, _APIResourceBase) else cls(owner)

    load.__doc__ = f"The `{name}` resource."
    load._lazy_target = (module, name)  # type: ignore[attr-defined]
    return functools.cached_property(load)


def _is_lazy_resource(descriptor: Any) -> bool:
    return isinstance(descriptor, functools.cached_property) and hasattr(descriptor.func, "_lazy_target")


def _resource_class(load: Any) -> Type[Any]:
    module, name = load._lazy_target
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]
