# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the names load on first access at runtime: see `openai._lazy_exports`
    from .permission_create_params import PermissionCreateParams as PermissionCreateParams
    from .permission_create_response import PermissionCreateResponse as PermissionCreateResponse
    from .permission_delete_response import PermissionDeleteResponse as PermissionDeleteResponse
    from .permission_retrieve_params import PermissionRetrieveParams as PermissionRetrieveParams
    from .permission_retrieve_response import PermissionRetrieveResponse as PermissionRetrieveResponse
else:
    from ...._lazy_exports import lazy_package

    __getattr__, __dir__, __all__ = lazy_package(
        __name__,
        {
            "PermissionCreateParams": ".permission_create_params",
            "PermissionCreateResponse": ".permission_create_response",
            "PermissionDeleteResponse": ".permission_delete_response",
            "PermissionRetrieveParams": ".permission_retrieve_params",
            "PermissionRetrieveResponse": ".permission_retrieve_response",
        },
    )
