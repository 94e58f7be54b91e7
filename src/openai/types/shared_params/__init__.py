# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

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
