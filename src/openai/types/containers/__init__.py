# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from .file_create_params import FileCreateParams as FileCreateParams
from .file_create_response import FileCreateResponse as FileCreateResponse
from .file_list_params import FileListParams as FileListParams
from .file_list_response import FileListResponse as FileListResponse
from .file_retrieve_response import FileRetrieveResponse as FileRetrieveResponse
