# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal

from .._models import BaseModel


__all__ = ["FileObject"]


class FileObject(BaseModel):
    bytes: int
    created_at: int
    expires_at: Optional[int] = None
    filename: str
    id: str
    object: Literal["file"]
    purpose: Literal[
        "assistants",
        "assistants_output",
        "batch",
        "batch_output",
        "fine-tune",
        "fine-tune-results",
        "user_data",
        "vision",
    ]
    status: Literal["error", "processed", "uploaded"]
    status_details: Optional[str] = None
