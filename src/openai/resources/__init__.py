"""One module per REST resource; each defines a sync and an async class over shared `Endpoint`s.

The names 1.102.0 exports here (every top-level resource and its typed views) load with their
module on first use, so importing one resource does not import them all.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .audio import (
        AsyncAudio,
        AsyncAudioWithRawResponse,
        AsyncAudioWithStreamingResponse,
        Audio,
        AudioWithRawResponse,
        AudioWithStreamingResponse,
    )
    from .batches import (
        AsyncBatches,
        AsyncBatchesWithRawResponse,
        AsyncBatchesWithStreamingResponse,
        Batches,
        BatchesWithRawResponse,
        BatchesWithStreamingResponse,
    )
    from .beta import (
        AsyncBeta,
        AsyncBetaWithRawResponse,
        AsyncBetaWithStreamingResponse,
        Beta,
        BetaWithRawResponse,
        BetaWithStreamingResponse,
    )
    from .chat import (
        AsyncChat,
        AsyncChatWithRawResponse,
        AsyncChatWithStreamingResponse,
        Chat,
        ChatWithRawResponse,
        ChatWithStreamingResponse,
    )
    from .completions import (
        AsyncCompletions,
        AsyncCompletionsWithRawResponse,
        AsyncCompletionsWithStreamingResponse,
        Completions,
        CompletionsWithRawResponse,
        CompletionsWithStreamingResponse,
    )
    from .containers import (
        AsyncContainers,
        AsyncContainersWithRawResponse,
        AsyncContainersWithStreamingResponse,
        Containers,
        ContainersWithRawResponse,
        ContainersWithStreamingResponse,
    )
    from .embeddings import (
        AsyncEmbeddings,
        AsyncEmbeddingsWithRawResponse,
        AsyncEmbeddingsWithStreamingResponse,
        Embeddings,
        EmbeddingsWithRawResponse,
        EmbeddingsWithStreamingResponse,
    )
    from .evals import (
        AsyncEvals,
        AsyncEvalsWithRawResponse,
        AsyncEvalsWithStreamingResponse,
        Evals,
        EvalsWithRawResponse,
        EvalsWithStreamingResponse,
    )
    from .files import (
        AsyncFiles,
        AsyncFilesWithRawResponse,
        AsyncFilesWithStreamingResponse,
        Files,
        FilesWithRawResponse,
        FilesWithStreamingResponse,
    )
    from .fine_tuning import (
        AsyncFineTuning,
        AsyncFineTuningWithRawResponse,
        AsyncFineTuningWithStreamingResponse,
        FineTuning,
        FineTuningWithRawResponse,
        FineTuningWithStreamingResponse,
    )
    from .images import (
        AsyncImages,
        AsyncImagesWithRawResponse,
        AsyncImagesWithStreamingResponse,
        Images,
        ImagesWithRawResponse,
        ImagesWithStreamingResponse,
    )
    from .models import (
        AsyncModels,
        AsyncModelsWithRawResponse,
        AsyncModelsWithStreamingResponse,
        Models,
        ModelsWithRawResponse,
        ModelsWithStreamingResponse,
    )
    from .moderations import (
        AsyncModerations,
        AsyncModerationsWithRawResponse,
        AsyncModerationsWithStreamingResponse,
        Moderations,
        ModerationsWithRawResponse,
        ModerationsWithStreamingResponse,
    )
    from .uploads import (
        AsyncUploads,
        AsyncUploadsWithRawResponse,
        AsyncUploadsWithStreamingResponse,
        Uploads,
        UploadsWithRawResponse,
        UploadsWithStreamingResponse,
    )
    from .vector_stores import (
        AsyncVectorStores,
        AsyncVectorStoresWithRawResponse,
        AsyncVectorStoresWithStreamingResponse,
        VectorStores,
        VectorStoresWithRawResponse,
        VectorStoresWithStreamingResponse,
    )

# The module of each exported name: `<Resource>`, `Async<Resource>` and their typed views.
_RESOURCE_MODULES = {
    "Audio": "audio",
    "Batches": "batches",
    "Beta": "beta",
    "Chat": "chat",
    "Completions": "completions",
    "Containers": "containers",
    "Embeddings": "embeddings",
    "Evals": "evals",
    "Files": "files",
    "FineTuning": "fine_tuning",
    "Images": "images",
    "Models": "models",
    "Moderations": "moderations",
    "Uploads": "uploads",
    "VectorStores": "vector_stores",
}
_MODULES = {
    f"{prefix}{name}{view}": module
    for name, module in _RESOURCE_MODULES.items()
    for prefix in ("", "Async")
    for view in ("", "WithRawResponse", "WithStreamingResponse")
}

__all__ = [
    "AsyncAudio",
    "AsyncAudioWithRawResponse",
    "AsyncAudioWithStreamingResponse",
    "AsyncBatches",
    "AsyncBatchesWithRawResponse",
    "AsyncBatchesWithStreamingResponse",
    "AsyncBeta",
    "AsyncBetaWithRawResponse",
    "AsyncBetaWithStreamingResponse",
    "AsyncChat",
    "AsyncChatWithRawResponse",
    "AsyncChatWithStreamingResponse",
    "AsyncCompletions",
    "AsyncCompletionsWithRawResponse",
    "AsyncCompletionsWithStreamingResponse",
    "AsyncContainers",
    "AsyncContainersWithRawResponse",
    "AsyncContainersWithStreamingResponse",
    "AsyncEmbeddings",
    "AsyncEmbeddingsWithRawResponse",
    "AsyncEmbeddingsWithStreamingResponse",
    "AsyncEvals",
    "AsyncEvalsWithRawResponse",
    "AsyncEvalsWithStreamingResponse",
    "AsyncFiles",
    "AsyncFilesWithRawResponse",
    "AsyncFilesWithStreamingResponse",
    "AsyncFineTuning",
    "AsyncFineTuningWithRawResponse",
    "AsyncFineTuningWithStreamingResponse",
    "AsyncImages",
    "AsyncImagesWithRawResponse",
    "AsyncImagesWithStreamingResponse",
    "AsyncModels",
    "AsyncModelsWithRawResponse",
    "AsyncModelsWithStreamingResponse",
    "AsyncModerations",
    "AsyncModerationsWithRawResponse",
    "AsyncModerationsWithStreamingResponse",
    "AsyncUploads",
    "AsyncUploadsWithRawResponse",
    "AsyncUploadsWithStreamingResponse",
    "AsyncVectorStores",
    "AsyncVectorStoresWithRawResponse",
    "AsyncVectorStoresWithStreamingResponse",
    "Audio",
    "AudioWithRawResponse",
    "AudioWithStreamingResponse",
    "Batches",
    "BatchesWithRawResponse",
    "BatchesWithStreamingResponse",
    "Beta",
    "BetaWithRawResponse",
    "BetaWithStreamingResponse",
    "Chat",
    "ChatWithRawResponse",
    "ChatWithStreamingResponse",
    "Completions",
    "CompletionsWithRawResponse",
    "CompletionsWithStreamingResponse",
    "Containers",
    "ContainersWithRawResponse",
    "ContainersWithStreamingResponse",
    "Embeddings",
    "EmbeddingsWithRawResponse",
    "EmbeddingsWithStreamingResponse",
    "Evals",
    "EvalsWithRawResponse",
    "EvalsWithStreamingResponse",
    "Files",
    "FilesWithRawResponse",
    "FilesWithStreamingResponse",
    "FineTuning",
    "FineTuningWithRawResponse",
    "FineTuningWithStreamingResponse",
    "Images",
    "ImagesWithRawResponse",
    "ImagesWithStreamingResponse",
    "Models",
    "ModelsWithRawResponse",
    "ModelsWithStreamingResponse",
    "Moderations",
    "ModerationsWithRawResponse",
    "ModerationsWithStreamingResponse",
    "Uploads",
    "UploadsWithRawResponse",
    "UploadsWithStreamingResponse",
    "VectorStores",
    "VectorStoresWithRawResponse",
    "VectorStoresWithStreamingResponse",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
