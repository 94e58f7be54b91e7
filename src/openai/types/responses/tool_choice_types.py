# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["ToolChoiceTypes"]


class ToolChoiceTypes(BaseModel):
    type: Literal[
        "code_interpreter",
        "computer_use_preview",
        "file_search",
        "image_generation",
        "web_search_preview",
        "web_search_preview_2025_03_11",
    ]
