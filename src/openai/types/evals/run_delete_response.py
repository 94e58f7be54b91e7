# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional

from ..._models import BaseModel


__all__ = ["RunDeleteResponse"]


class RunDeleteResponse(BaseModel):
    deleted: Optional[bool] = None
    object: Optional[str] = None
    run_id: Optional[str] = None
