# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the names load on first access at runtime: see `openai._lazy_exports`
    from .part_create_params import PartCreateParams as PartCreateParams
    from .upload_part import UploadPart as UploadPart
else:
    from ..._lazy_exports import lazy_package

    __getattr__, __dir__, __all__ = lazy_package(
        __name__,
        {
            "PartCreateParams": ".part_create_params",
            "UploadPart": ".upload_part",
        },
    )
