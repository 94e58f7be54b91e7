"""What the stateful endpoint modules share: request bodies, lookups, deletions, settings and
progress over reads.

Progress: objects the API works on in the background (batches, vector store files, runs,
fine-tuning jobs, eval runs) advance one step each time a client reads them (a retrieve, or a
list that includes them), so a polling loop sees every status in turn and finishes without
waiting on a clock (a list reads the objects of the page it returns). How many reads an object takes is a setting, read from an attribute of the
fake with a default (`fake.batch_steps = 0` makes batches finish at creation):

    batch_steps         2   validating -> in_progress -> completed
    run_steps           2   queued -> in_progress -> completed / requires_action
    vector_store_steps  1   in_progress -> completed
    fine_tuning_steps   2   validating_files -> running -> succeeded
    eval_run_steps      1   queued -> completed

Replies about objects still in progress carry `openai-poll-after-ms: 1`, so the client's
polling helpers ask again at once even without a `poll_interval_ms`.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Sequence

from .._core import APIErrorReply, FakeCore, FakeRequest, Reply, Store, not_found

SETTINGS: Dict[str, int] = {
    "batch_steps": 2,
    "run_steps": 2,
    "vector_store_steps": 1,
    "fine_tuning_steps": 2,
    "eval_run_steps": 1,
}

# The hidden collection of objects still in progress: {"id": object id, "left": reads to go}.
_PROGRESS = "_progress"


def setting(fake: FakeCore, name: str) -> int:
    """The fake's value of `name` (see the module docstring), else the default."""
    return int(getattr(fake, name, SETTINGS[name]))


def start_progress(fake: FakeCore, id: str, setting_name: str) -> int:
    """Track `id` for as many reads as the setting says; returns that number (0: finish now)."""
    steps = max(setting(fake, setting_name), 0)
    if steps:
        fake.store(_PROGRESS).add({"id": id, "left": steps})
    return steps


def advance(fake: FakeCore, id: str) -> Optional[int]:
    """One read of `id`: the reads still to go after this one (0: finish now), or None when the
    object is not in progress (finished, cancelled, or never tracked)."""
    progress = fake.store(_PROGRESS)
    row = progress.items.get(id)
    if row is None:
        return None
    row["left"] -= 1
    if row["left"] <= 0:
        progress.delete(id)
        return 0
    return int(row["left"])


def stop_progress(fake: FakeCore, id: str) -> None:
    """Forget `id` (cancelled or finished by other means)."""
    fake.store(_PROGRESS).items.pop(id, None)


def in_progress(fake: FakeCore, id: str) -> bool:
    return id in fake.store(_PROGRESS)


def read_page(
    store: Store,
    request: FakeRequest,
    read: Callable[[Dict[str, Any]], Any],
    items: Optional[Iterable[Dict[str, Any]]] = None,
    **options: Any,
) -> Dict[str, Any]:
    """A page of `store` whose objects have each been read once (so advanced), as a
    retrieve would; objects on other pages are left as they are."""
    page = store.page(request, items=items, **options)
    for row in page["data"]:
        read(row)
    return page


def polled(obj: Dict[str, Any], busy: bool) -> Any:
    """`obj` as the reply, with the poll hint while the object is still being worked on."""
    return Reply(json=obj, headers={"openai-poll-after-ms": "1"}) if busy else obj


# -- request bodies ------------------------------------------------------------------------


def body_of(request: FakeRequest) -> Dict[str, Any]:
    """The JSON (or form) body as a dict; `{}` without a body; 400 for anything else."""
    if request.body is None:
        return {}
    if not isinstance(request.body, dict):
        raise APIErrorReply(400, "We could not parse the JSON body of your request.")
    return request.body  # type: ignore[no-any-return]


def require(body: Mapping[str, Any], name: str) -> Any:
    """`body[name]`, or the API's 400 for a missing required parameter."""
    value = body.get(name)
    if value is None:
        raise APIErrorReply(
            400, f"Missing required parameter: '{name}'.", param=name, code="missing_required_parameter"
        )
    return value


def check_enum(body: Mapping[str, Any], name: str, allowed: Sequence[str]) -> None:
    """400 when `body[name]` is given and not one of `allowed`."""
    value = body.get(name)
    if value is not None and value not in allowed:
        raise APIErrorReply(
            400,
            f"Invalid value: '{value}'. Supported values are: {', '.join(repr(a) for a in allowed)}.",
            param=name,
            code="invalid_value",
        )


def update(obj: Dict[str, Any], body: Mapping[str, Any], names: Iterable[str]) -> Dict[str, Any]:
    """Copy the given (non-missing) fields of an update request onto `obj`."""
    for name in names:
        if name in body:
            obj[name] = body[name]
    return obj


def deleted(id: str, object: str, id_field: str = "id") -> Dict[str, Any]:
    """The API's deletion answer."""
    return {id_field: id, "object": object, "deleted": True}


def child(store: Store, id: str, parent_field: str, parent_id: str) -> Dict[str, Any]:
    """An object of `store` that must belong to the given parent (else the API's 404)."""
    obj = store.items.get(id)
    if obj is None or obj.get(parent_field) != parent_id:
        raise not_found(store.kind, id)
    return obj


def children(store: Store, parent_field: str, parent_id: str) -> List[Dict[str, Any]]:
    return [obj for obj in store if obj.get(parent_field) == parent_id]


def text_of(content: Any) -> str:
    """The text of a message's content: a string, or a list of text parts of any flavour."""
    if isinstance(content, str):
        return content
    texts: List[str] = []
    for part in content or []:
        if isinstance(part, str):
            texts.append(part)
        elif isinstance(part, dict):
            text = part.get("text")
            if isinstance(text, dict):  # assistants' {"type": "text", "text": {"value": ...}}
                text = text.get("value")
            if isinstance(text, str):
                texts.append(text)
    return " ".join(texts)
