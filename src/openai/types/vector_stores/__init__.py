# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the names load on first access at runtime: see `openai._lazy_exports`
    from .file_batch_create_params import FileBatchCreateParams as FileBatchCreateParams
    from .file_batch_list_files_params import FileBatchListFilesParams as FileBatchListFilesParams
    from .file_content_response import FileContentResponse as FileContentResponse
    from .file_create_params import FileCreateParams as FileCreateParams
    from .file_list_params import FileListParams as FileListParams
    from .file_update_params import FileUpdateParams as FileUpdateParams
    from .vector_store_file import VectorStoreFile as VectorStoreFile
    from .vector_store_file_batch import VectorStoreFileBatch as VectorStoreFileBatch
    from .vector_store_file_deleted import VectorStoreFileDeleted as VectorStoreFileDeleted
else:
    from ..._lazy_exports import lazy_package

    __getattr__, __dir__, __all__ = lazy_package(
        __name__,
        {
            "FileBatchCreateParams": ".file_batch_create_params",
            "FileBatchListFilesParams": ".file_batch_list_files_params",
            "FileContentResponse": ".file_content_response",
            "FileCreateParams": ".file_create_params",
            "FileListParams": ".file_list_params",
            "FileUpdateParams": ".file_update_params",
            "VectorStoreFile": ".vector_store_file",
            "VectorStoreFileBatch": ".vector_store_file_batch",
            "VectorStoreFileDeleted": ".vector_store_file_deleted",
        },
    )
