# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the names load on first access at runtime: see `openai._lazy_exports`
    from .output_item_list_params import OutputItemListParams as OutputItemListParams
    from .output_item_list_response import OutputItemListResponse as OutputItemListResponse
    from .output_item_retrieve_response import OutputItemRetrieveResponse as OutputItemRetrieveResponse
else:
    from ...._lazy_exports import lazy_package

    __getattr__, __dir__, __all__ = lazy_package(
        __name__,
        {
            "OutputItemListParams": ".output_item_list_params",
            "OutputItemListResponse": ".output_item_list_response",
            "OutputItemRetrieveResponse": ".output_item_retrieve_response",
        },
    )
