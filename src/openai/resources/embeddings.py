"""`/embeddings`: vectors for text or tokens.

Like the official client, when the caller picks no `encoding_format` we ask for base64 (a
quarter of the bytes on the wire) and decode it back to floats in the parsed result.
"""

from __future__ import annotations

import base64
from array import array
from typing import Any, Dict

from typing_extensions import Unpack

from .._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven
from ..types.create_embedding_response import CreateEmbeddingResponse
from ..types.embedding_create_params import EmbeddingCreateParams

__all__ = ["Embeddings", "AsyncEmbeddings"]


def _decode_base64(result: Any, sent: Dict[str, Any]) -> Any:
    # An explicit `encoding_format=NOT_GIVEN` (wrappers forward it) is no choice: we sent base64.
    if not isinstance(sent.get("encoding_format", NOT_GIVEN), NotGiven):
        return result  # the caller chose a format: leave the result as the server sent it
    for item in getattr(result, "data", None) or ():
        if isinstance(getattr(item, "embedding", None), str):
            item.embedding = array("f", base64.b64decode(item.embedding)).tolist()
    return result


CREATE = Endpoint(
    "post",
    "/embeddings",
    cast_to=CreateEmbeddingResponse,
    params=EmbeddingCreateParams,
    defaults={"encoding_format": "base64"},
    post_parse=_decode_base64,
)


class EmbeddingCreateArgs(EmbeddingCreateParams, RequestExtras, total=False):
    """The keywords of `embeddings.create`."""


class Embeddings(SyncAPIResource):
    def create(self, **kw: Unpack[EmbeddingCreateArgs]) -> CreateEmbeddingResponse:
        """Embed `input` with `model`."""
        return self._call(CREATE, dict(kw), "create")


class AsyncEmbeddings(AsyncAPIResource):
    async def create(self, **kw: Unpack[EmbeddingCreateArgs]) -> CreateEmbeddingResponse:
        """Embed `input` with `model`."""
        return await self._call(CREATE, dict(kw), "create")
