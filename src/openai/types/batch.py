# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional
from typing_extensions import Literal

from .._models import BaseModel
from .batch_error import BatchError
from .batch_request_counts import BatchRequestCounts
from .shared.metadata import Metadata


__all__ = ["Batch", "Errors"]


class Errors(BaseModel):
    data: Optional[List[BatchError]] = None
    object: Optional[str] = None


class Batch(BaseModel):
    cancelled_at: Optional[int] = None
    cancelling_at: Optional[int] = None
    completed_at: Optional[int] = None
    completion_window: str
    created_at: int
    endpoint: str
    error_file_id: Optional[str] = None
    errors: Optional[Errors] = None
    expired_at: Optional[int] = None
    expires_at: Optional[int] = None
    failed_at: Optional[int] = None
    finalizing_at: Optional[int] = None
    id: str
    in_progress_at: Optional[int] = None
    input_file_id: str
    metadata: Optional[Metadata] = None
    object: Literal["batch"]
    output_file_id: Optional[str] = None
    request_counts: Optional[BatchRequestCounts] = None
    status: Literal[
        "cancelled", "cancelling", "completed", "expired", "failed", "finalizing", "in_progress", "validating"
    ]
