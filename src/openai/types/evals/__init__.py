# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the names load on first access at runtime: see `openai._lazy_exports`
    from .create_eval_completions_run_data_source import (
        CreateEvalCompletionsRunDataSource as CreateEvalCompletionsRunDataSource,
    )
    from .create_eval_completions_run_data_source_param import (
        CreateEvalCompletionsRunDataSourceParam as CreateEvalCompletionsRunDataSourceParam,
    )
    from .create_eval_jsonl_run_data_source import CreateEvalJSONLRunDataSource as CreateEvalJSONLRunDataSource
    from .create_eval_jsonl_run_data_source_param import (
        CreateEvalJSONLRunDataSourceParam as CreateEvalJSONLRunDataSourceParam,
    )
    from .eval_api_error import EvalAPIError as EvalAPIError
    from .run_cancel_response import RunCancelResponse as RunCancelResponse
    from .run_create_params import RunCreateParams as RunCreateParams
    from .run_create_response import RunCreateResponse as RunCreateResponse
    from .run_delete_response import RunDeleteResponse as RunDeleteResponse
    from .run_list_params import RunListParams as RunListParams
    from .run_list_response import RunListResponse as RunListResponse
    from .run_retrieve_response import RunRetrieveResponse as RunRetrieveResponse
else:
    from ..._lazy_exports import lazy_package

    __getattr__, __dir__, __all__ = lazy_package(
        __name__,
        {
            "CreateEvalCompletionsRunDataSource": ".create_eval_completions_run_data_source",
            "CreateEvalCompletionsRunDataSourceParam": ".create_eval_completions_run_data_source_param",
            "CreateEvalJSONLRunDataSource": ".create_eval_jsonl_run_data_source",
            "CreateEvalJSONLRunDataSourceParam": ".create_eval_jsonl_run_data_source_param",
            "EvalAPIError": ".eval_api_error",
            "RunCancelResponse": ".run_cancel_response",
            "RunCreateParams": ".run_create_params",
            "RunCreateResponse": ".run_create_response",
            "RunDeleteResponse": ".run_delete_response",
            "RunListParams": ".run_list_params",
            "RunListResponse": ".run_list_response",
            "RunRetrieveResponse": ".run_retrieve_response",
        },
    )
