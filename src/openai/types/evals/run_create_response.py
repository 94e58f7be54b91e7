# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field as FieldInfo

from ..._models import BaseModel, PropertyInfo
from ..responses.response_format_text_config import ResponseFormatTextConfig
from ..responses.response_input_text import ResponseInputText
from ..responses.tool import Tool
from ..shared.metadata import Metadata
from ..shared.reasoning_effort import ReasoningEffort
from .create_eval_completions_run_data_source import CreateEvalCompletionsRunDataSource
from .create_eval_jsonl_run_data_source import CreateEvalJSONLRunDataSource
from .eval_api_error import EvalAPIError


__all__ = [
    "DataSource",
    "DataSourceResponses",
    "DataSourceResponsesInputMessages",
    "DataSourceResponsesInputMessagesItemReference",
    "DataSourceResponsesInputMessagesTemplate",
    "DataSourceResponsesInputMessagesTemplateTemplate",
    "DataSourceResponsesInputMessagesTemplateTemplateChatMessage",
    "DataSourceResponsesInputMessagesTemplateTemplateEvalItem",
    "DataSourceResponsesInputMessagesTemplateTemplateEvalItemContent",
    "DataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage",
    "DataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText",
    "DataSourceResponsesSamplingParams",
    "DataSourceResponsesSamplingParamsText",
    "DataSourceResponsesSource",
    "DataSourceResponsesSourceFileContent",
    "DataSourceResponsesSourceFileContentContent",
    "DataSourceResponsesSourceFileID",
    "DataSourceResponsesSourceResponses",
    "PerModelUsage",
    "PerTestingCriteriaResult",
    "ResultCounts",
    "RunCreateResponse",
]


class DataSourceResponsesInputMessagesItemReference(BaseModel):
    item_reference: str
    type: Literal["item_reference"]


class DataSourceResponsesInputMessagesTemplateTemplateChatMessage(BaseModel):
    content: str
    role: str


class DataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage(BaseModel):
    image_url: str
    type: Literal["input_image"]
    detail: Optional[str] = None


class DataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText(BaseModel):
    text: str
    type: Literal["output_text"]


DataSourceResponsesInputMessagesTemplateTemplateEvalItemContent: TypeAlias = Union[
    str,
    ResponseInputText,
    DataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText,
    DataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage,
    List[object],
]


class DataSourceResponsesInputMessagesTemplateTemplateEvalItem(BaseModel):
    content: DataSourceResponsesInputMessagesTemplateTemplateEvalItemContent
    role: Literal["user", "assistant", "system", "developer"]
    type: Optional[Literal["message"]] = None


DataSourceResponsesInputMessagesTemplateTemplate: TypeAlias = Union[
    DataSourceResponsesInputMessagesTemplateTemplateChatMessage,
    DataSourceResponsesInputMessagesTemplateTemplateEvalItem,
]


class DataSourceResponsesInputMessagesTemplate(BaseModel):
    template: List[DataSourceResponsesInputMessagesTemplateTemplate]
    type: Literal["template"]


DataSourceResponsesInputMessages: TypeAlias = Annotated[
    Union[DataSourceResponsesInputMessagesTemplate, DataSourceResponsesInputMessagesItemReference],
    PropertyInfo(discriminator="type"),
]


class DataSourceResponsesSamplingParamsText(BaseModel):
    format: Optional[ResponseFormatTextConfig] = None


class DataSourceResponsesSamplingParams(BaseModel):
    max_completion_tokens: Optional[int] = None
    seed: Optional[int] = None
    temperature: Optional[float] = None
    text: Optional[DataSourceResponsesSamplingParamsText] = None
    tools: Optional[List[Tool]] = None
    top_p: Optional[float] = None


class DataSourceResponsesSourceFileContentContent(BaseModel):
    item: Dict[str, object]
    sample: Optional[Dict[str, object]] = None


class DataSourceResponsesSourceFileContent(BaseModel):
    content: List[DataSourceResponsesSourceFileContentContent]
    type: Literal["file_content"]


class DataSourceResponsesSourceFileID(BaseModel):
    id: str
    type: Literal["file_id"]


class DataSourceResponsesSourceResponses(BaseModel):
    type: Literal["responses"]
    created_after: Optional[int] = None
    created_before: Optional[int] = None
    instructions_search: Optional[str] = None
    metadata: Optional[object] = None
    model: Optional[str] = None
    reasoning_effort: ReasoningEffort = None
    temperature: Optional[float] = None
    tools: Optional[List[str]] = None
    top_p: Optional[float] = None
    users: Optional[List[str]] = None


DataSourceResponsesSource: TypeAlias = Annotated[
    Union[DataSourceResponsesSourceFileContent, DataSourceResponsesSourceFileID, DataSourceResponsesSourceResponses],
    PropertyInfo(discriminator="type"),
]


class DataSourceResponses(BaseModel):
    source: DataSourceResponsesSource
    type: Literal["responses"]
    input_messages: Optional[DataSourceResponsesInputMessages] = None
    model: Optional[str] = None
    sampling_params: Optional[DataSourceResponsesSamplingParams] = None


DataSource: TypeAlias = Annotated[
    Union[CreateEvalJSONLRunDataSource, CreateEvalCompletionsRunDataSource, DataSourceResponses],
    PropertyInfo(discriminator="type"),
]


class PerModelUsage(BaseModel):
    cached_tokens: int
    completion_tokens: int
    invocation_count: int
    run_model_name: str = FieldInfo(alias="model_name")
    prompt_tokens: int
    total_tokens: int


class PerTestingCriteriaResult(BaseModel):
    failed: int
    passed: int
    testing_criteria: str


class ResultCounts(BaseModel):
    errored: int
    failed: int
    passed: int
    total: int


class RunCreateResponse(BaseModel):
    id: str
    created_at: int
    data_source: DataSource
    error: EvalAPIError
    eval_id: str
    metadata: Optional[Metadata] = None
    model: str
    name: str
    object: Literal["eval.run"]
    per_model_usage: List[PerModelUsage]
    per_testing_criteria_results: List[PerTestingCriteriaResult]
    report_url: str
    result_counts: ResultCounts
    status: str
