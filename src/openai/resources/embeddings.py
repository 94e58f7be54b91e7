"""`/embeddings`: vectors for text or tokens.

Like the official client, when the caller picks no `encoding_format` we ask for base64 (a
quarter of the bytes on the wire) and decode it back to floats in the parsed result.
"""

from __future__ import annotations

import base64
from array import array
from typing import TYPE_CHECKING, Any, Dict

from typing_extensions import Unpack

from .._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from .._typed_views import (
    RawView,
    StreamingView,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, NotGiven
from ..types.create_embedding_response import CreateEmbeddingResponse
from ..types.embedding_create_params import EmbeddingCreateKwargs

__all__ = [
    "Embeddings",
    "AsyncEmbeddings",
    "EmbeddingsWithRawResponse",
    "EmbeddingsWithStreamingResponse",
    "AsyncEmbeddingsWithRawResponse",
    "AsyncEmbeddingsWithStreamingResponse",
]


def _decode_base64(result: Any, sent: Dict[str, Any]) -> Any:
    # An explicit `encoding_format=NOT_GIVEN` (wrappers forward it) is no choice: we sent base64.
    if not isinstance(sent.get("encoding_format", NOT_GIVEN), NotGiven):
        return result  # the caller chose a format: leave the result as the server sent it
    data = getattr(result, "data", None)
    if not data:
        raise ValueError("No embedding data received")  # as the official client words it
    for item in data:
        if isinstance(getattr(item, "embedding", None), str):
            item.embedding = array("f", base64.b64decode(item.embedding)).tolist()
    return result


CREATE = Endpoint(
    "post",
    "/embeddings",
    cast_to=CreateEmbeddingResponse,
    params=EmbeddingCreateKwargs,
    defaults={"encoding_format": "base64"},
    post_parse=_decode_base64,
    # The official method's body order (not its signature's, which endpoints follow by default).
    order=("input", "model", "user", "dimensions", "encoding_format"),
)


class EmbeddingCreateArgs(EmbeddingCreateKwargs, RequestExtras, total=False):
    """The keywords of `embeddings.create`."""


class Embeddings(SyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> EmbeddingsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> EmbeddingsWithStreamingResponse: ...

    def create(self, **kw: Unpack[EmbeddingCreateArgs]) -> CreateEmbeddingResponse:
        """Embed `input` with `model`."""
        return self._call(CREATE, dict(kw), "create")


class AsyncEmbeddings(AsyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncEmbeddingsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncEmbeddingsWithStreamingResponse: ...

    async def create(self, **kw: Unpack[EmbeddingCreateArgs]) -> CreateEmbeddingResponse:
        """Embed `input` with `model`."""
        return await self._call(CREATE, dict(kw), "create")


class EmbeddingsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, embeddings: Embeddings) -> None:
            self.create = to_raw_response_wrapper(embeddings.create)


class AsyncEmbeddingsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, embeddings: AsyncEmbeddings) -> None:
            self.create = async_to_raw_response_wrapper(embeddings.create)


class EmbeddingsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, embeddings: Embeddings) -> None:
            self.create = to_streamed_response_wrapper(embeddings.create)


class AsyncEmbeddingsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, embeddings: AsyncEmbeddings) -> None:
            self.create = async_to_streamed_response_wrapper(embeddings.create)
