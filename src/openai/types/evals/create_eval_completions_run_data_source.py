# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias


from ..._models import BaseModel, PropertyInfo
from ..chat.chat_completion_function_tool import ChatCompletionFunctionTool
from ..responses.easy_input_message import EasyInputMessage
from ..responses.response_input_text import ResponseInputText
from ..shared.metadata import Metadata
from ..shared.response_format_json_object import ResponseFormatJSONObject
from ..shared.response_format_json_schema import ResponseFormatJSONSchema
from ..shared.response_format_text import ResponseFormatText


__all__ = [
    "CreateEvalCompletionsRunDataSource",
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


class InputMessagesItemReference(BaseModel):
    item_reference: str
    type: Literal["item_reference"]


class InputMessagesTemplateTemplateEvalItemContentInputImage(BaseModel):
    image_url: str
    type: Literal["input_image"]
    detail: Optional[str] = None


class InputMessagesTemplateTemplateEvalItemContentOutputText(BaseModel):
    text: str
    type: Literal["output_text"]


InputMessagesTemplateTemplateEvalItemContent: TypeAlias = Union[
    str,
    ResponseInputText,
    InputMessagesTemplateTemplateEvalItemContentOutputText,
    InputMessagesTemplateTemplateEvalItemContentInputImage,
    List[object],
]


class InputMessagesTemplateTemplateEvalItem(BaseModel):
    content: InputMessagesTemplateTemplateEvalItemContent
    role: Literal["user", "assistant", "system", "developer"]
    type: Optional[Literal["message"]] = None


InputMessagesTemplateTemplate: TypeAlias = Union[EasyInputMessage, InputMessagesTemplateTemplateEvalItem]


class InputMessagesTemplate(BaseModel):
    template: List[InputMessagesTemplateTemplate]
    type: Literal["template"]


InputMessages: TypeAlias = Annotated[
    Union[InputMessagesTemplate, InputMessagesItemReference], PropertyInfo(discriminator="type")
]


SamplingParamsResponseFormat: TypeAlias = Annotated[
    Union[ResponseFormatText, ResponseFormatJSONSchema, ResponseFormatJSONObject], PropertyInfo(discriminator="type")
]


class SamplingParams(BaseModel):
    max_completion_tokens: Optional[int] = None
    response_format: Optional[SamplingParamsResponseFormat] = None
    seed: Optional[int] = None
    temperature: Optional[float] = None
    tools: Optional[List[ChatCompletionFunctionTool]] = None
    top_p: Optional[float] = None


class SourceFileContentContent(BaseModel):
    item: Dict[str, object]
    sample: Optional[Dict[str, object]] = None


class SourceFileContent(BaseModel):
    content: List[SourceFileContentContent]
    type: Literal["file_content"]


class SourceFileID(BaseModel):
    id: str
    type: Literal["file_id"]


class SourceStoredCompletions(BaseModel):
    type: Literal["stored_completions"]
    created_after: Optional[int] = None
    created_before: Optional[int] = None
    limit: Optional[int] = None
    metadata: Optional[Metadata] = None
    model: Optional[str] = None


Source: TypeAlias = Annotated[
    Union[SourceFileContent, SourceFileID, SourceStoredCompletions], PropertyInfo(discriminator="type")
]


class CreateEvalCompletionsRunDataSource(BaseModel):
    source: Source
    type: Literal["completions"]
    input_messages: Optional[InputMessages] = None
    model: Optional[str] = None
    sampling_params: Optional[SamplingParams] = None
