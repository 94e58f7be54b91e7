# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the names load on first access at runtime: see `openai._lazy_exports`
    from .file_create_params import FileCreateParams as FileCreateParams
    from .file_create_response import FileCreateResponse as FileCreateResponse
    from .file_list_params import FileListParams as FileListParams
    from .file_list_response import FileListResponse as FileListResponse
    from .file_retrieve_response import FileRetrieveResponse as FileRetrieveResponse
else:
    from ..._lazy_exports import lazy_package

    __getattr__, __dir__, __all__ = lazy_package(
        __name__,
        {
            "FileCreateParams": ".file_create_params",
            "FileCreateResponse": ".file_create_response",
            "FileListParams": ".file_list_params",
            "FileListResponse": ".file_list_response",
            "FileRetrieveResponse": ".file_retrieve_response",
        },
    )
