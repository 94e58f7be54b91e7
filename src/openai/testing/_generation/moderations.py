"""POST /moderations: flags inputs by keyword, deterministically. Script key: "moderations".

An input is flagged in a category when it contains one of that category's trigger words (so
tests can exercise both outcomes); every other score is near zero.
"""

from __future__ import annotations

from typing import Any, Dict, List

from .._core import ROUTES, FakeCore, FakeRequest, Reply
from ._common import resolve

ENDPOINT = "moderations"
CATEGORIES = (
    "harassment",
    "harassment/threatening",
    "hate",
    "hate/threatening",
    "illicit",
    "illicit/violent",
    "self-harm",
    "self-harm/instructions",
    "self-harm/intent",
    "sexual",
    "sexual/minors",
    "violence",
    "violence/graphic",
)
TRIGGERS = {
    "harassment": ("harass", "idiot"),
    "hate": ("hate",),
    "illicit": ("steal", "illegal"),
    "self-harm": ("self-harm", "hurt myself"),
    "sexual": ("sexual",),
    "violence": ("kill", "violence", "attack"),
}


def _parts(value: Any) -> List[Dict[str, str]]:
    """Each input as text (a multimodal list keeps text parts; images count as empty text)."""
    if isinstance(value, str):
        return [{"text": value, "kind": "text"}]
    result = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict):
            kind = "image" if item.get("type") == "image_url" else "text"
            result.append({"text": str(item.get("text", "")), "kind": kind})
        else:
            result.append({"text": str(item), "kind": "text"})
    return result


def _result(text: str, kind: str) -> Dict[str, Any]:
    low = text.lower()
    flagged = {c: any(word in low for word in TRIGGERS.get(c, ())) for c in CATEGORIES}
    scores = {c: (0.95 if flagged[c] else 0.0001) for c in CATEGORIES}
    applied = {c: ([kind] if kind == "text" or c in ("violence", "sexual", "self-harm") else []) for c in CATEGORIES}
    return {
        "flagged": any(flagged.values()),
        "categories": flagged,
        "category_scores": scores,
        "category_applied_input_types": applied,
    }


@ROUTES.route("POST", "/moderations")
def create_moderation(fake: FakeCore, request: FakeRequest) -> Any:
    scripted = resolve(fake, ENDPOINT, request)
    if isinstance(scripted, Reply):
        return scripted
    body: Dict[str, Any] = request.body if isinstance(request.body, dict) else {}
    parts = _parts(body.get("input"))
    if scripted is not None and scripted.text is not None:
        parts = [{"text": scripted.text, "kind": "text"}]  # a queued reply: moderate that text instead
    model = str(body.get("model") or "omni-moderation-latest")
    return {"id": fake.new_id("modr-"), "model": model, "results": [_result(p["text"], p["kind"]) for p in parts]}
