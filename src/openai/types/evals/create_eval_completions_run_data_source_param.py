# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, Iterable, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..chat.chat_completion_function_tool_param import ChatCompletionFunctionToolParam
from ..responses.easy_input_message_param import EasyInputMessageParam
from ..responses.response_input_text_param import ResponseInputTextParam
from ..shared_params.metadata import Metadata
from ..shared_params.response_format_json_object import ResponseFormatJSONObject
from ..shared_params.response_format_json_schema import ResponseFormatJSONSchema
from ..shared_params.response_format_text import ResponseFormatText


__all__ = [
    "CreateEvalCompletionsRunDataSourceParam",
    "InputMessages",
    "InputMessagesItemReference",
    "InputMessagesTemplate",
    "InputMessagesTemplateTemplate",
    "InputMessagesTemplateTemplateEvalItem",
    "InputMessagesTemplateTemplateEvalItemContent",
    "InputMessagesTemplateTemplateEvalItemContentInputImage",
    "InputMessagesTemplateTemplateEvalItemContentOutputText",
    "SamplingParams",
    "SamplingParamsResponseFormat",
    "Source",
    "SourceFileContent",
    "SourceFileContentContent",
    "SourceFileID",
    "SourceStoredCompletions",
]


class InputMessagesItemReference(TypedDict, total=False):
    item_reference: Required[str]
    type: Required[Literal["item_reference"]]


class InputMessagesTemplateTemplateEvalItemContentInputImage(TypedDict, total=False):
    detail: str
    image_url: Required[str]
    type: Required[Literal["input_image"]]


class InputMessagesTemplateTemplateEvalItemContentOutputText(TypedDict, total=False):
    text: Required[str]
    type: Required[Literal["output_text"]]


InputMessagesTemplateTemplateEvalItemContent: TypeAlias = Union[
    str,
    InputMessagesTemplateTemplateEvalItemContentInputImage,
    InputMessagesTemplateTemplateEvalItemContentOutputText,
    Iterable[object],
    ResponseInputTextParam,
]


class InputMessagesTemplateTemplateEvalItem(TypedDict, total=False):
    content: Required[InputMessagesTemplateTemplateEvalItemContent]
    role: Required[Literal["assistant", "developer", "system", "user"]]
    type: Literal["message"]


InputMessagesTemplateTemplate: TypeAlias = Union[EasyInputMessageParam, InputMessagesTemplateTemplateEvalItem]


class InputMessagesTemplate(TypedDict, total=False):
    template: Required[Iterable[InputMessagesTemplateTemplate]]
    type: Required[Literal["template"]]


InputMessages: TypeAlias = Union[InputMessagesItemReference, InputMessagesTemplate]


SamplingParamsResponseFormat: TypeAlias = Union[ResponseFormatJSONObject, ResponseFormatJSONSchema, ResponseFormatText]


class SamplingParams(TypedDict, total=False):
    max_completion_tokens: int
    response_format: SamplingParamsResponseFormat
    seed: int
    temperature: float
    tools: Iterable[ChatCompletionFunctionToolParam]
    top_p: float


class SourceFileContentContent(TypedDict, total=False):
    item: Required[Dict[str, object]]
    sample: Dict[str, object]


class SourceFileContent(TypedDict, total=False):
    content: Required[Iterable[SourceFileContentContent]]
    type: Required[Literal["file_content"]]


class SourceFileID(TypedDict, total=False):
    id: Required[str]
    type: Required[Literal["file_id"]]


class SourceStoredCompletions(TypedDict, total=False):
    created_after: Optional[int]
    created_before: Optional[int]
    limit: Optional[int]
    metadata: Optional[Metadata]
    model: Optional[str]
    type: Required[Literal["stored_completions"]]


Source: TypeAlias = Union[SourceFileContent, SourceFileID, SourceStoredCompletions]


class CreateEvalCompletionsRunDataSourceParam(TypedDict, total=False):
    input_messages: InputMessages
    model: str
    sampling_params: SamplingParams
    source: Required[Source]
    type: Required[Literal["completions"]]
