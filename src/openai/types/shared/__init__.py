# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the names load on first access at runtime: see `openai._lazy_exports`
    from .all_models import AllModels as AllModels
    from .chat_model import ChatModel as ChatModel
    from .comparison_filter import ComparisonFilter as ComparisonFilter
    from .compound_filter import CompoundFilter as CompoundFilter
    from .custom_tool_input_format import CustomToolInputFormat as CustomToolInputFormat
    from .error_object import ErrorObject as ErrorObject
    from .function_definition import FunctionDefinition as FunctionDefinition
    from .function_parameters import FunctionParameters as FunctionParameters
    from .metadata import Metadata as Metadata
    from .reasoning import Reasoning as Reasoning
    from .reasoning_effort import ReasoningEffort as ReasoningEffort
    from .response_format_json_object import ResponseFormatJSONObject as ResponseFormatJSONObject
    from .response_format_json_schema import ResponseFormatJSONSchema as ResponseFormatJSONSchema
    from .response_format_text import ResponseFormatText as ResponseFormatText
    from .response_format_text_grammar import ResponseFormatTextGrammar as ResponseFormatTextGrammar
    from .response_format_text_python import ResponseFormatTextPython as ResponseFormatTextPython
    from .responses_model import ResponsesModel as ResponsesModel
else:
    from ..._lazy_exports import lazy_package

    __getattr__, __dir__, __all__ = lazy_package(
        __name__,
        {
            "AllModels": ".all_models",
            "ChatModel": ".chat_model",
            "ComparisonFilter": ".comparison_filter",
            "CompoundFilter": ".compound_filter",
            "CustomToolInputFormat": ".custom_tool_input_format",
            "ErrorObject": ".error_object",
            "FunctionDefinition": ".function_definition",
            "FunctionParameters": ".function_parameters",
            "Metadata": ".metadata",
            "Reasoning": ".reasoning",
            "ReasoningEffort": ".reasoning_effort",
            "ResponseFormatJSONObject": ".response_format_json_object",
            "ResponseFormatJSONSchema": ".response_format_json_schema",
            "ResponseFormatText": ".response_format_text",
            "ResponseFormatTextGrammar": ".response_format_text_grammar",
            "ResponseFormatTextPython": ".response_format_text_python",
            "ResponsesModel": ".responses_model",
        },
    )
