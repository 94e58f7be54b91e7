"""POST /completions, the legacy text completions (plain and streamed). Script key: "completions"."""

from __future__ import annotations

from typing import Any, Dict, Iterator, List

from .._core import ROUTES, SSE, APIErrorReply, FakeCore, FakeRequest, Reply
from ._common import count_tokens, default_outcome, pieces, resolve

ENDPOINT = "completions"


def _prompts(prompt: Any) -> List[str]:
    if isinstance(prompt, str):
        return [prompt]
    if isinstance(prompt, list) and prompt and all(isinstance(p, int) for p in prompt):
        return [" ".join(str(t) for t in prompt)]  # one prompt given as token ids
    if isinstance(prompt, list):
        return [p if isinstance(p, str) else " ".join(str(t) for t in p) for p in prompt]
    raise APIErrorReply(400, "Invalid 'prompt': expected a string or an array.", param="prompt")


@ROUTES.route("POST", "/completions")
def create_completion(fake: FakeCore, request: FakeRequest) -> Any:
    body: Dict[str, Any] = request.body if isinstance(request.body, dict) else {}
    prompts = _prompts(body.get("prompt"))
    n = body.get("n") or 1
    scripted = resolve(fake, ENDPOINT, request)
    if isinstance(scripted, Reply):
        return scripted
    texts = []
    for prompt in prompts:
        outcome = scripted or default_outcome(prompt)
        text = outcome.text if outcome.text is not None else outcome.refusal or ""
        texts.extend([(prompt + text) if body.get("echo") else text] * n)
    prompt_tokens = sum(count_tokens(p) for p in prompts)
    completion_tokens = sum(count_tokens(t) for t in texts)
    usage = {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }
    head = {
        "id": fake.new_id("cmpl-"),
        "object": "text_completion",
        "created": fake.now(),
        "model": str(body.get("model")),
    }
    head["system_fingerprint"] = "fp_fake"
    if body.get("stream"):
        include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
        return Reply(events=_stream(head, texts, usage if include_usage else None))
    choices = [{"text": t, "index": i, "logprobs": None, "finish_reason": "stop"} for i, t in enumerate(texts)]
    return dict(head, choices=choices, usage=usage)


def _stream(head: Dict[str, Any], texts: List[str], usage: Any) -> Iterator[SSE]:
    for index, text in enumerate(texts):
        for piece in pieces(text):
            yield SSE(dict(head, choices=[{"text": piece, "index": index, "logprobs": None, "finish_reason": None}]))
        yield SSE(dict(head, choices=[{"text": "", "index": index, "logprobs": None, "finish_reason": "stop"}]))
    if usage is not None:
        yield SSE(dict(head, choices=[], usage=usage))
    yield SSE("[DONE]")
