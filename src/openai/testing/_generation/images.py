"""POST /images/generations, /images/edits, /images/variations.

Script keys: "images.generations", "images.edits", "images.variations". Every image is a tiny
valid PNG whose colour derives from the prompt; `response_format: "url"` answers with a URL on
the fake's host instead (the gpt-image models always answer with base64, as the API does).
"""

from __future__ import annotations

import base64
import hashlib
import struct
import zlib
from typing import Any, Dict

from .._core import ROUTES, APIErrorReply, FakeCore, FakeRequest, Reply
from ._common import count_tokens, resolve


def png_bytes(seed: str, size: int = 2) -> bytes:
    """A `size`x`size` PNG of one colour chosen by `seed`."""
    red, green, blue = hashlib.sha256(seed.encode()).digest()[:3]
    row = b"\x00" + bytes((red, green, blue)) * size
    raw = row * size

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def _images(fake: FakeCore, request: FakeRequest, endpoint: str, default_model: str) -> Any:
    scripted = resolve(fake, endpoint, request)
    if isinstance(scripted, Reply):
        return scripted
    body: Dict[str, Any] = request.body if isinstance(request.body, dict) else {}
    model = str(body.get("model") or default_model)
    prompt = str(body.get("prompt") or "")
    try:
        n = int(body.get("n") or 1)
    except (TypeError, ValueError):
        raise APIErrorReply(400, "Invalid 'n': expected an integer.", param="n") from None
    if not 1 <= n <= 10:
        raise APIErrorReply(400, f"Invalid 'n': integer must be between 1 and 10, got {n}.", param="n")
    as_url = body.get("response_format", "url" if model.startswith("dall-e") else "b64_json") == "url"
    if model.startswith("gpt-image"):
        as_url = False
    data = []
    for index in range(n):
        item: Dict[str, Any] = {}
        image_id = fake.new_id("img_")
        if as_url:
            item["url"] = f"https://images.fake.openai.test/{image_id}.png"
        else:
            item["b64_json"] = base64.b64encode(png_bytes(f"{prompt}#{index}")).decode()
        if model == "dall-e-3":
            item["revised_prompt"] = (scripted.text if scripted and scripted.text else None) or prompt
        data.append(item)
    result: Dict[str, Any] = {"created": fake.now(), "data": data}
    if model.startswith("gpt-image"):
        tokens = count_tokens(prompt)
        result["usage"] = {
            "input_tokens": tokens,
            "input_tokens_details": {"image_tokens": 0, "text_tokens": tokens},
            "output_tokens": 272 * n,
            "total_tokens": tokens + 272 * n,
        }
        result["size"] = body.get("size") if body.get("size") not in (None, "auto") else "1024x1024"
        result["quality"] = body.get("quality") if body.get("quality") not in (None, "auto") else "high"
        result["output_format"] = body.get("output_format") or "png"
        result["background"] = body.get("background") if body.get("background") not in (None, "auto") else "opaque"
    return result


@ROUTES.route("POST", "/images/generations")
def generate_images(fake: FakeCore, request: FakeRequest) -> Any:
    return _images(fake, request, "images.generations", "dall-e-2")


@ROUTES.route("POST", "/images/edits")
def edit_images(fake: FakeCore, request: FakeRequest) -> Any:
    return _images(fake, request, "images.edits", "dall-e-2")


@ROUTES.route("POST", "/images/variations")
def image_variations(fake: FakeCore, request: FakeRequest) -> Any:
    return _images(fake, request, "images.variations", "dall-e-2")
