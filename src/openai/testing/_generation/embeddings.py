"""POST /embeddings: a unit vector per input, seeded by the input's text. Script key: "embeddings".

The same text always embeds to the same vector, so similarity tests are stable; the dimension
is the model's (1536, or 3072 for text-embedding-3-large) unless `dimensions` asks for fewer.
"""

from __future__ import annotations

import base64
import hashlib
import math
import struct
from typing import Any, Dict, List

from .._core import ROUTES, APIErrorReply, FakeCore, FakeRequest, Reply
from ._common import count_tokens, resolve

ENDPOINT = "embeddings"
_DIMENSIONS = {"text-embedding-3-large": 3072, "text-embedding-3-small": 1536, "text-embedding-ada-002": 1536}


def embedding_vector(text: str, dimensions: int) -> List[float]:
    """The fake's embedding of `text`: deterministic, unit length, `dimensions` floats."""
    raw = hashlib.shake_256(text.encode()).digest(2 * dimensions)
    values = [v - 32767.5 for v in struct.unpack(f"<{dimensions}H", raw)]
    norm = math.sqrt(sum(v * v for v in values)) or 1.0
    # float32 rounding, as the API's vectors are float32 on the wire too.
    return list(struct.unpack(f"<{dimensions}f", struct.pack(f"<{dimensions}f", *(v / norm for v in values))))


def _inputs(value: Any) -> List[str]:
    if isinstance(value, str):
        items: List[Any] = [value]
    elif isinstance(value, list) and value and all(isinstance(v, int) for v in value):
        items = [" ".join(map(str, value))]  # one input given as token ids
    elif isinstance(value, list) and value:
        items = [v if isinstance(v, str) else " ".join(map(str, v)) for v in value]
    else:
        raise APIErrorReply(
            400,
            "'$.input' is invalid. Please check the API reference: https://platform.openai.com/docs/api-reference.",
            param="input",
        )
    if any(item == "" for item in items):
        raise APIErrorReply(
            400,
            "'$.input' is invalid. Please check the API reference: https://platform.openai.com/docs/api-reference.",
            param="input",
        )
    return items


@ROUTES.route("POST", "/embeddings")
def create_embeddings(fake: FakeCore, request: FakeRequest) -> Any:
    body: Dict[str, Any] = request.body if isinstance(request.body, dict) else {}
    scripted = resolve(fake, ENDPOINT, request)
    if isinstance(scripted, Reply):
        return scripted
    inputs = _inputs(body.get("input"))
    model = str(body.get("model"))
    dimensions = body.get("dimensions") or _DIMENSIONS.get(model, 1536)
    if not isinstance(dimensions, int) or dimensions < 1:
        raise APIErrorReply(
            400, f"Invalid 'dimensions': expected a positive integer, got {dimensions!r}.", param="dimensions"
        )
    as_base64 = body.get("encoding_format") == "base64"
    data = []
    for index, text in enumerate(inputs):
        vector = embedding_vector(text, dimensions)
        embedding: Any = base64.b64encode(struct.pack(f"<{dimensions}f", *vector)).decode() if as_base64 else vector
        data.append({"object": "embedding", "index": index, "embedding": embedding})
    tokens = sum(count_tokens(text) for text in inputs)
    return {"object": "list", "data": data, "model": model, "usage": {"prompt_tokens": tokens, "total_tokens": tokens}}
