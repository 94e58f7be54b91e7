# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, Iterable, List, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..responses.response_format_text_config_param import ResponseFormatTextConfigParam
from ..responses.response_input_text_param import ResponseInputTextParam
from ..responses.tool_param import ToolParam
from ..shared_params.metadata import Metadata
from ..shared_params.reasoning_effort import ReasoningEffort
from .create_eval_completions_run_data_source_param import CreateEvalCompletionsRunDataSourceParam
from .create_eval_jsonl_run_data_source_param import CreateEvalJSONLRunDataSourceParam


__all__ = [
    "DataSource",
    "DataSourceCreateEvalResponsesRunDataSource",
    "DataSourceCreateEvalResponsesRunDataSourceInputMessages",
    "DataSourceCreateEvalResponsesRunDataSourceInputMessagesItemReference",
    "DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplate",
    "DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplate",
    "DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateChatMessage",
    "DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItem",
    "DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItemContent",
    "DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItemContentInputImage",
    "DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItemContentOutputText",
    "DataSourceCreateEvalResponsesRunDataSourceSamplingParams",
    "DataSourceCreateEvalResponsesRunDataSourceSamplingParamsText",
    "DataSourceCreateEvalResponsesRunDataSourceSource",
    "DataSourceCreateEvalResponsesRunDataSourceSourceFileContent",
    "DataSourceCreateEvalResponsesRunDataSourceSourceFileContentContent",
    "DataSourceCreateEvalResponsesRunDataSourceSourceFileID",
    "DataSourceCreateEvalResponsesRunDataSourceSourceResponses",
    "RunCreateParams",
]


class DataSourceCreateEvalResponsesRunDataSourceInputMessagesItemReference(TypedDict, total=False):
    item_reference: Required[str]
    type: Required[Literal["item_reference"]]


class DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateChatMessage(TypedDict, total=False):
    content: Required[str]
    role: Required[str]


class DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItemContentInputImage(
    TypedDict, total=False
):
    detail: str
    image_url: Required[str]
    type: Required[Literal["input_image"]]


class DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItemContentOutputText(
    TypedDict, total=False
):
    text: Required[str]
    type: Required[Literal["output_text"]]


DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItemContent: TypeAlias = Union[
    str,
    DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItemContentInputImage,
    DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItemContentOutputText,
    Iterable[object],
    ResponseInputTextParam,
]


class DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItem(TypedDict, total=False):
    content: Required[DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItemContent]
    role: Required[Literal["assistant", "developer", "system", "user"]]
    type: Literal["message"]


DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplate: TypeAlias = Union[
    DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateChatMessage,
    DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItem,
]


class DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplate(TypedDict, total=False):
    template: Required[Iterable[DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplate]]
    type: Required[Literal["template"]]


DataSourceCreateEvalResponsesRunDataSourceInputMessages: TypeAlias = Union[
    DataSourceCreateEvalResponsesRunDataSourceInputMessagesItemReference,
    DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplate,
]


class DataSourceCreateEvalResponsesRunDataSourceSamplingParamsText(TypedDict, total=False):
    format: ResponseFormatTextConfigParam


class DataSourceCreateEvalResponsesRunDataSourceSamplingParams(TypedDict, total=False):
    max_completion_tokens: int
    seed: int
    temperature: float
    text: DataSourceCreateEvalResponsesRunDataSourceSamplingParamsText
    tools: Iterable[ToolParam]
    top_p: float


class DataSourceCreateEvalResponsesRunDataSourceSourceFileContentContent(TypedDict, total=False):
    item: Required[Dict[str, object]]
    sample: Dict[str, object]


class DataSourceCreateEvalResponsesRunDataSourceSourceFileContent(TypedDict, total=False):
    content: Required[Iterable[DataSourceCreateEvalResponsesRunDataSourceSourceFileContentContent]]
    type: Required[Literal["file_content"]]


class DataSourceCreateEvalResponsesRunDataSourceSourceFileID(TypedDict, total=False):
    id: Required[str]
    type: Required[Literal["file_id"]]


class DataSourceCreateEvalResponsesRunDataSourceSourceResponses(TypedDict, total=False):
    created_after: Optional[int]
    created_before: Optional[int]
    instructions_search: Optional[str]
    metadata: Optional[object]
    model: Optional[str]
    reasoning_effort: ReasoningEffort
    temperature: Optional[float]
    tools: Optional[List[str]]
    top_p: Optional[float]
    type: Required[Literal["responses"]]
    users: Optional[List[str]]


DataSourceCreateEvalResponsesRunDataSourceSource: TypeAlias = Union[
    DataSourceCreateEvalResponsesRunDataSourceSourceFileContent,
    DataSourceCreateEvalResponsesRunDataSourceSourceFileID,
    DataSourceCreateEvalResponsesRunDataSourceSourceResponses,
]


class DataSourceCreateEvalResponsesRunDataSource(TypedDict, total=False):
    input_messages: DataSourceCreateEvalResponsesRunDataSourceInputMessages
    model: str
    sampling_params: DataSourceCreateEvalResponsesRunDataSourceSamplingParams
    source: Required[DataSourceCreateEvalResponsesRunDataSourceSource]
    type: Required[Literal["responses"]]


DataSource: TypeAlias = Union[
    CreateEvalCompletionsRunDataSourceParam,
    CreateEvalJSONLRunDataSourceParam,
    DataSourceCreateEvalResponsesRunDataSource,
]


class RunCreateParams(TypedDict, total=False):
    data_source: Required[DataSource]
    metadata: Optional[Metadata]
    name: str


# ---- generated by scripts/gen_kwargs.py: do not edit below this line ----
# The keywords of the endpoint methods: the fields above, every optional one also taking NOT_GIVEN.
# Rerun `python scripts/gen_kwargs.py` after changing a TypedDict above (`--check` runs in lint).
from ..._types import NotGiven


class RunCreateKwargs(TypedDict, total=False):
    """The keywords `RunCreateParams` describes, for a method's `**kw`."""

    data_source: Required[DataSource]
    metadata: Union[Optional[Metadata], NotGiven]
    name: Union[str, NotGiven]
