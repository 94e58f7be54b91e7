# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the names load on first access at runtime: see `openai._lazy_exports`
    from .code_interpreter_logs import CodeInterpreterLogs as CodeInterpreterLogs
    from .code_interpreter_output_image import CodeInterpreterOutputImage as CodeInterpreterOutputImage
    from .code_interpreter_tool_call import CodeInterpreterToolCall as CodeInterpreterToolCall
    from .code_interpreter_tool_call_delta import CodeInterpreterToolCallDelta as CodeInterpreterToolCallDelta
    from .file_search_tool_call import FileSearchToolCall as FileSearchToolCall
    from .file_search_tool_call_delta import FileSearchToolCallDelta as FileSearchToolCallDelta
    from .function_tool_call import FunctionToolCall as FunctionToolCall
    from .function_tool_call_delta import FunctionToolCallDelta as FunctionToolCallDelta
    from .message_creation_step_details import MessageCreationStepDetails as MessageCreationStepDetails
    from .run_step import RunStep as RunStep
    from .run_step_delta import RunStepDelta as RunStepDelta
    from .run_step_delta_event import RunStepDeltaEvent as RunStepDeltaEvent
    from .run_step_delta_message_delta import RunStepDeltaMessageDelta as RunStepDeltaMessageDelta
    from .run_step_include import RunStepInclude as RunStepInclude
    from .step_list_params import StepListParams as StepListParams
    from .step_retrieve_params import StepRetrieveParams as StepRetrieveParams
    from .tool_call import ToolCall as ToolCall
    from .tool_call_delta import ToolCallDelta as ToolCallDelta
    from .tool_call_delta_object import ToolCallDeltaObject as ToolCallDeltaObject
    from .tool_calls_step_details import ToolCallsStepDetails as ToolCallsStepDetails
else:
    from ....._lazy_exports import lazy_package

    __getattr__, __dir__, __all__ = lazy_package(
        __name__,
        {
            "CodeInterpreterLogs": ".code_interpreter_logs",
            "CodeInterpreterOutputImage": ".code_interpreter_output_image",
            "CodeInterpreterToolCall": ".code_interpreter_tool_call",
            "CodeInterpreterToolCallDelta": ".code_interpreter_tool_call_delta",
            "FileSearchToolCall": ".file_search_tool_call",
            "FileSearchToolCallDelta": ".file_search_tool_call_delta",
            "FunctionToolCall": ".function_tool_call",
            "FunctionToolCallDelta": ".function_tool_call_delta",
            "MessageCreationStepDetails": ".message_creation_step_details",
            "RunStep": ".run_step",
            "RunStepDelta": ".run_step_delta",
            "RunStepDeltaEvent": ".run_step_delta_event",
            "RunStepDeltaMessageDelta": ".run_step_delta_message_delta",
            "RunStepInclude": ".run_step_include",
            "StepListParams": ".step_list_params",
            "StepRetrieveParams": ".step_retrieve_params",
            "ToolCall": ".tool_call",
            "ToolCallDelta": ".tool_call_delta",
            "ToolCallDeltaObject": ".tool_call_delta_object",
            "ToolCallsStepDetails": ".tool_calls_step_details",
        },
    )
