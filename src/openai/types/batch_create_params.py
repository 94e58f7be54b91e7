# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal, Required, TypedDict

from .shared_params.metadata import Metadata


__all__ = ["BatchCreateParams", "OutputExpiresAfter"]


class OutputExpiresAfter(TypedDict, total=False):
    anchor: Required[Literal["created_at"]]
    seconds: Required[int]


class BatchCreateParams(TypedDict, total=False):
    completion_window: Required[Literal["24h"]]
    endpoint: Required[Literal["/v1/chat/completions", "/v1/completions", "/v1/embeddings", "/v1/responses"]]
    input_file_id: Required[str]
    metadata: Optional[Metadata]
    output_expires_after: OutputExpiresAfter
