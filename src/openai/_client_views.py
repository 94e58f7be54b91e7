"""`client.with_raw_response` / `client.with_streaming_response` as type checkers see them.

The official package names these `OpenAIWithRawResponse`, `OpenAIWithStreamedResponse` and their
async twins (in `openai._client`). At run time they delegate to the client's own view (see
`_typed_views`); for type checkers each resource attribute is that resource's typed view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._typed_views import RawView, StreamingView

if TYPE_CHECKING:
    from ._client import AsyncOpenAI, OpenAI
    from .resources.audio.audio import (
        AsyncAudioWithRawResponse,
        AsyncAudioWithStreamingResponse,
        AudioWithRawResponse,
        AudioWithStreamingResponse,
    )
    from .resources.batches import (
        AsyncBatchesWithRawResponse,
        AsyncBatchesWithStreamingResponse,
        BatchesWithRawResponse,
        BatchesWithStreamingResponse,
    )
    from .resources.beta.beta import (
        AsyncBetaWithRawResponse,
        AsyncBetaWithStreamingResponse,
        BetaWithRawResponse,
        BetaWithStreamingResponse,
    )
    from .resources.chat.chat import (
        AsyncChatWithRawResponse,
        AsyncChatWithStreamingResponse,
        ChatWithRawResponse,
        ChatWithStreamingResponse,
    )
    from .resources.completions import (
        AsyncCompletionsWithRawResponse,
        AsyncCompletionsWithStreamingResponse,
        CompletionsWithRawResponse,
        CompletionsWithStreamingResponse,
    )
    from .resources.containers.containers import (
        AsyncContainersWithRawResponse,
        AsyncContainersWithStreamingResponse,
        ContainersWithRawResponse,
        ContainersWithStreamingResponse,
    )
    from .resources.conversations.conversations import (
        AsyncConversationsWithRawResponse,
        AsyncConversationsWithStreamingResponse,
        ConversationsWithRawResponse,
        ConversationsWithStreamingResponse,
    )
    from .resources.embeddings import (
        AsyncEmbeddingsWithRawResponse,
        AsyncEmbeddingsWithStreamingResponse,
        EmbeddingsWithRawResponse,
        EmbeddingsWithStreamingResponse,
    )
    from .resources.evals.evals import (
        AsyncEvalsWithRawResponse,
        AsyncEvalsWithStreamingResponse,
        EvalsWithRawResponse,
        EvalsWithStreamingResponse,
    )
    from .resources.files import (
        AsyncFilesWithRawResponse,
        AsyncFilesWithStreamingResponse,
        FilesWithRawResponse,
        FilesWithStreamingResponse,
    )
    from .resources.fine_tuning.fine_tuning import (
        AsyncFineTuningWithRawResponse,
        AsyncFineTuningWithStreamingResponse,
        FineTuningWithRawResponse,
        FineTuningWithStreamingResponse,
    )
    from .resources.images import (
        AsyncImagesWithRawResponse,
        AsyncImagesWithStreamingResponse,
        ImagesWithRawResponse,
        ImagesWithStreamingResponse,
    )
    from .resources.models import (
        AsyncModelsWithRawResponse,
        AsyncModelsWithStreamingResponse,
        ModelsWithRawResponse,
        ModelsWithStreamingResponse,
    )
    from .resources.moderations import (
        AsyncModerationsWithRawResponse,
        AsyncModerationsWithStreamingResponse,
        ModerationsWithRawResponse,
        ModerationsWithStreamingResponse,
    )
    from .resources.responses.responses import (
        AsyncResponsesWithRawResponse,
        AsyncResponsesWithStreamingResponse,
        ResponsesWithRawResponse,
        ResponsesWithStreamingResponse,
    )
    from .resources.uploads.uploads import (
        AsyncUploadsWithRawResponse,
        AsyncUploadsWithStreamingResponse,
        UploadsWithRawResponse,
        UploadsWithStreamingResponse,
    )
    from .resources.vector_stores.vector_stores import (
        AsyncVectorStoresWithRawResponse,
        AsyncVectorStoresWithStreamingResponse,
        VectorStoresWithRawResponse,
        VectorStoresWithStreamingResponse,
    )

__all__ = [
    "OpenAIWithRawResponse",
    "AsyncOpenAIWithRawResponse",
    "OpenAIWithStreamedResponse",
    "AsyncOpenAIWithStreamedResponse",
]


class OpenAIWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, client: OpenAI) -> None: ...

        @property
        def completions(self) -> CompletionsWithRawResponse: ...

        @property
        def chat(self) -> ChatWithRawResponse: ...

        @property
        def embeddings(self) -> EmbeddingsWithRawResponse: ...

        @property
        def files(self) -> FilesWithRawResponse: ...

        @property
        def images(self) -> ImagesWithRawResponse: ...

        @property
        def audio(self) -> AudioWithRawResponse: ...

        @property
        def moderations(self) -> ModerationsWithRawResponse: ...

        @property
        def models(self) -> ModelsWithRawResponse: ...

        @property
        def fine_tuning(self) -> FineTuningWithRawResponse: ...

        @property
        def vector_stores(self) -> VectorStoresWithRawResponse: ...

        @property
        def beta(self) -> BetaWithRawResponse: ...

        @property
        def batches(self) -> BatchesWithRawResponse: ...

        @property
        def uploads(self) -> UploadsWithRawResponse: ...

        @property
        def responses(self) -> ResponsesWithRawResponse: ...

        @property
        def conversations(self) -> ConversationsWithRawResponse: ...

        @property
        def evals(self) -> EvalsWithRawResponse: ...

        @property
        def containers(self) -> ContainersWithRawResponse: ...


class AsyncOpenAIWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, client: AsyncOpenAI) -> None: ...

        @property
        def completions(self) -> AsyncCompletionsWithRawResponse: ...

        @property
        def chat(self) -> AsyncChatWithRawResponse: ...

        @property
        def embeddings(self) -> AsyncEmbeddingsWithRawResponse: ...

        @property
        def files(self) -> AsyncFilesWithRawResponse: ...

        @property
        def images(self) -> AsyncImagesWithRawResponse: ...

        @property
        def audio(self) -> AsyncAudioWithRawResponse: ...

        @property
        def moderations(self) -> AsyncModerationsWithRawResponse: ...

        @property
        def models(self) -> AsyncModelsWithRawResponse: ...

        @property
        def fine_tuning(self) -> AsyncFineTuningWithRawResponse: ...

        @property
        def vector_stores(self) -> AsyncVectorStoresWithRawResponse: ...

        @property
        def beta(self) -> AsyncBetaWithRawResponse: ...

        @property
        def batches(self) -> AsyncBatchesWithRawResponse: ...

        @property
        def uploads(self) -> AsyncUploadsWithRawResponse: ...

        @property
        def responses(self) -> AsyncResponsesWithRawResponse: ...

        @property
        def conversations(self) -> AsyncConversationsWithRawResponse: ...

        @property
        def evals(self) -> AsyncEvalsWithRawResponse: ...

        @property
        def containers(self) -> AsyncContainersWithRawResponse: ...


class OpenAIWithStreamedResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, client: OpenAI) -> None: ...

        @property
        def completions(self) -> CompletionsWithStreamingResponse: ...

        @property
        def chat(self) -> ChatWithStreamingResponse: ...

        @property
        def embeddings(self) -> EmbeddingsWithStreamingResponse: ...

        @property
        def files(self) -> FilesWithStreamingResponse: ...

        @property
        def images(self) -> ImagesWithStreamingResponse: ...

        @property
        def audio(self) -> AudioWithStreamingResponse: ...

        @property
        def moderations(self) -> ModerationsWithStreamingResponse: ...

        @property
        def models(self) -> ModelsWithStreamingResponse: ...

        @property
        def fine_tuning(self) -> FineTuningWithStreamingResponse: ...

        @property
        def vector_stores(self) -> VectorStoresWithStreamingResponse: ...

        @property
        def beta(self) -> BetaWithStreamingResponse: ...

        @property
        def batches(self) -> BatchesWithStreamingResponse: ...

        @property
        def uploads(self) -> UploadsWithStreamingResponse: ...

        @property
        def responses(self) -> ResponsesWithStreamingResponse: ...

        @property
        def conversations(self) -> ConversationsWithStreamingResponse: ...

        @property
        def evals(self) -> EvalsWithStreamingResponse: ...

        @property
        def containers(self) -> ContainersWithStreamingResponse: ...


class AsyncOpenAIWithStreamedResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, client: AsyncOpenAI) -> None: ...

        @property
        def completions(self) -> AsyncCompletionsWithStreamingResponse: ...

        @property
        def chat(self) -> AsyncChatWithStreamingResponse: ...

        @property
        def embeddings(self) -> AsyncEmbeddingsWithStreamingResponse: ...

        @property
        def files(self) -> AsyncFilesWithStreamingResponse: ...

        @property
        def images(self) -> AsyncImagesWithStreamingResponse: ...

        @property
        def audio(self) -> AsyncAudioWithStreamingResponse: ...

        @property
        def moderations(self) -> AsyncModerationsWithStreamingResponse: ...

        @property
        def models(self) -> AsyncModelsWithStreamingResponse: ...

        @property
        def fine_tuning(self) -> AsyncFineTuningWithStreamingResponse: ...

        @property
        def vector_stores(self) -> AsyncVectorStoresWithStreamingResponse: ...

        @property
        def beta(self) -> AsyncBetaWithStreamingResponse: ...

        @property
        def batches(self) -> AsyncBatchesWithStreamingResponse: ...

        @property
        def uploads(self) -> AsyncUploadsWithStreamingResponse: ...

        @property
        def responses(self) -> AsyncResponsesWithStreamingResponse: ...

        @property
        def conversations(self) -> AsyncConversationsWithStreamingResponse: ...

        @property
        def evals(self) -> AsyncEvalsWithStreamingResponse: ...

        @property
        def containers(self) -> AsyncContainersWithStreamingResponse: ...
