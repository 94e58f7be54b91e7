"""GET /models, /models/{id}; DELETE /models/{id} (fine-tuned models only)."""

from __future__ import annotations

from typing import Any, Dict

from .._core import ROUTES, APIErrorReply, FakeCore, FakeRequest, not_found

BUILTIN_MODELS = ("gpt-4o", "gpt-4o-mini", "gpt-4.1", "o3-mini", "text-embedding-3-small", "whisper-1", "tts-1")


def _model(id: str) -> Dict[str, Any]:
    return {"id": id, "object": "model", "created": 1_700_000_000, "owned_by": "openai"}


@ROUTES.route("GET", "/models")
def list_models(fake: FakeCore, request: FakeRequest) -> Dict[str, Any]:
    data = [_model(id) for id in BUILTIN_MODELS] + list(fake.store("models", "model"))
    return {"object": "list", "data": data}


@ROUTES.route("GET", "/models/{model}")
def retrieve_model(fake: FakeCore, request: FakeRequest, model: str) -> Dict[str, Any]:
    if model in BUILTIN_MODELS:
        return _model(model)
    return fake.store("models", "model").get(model)


@ROUTES.route("DELETE", "/models/{model}")
def delete_model(fake: FakeCore, request: FakeRequest, model: str) -> Dict[str, Any]:
    if model in BUILTIN_MODELS:
        raise APIErrorReply(
            403, "You have insufficient permissions to delete this model.", type="invalid_request_error"
        )
    if model not in fake.store("models", "model"):
        raise not_found("model", model)
    fake.store("models", "model").delete(model)
    return {"id": model, "object": "model", "deleted": True}
