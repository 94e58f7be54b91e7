# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the names load on first access at runtime: see `openai._lazy_exports`
    from .chat_model import ChatModel as ChatModel
    from .comparison_filter import ComparisonFilter as ComparisonFilter
    from .compound_filter import CompoundFilter as CompoundFilter
    from .custom_tool_input_format import CustomToolInputFormat as CustomToolInputFormat
    from .function_definition import FunctionDefinition as FunctionDefinition
    from .function_parameters import FunctionParameters as FunctionParameters
    from .metadata import Metadata as Metadata
    from .reasoning import Reasoning as Reasoning
    from .reasoning_effort import ReasoningEffort as ReasoningEffort
    from .response_format_json_object import ResponseFormatJSONObject as ResponseFormatJSONObject
    from .response_format_json_schema import ResponseFormatJSONSchema as ResponseFormatJSONSchema
    from .response_format_text import ResponseFormatText as ResponseFormatText
    from .responses_model import ResponsesModel as ResponsesModel
else:
    from ..._lazy_exports import lazy_package

    __getattr__, __dir__, __all__ = lazy_package(
        __name__,
        {
            "ChatModel": ".chat_model",
            "ComparisonFilter": ".comparison_filter",
            "CompoundFilter": ".compound_filter",
            "CustomToolInputFormat": ".custom_tool_input_format",
            "FunctionDefinition": ".function_definition",
            "FunctionParameters": ".function_parameters",
            "Metadata": ".metadata",
            "Reasoning": ".reasoning",
            "ReasoningEffort": ".reasoning_effort",
            "ResponseFormatJSONObject": ".response_format_json_object",
            "ResponseFormatJSONSchema": ".response_format_json_schema",
            "ResponseFormatText": ".response_format_text",
            "ResponsesModel": ".responses_model",
        },
    )
