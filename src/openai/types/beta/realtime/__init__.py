# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the names load on first access at runtime: see `openai._lazy_exports`
    from .conversation_created_event import ConversationCreatedEvent as ConversationCreatedEvent
    from .conversation_item import ConversationItem as ConversationItem
    from .conversation_item_content import ConversationItemContent as ConversationItemContent
    from .conversation_item_content_param import ConversationItemContentParam as ConversationItemContentParam
    from .conversation_item_create_event import ConversationItemCreateEvent as ConversationItemCreateEvent
    from .conversation_item_create_event_param import (
        ConversationItemCreateEventParam as ConversationItemCreateEventParam,
    )
    from .conversation_item_created_event import ConversationItemCreatedEvent as ConversationItemCreatedEvent
    from .conversation_item_delete_event import ConversationItemDeleteEvent as ConversationItemDeleteEvent
    from .conversation_item_delete_event_param import (
        ConversationItemDeleteEventParam as ConversationItemDeleteEventParam,
    )
    from .conversation_item_deleted_event import ConversationItemDeletedEvent as ConversationItemDeletedEvent
    from .conversation_item_input_audio_transcription_completed_event import (
        ConversationItemInputAudioTranscriptionCompletedEvent as ConversationItemInputAudioTranscriptionCompletedEvent,
    )
    from .conversation_item_input_audio_transcription_delta_event import (
        ConversationItemInputAudioTranscriptionDeltaEvent as ConversationItemInputAudioTranscriptionDeltaEvent,
    )
    from .conversation_item_input_audio_transcription_failed_event import (
        ConversationItemInputAudioTranscriptionFailedEvent as ConversationItemInputAudioTranscriptionFailedEvent,
    )
    from .conversation_item_param import ConversationItemParam as ConversationItemParam
    from .conversation_item_retrieve_event import ConversationItemRetrieveEvent as ConversationItemRetrieveEvent
    from .conversation_item_retrieve_event_param import (
        ConversationItemRetrieveEventParam as ConversationItemRetrieveEventParam,
    )
    from .conversation_item_truncate_event import ConversationItemTruncateEvent as ConversationItemTruncateEvent
    from .conversation_item_truncate_event_param import (
        ConversationItemTruncateEventParam as ConversationItemTruncateEventParam,
    )
    from .conversation_item_truncated_event import ConversationItemTruncatedEvent as ConversationItemTruncatedEvent
    from .conversation_item_with_reference import ConversationItemWithReference as ConversationItemWithReference
    from .conversation_item_with_reference_param import (
        ConversationItemWithReferenceParam as ConversationItemWithReferenceParam,
    )
    from .error_event import ErrorEvent as ErrorEvent
    from .input_audio_buffer_append_event import InputAudioBufferAppendEvent as InputAudioBufferAppendEvent
    from .input_audio_buffer_append_event_param import (
        InputAudioBufferAppendEventParam as InputAudioBufferAppendEventParam,
    )
    from .input_audio_buffer_clear_event import InputAudioBufferClearEvent as InputAudioBufferClearEvent
    from .input_audio_buffer_clear_event_param import InputAudioBufferClearEventParam as InputAudioBufferClearEventParam
    from .input_audio_buffer_cleared_event import InputAudioBufferClearedEvent as InputAudioBufferClearedEvent
    from .input_audio_buffer_commit_event import InputAudioBufferCommitEvent as InputAudioBufferCommitEvent
    from .input_audio_buffer_commit_event_param import (
        InputAudioBufferCommitEventParam as InputAudioBufferCommitEventParam,
    )
    from .input_audio_buffer_committed_event import InputAudioBufferCommittedEvent as InputAudioBufferCommittedEvent
    from .input_audio_buffer_speech_started_event import (
        InputAudioBufferSpeechStartedEvent as InputAudioBufferSpeechStartedEvent,
    )
    from .input_audio_buffer_speech_stopped_event import (
        InputAudioBufferSpeechStoppedEvent as InputAudioBufferSpeechStoppedEvent,
    )
    from .rate_limits_updated_event import RateLimitsUpdatedEvent as RateLimitsUpdatedEvent
    from .realtime_client_event import RealtimeClientEvent as RealtimeClientEvent
    from .realtime_client_event_param import RealtimeClientEventParam as RealtimeClientEventParam
    from .realtime_connect_params import RealtimeConnectParams as RealtimeConnectParams
    from .realtime_response import RealtimeResponse as RealtimeResponse
    from .realtime_response_status import RealtimeResponseStatus as RealtimeResponseStatus
    from .realtime_response_usage import RealtimeResponseUsage as RealtimeResponseUsage
    from .realtime_server_event import RealtimeServerEvent as RealtimeServerEvent
    from .response_audio_delta_event import ResponseAudioDeltaEvent as ResponseAudioDeltaEvent
    from .response_audio_done_event import ResponseAudioDoneEvent as ResponseAudioDoneEvent
    from .response_audio_transcript_delta_event import (
        ResponseAudioTranscriptDeltaEvent as ResponseAudioTranscriptDeltaEvent,
    )
    from .response_audio_transcript_done_event import (
        ResponseAudioTranscriptDoneEvent as ResponseAudioTranscriptDoneEvent,
    )
    from .response_cancel_event import ResponseCancelEvent as ResponseCancelEvent
    from .response_cancel_event_param import ResponseCancelEventParam as ResponseCancelEventParam
    from .response_content_part_added_event import ResponseContentPartAddedEvent as ResponseContentPartAddedEvent
    from .response_content_part_done_event import ResponseContentPartDoneEvent as ResponseContentPartDoneEvent
    from .response_create_event import ResponseCreateEvent as ResponseCreateEvent
    from .response_create_event_param import ResponseCreateEventParam as ResponseCreateEventParam
    from .response_created_event import ResponseCreatedEvent as ResponseCreatedEvent
    from .response_done_event import ResponseDoneEvent as ResponseDoneEvent
    from .response_function_call_arguments_delta_event import (
        ResponseFunctionCallArgumentsDeltaEvent as ResponseFunctionCallArgumentsDeltaEvent,
    )
    from .response_function_call_arguments_done_event import (
        ResponseFunctionCallArgumentsDoneEvent as ResponseFunctionCallArgumentsDoneEvent,
    )
    from .response_output_item_added_event import ResponseOutputItemAddedEvent as ResponseOutputItemAddedEvent
    from .response_output_item_done_event import ResponseOutputItemDoneEvent as ResponseOutputItemDoneEvent
    from .response_text_delta_event import ResponseTextDeltaEvent as ResponseTextDeltaEvent
    from .response_text_done_event import ResponseTextDoneEvent as ResponseTextDoneEvent
    from .session import Session as Session
    from .session_create_params import SessionCreateParams as SessionCreateParams
    from .session_create_response import SessionCreateResponse as SessionCreateResponse
    from .session_created_event import SessionCreatedEvent as SessionCreatedEvent
    from .session_update_event import SessionUpdateEvent as SessionUpdateEvent
    from .session_update_event_param import SessionUpdateEventParam as SessionUpdateEventParam
    from .session_updated_event import SessionUpdatedEvent as SessionUpdatedEvent
    from .transcription_session import TranscriptionSession as TranscriptionSession
    from .transcription_session_create_params import (
        TranscriptionSessionCreateParams as TranscriptionSessionCreateParams,
    )
    from .transcription_session_update import TranscriptionSessionUpdate as TranscriptionSessionUpdate
    from .transcription_session_update_param import TranscriptionSessionUpdateParam as TranscriptionSessionUpdateParam
    from .transcription_session_updated_event import (
        TranscriptionSessionUpdatedEvent as TranscriptionSessionUpdatedEvent,
    )
else:
    from ...._lazy_exports import lazy_package

    __getattr__, __dir__, __all__ = lazy_package(
        __name__,
        {
            "ConversationCreatedEvent": ".conversation_created_event",
            "ConversationItem": ".conversation_item",
            "ConversationItemContent": ".conversation_item_content",
            "ConversationItemContentParam": ".conversation_item_content_param",
            "ConversationItemCreateEvent": ".conversation_item_create_event",
            "ConversationItemCreateEventParam": ".conversation_item_create_event_param",
            "ConversationItemCreatedEvent": ".conversation_item_created_event",
            "ConversationItemDeleteEvent": ".conversation_item_delete_event",
            "ConversationItemDeleteEventParam": ".conversation_item_delete_event_param",
            "ConversationItemDeletedEvent": ".conversation_item_deleted_event",
            "ConversationItemInputAudioTranscriptionCompletedEvent": ".conversation_item_input_audio_transcription_completed_event",
            "ConversationItemInputAudioTranscriptionDeltaEvent": ".conversation_item_input_audio_transcription_delta_event",
            "ConversationItemInputAudioTranscriptionFailedEvent": ".conversation_item_input_audio_transcription_failed_event",
            "ConversationItemParam": ".conversation_item_param",
            "ConversationItemRetrieveEvent": ".conversation_item_retrieve_event",
            "ConversationItemRetrieveEventParam": ".conversation_item_retrieve_event_param",
            "ConversationItemTruncateEvent": ".conversation_item_truncate_event",
            "ConversationItemTruncateEventParam": ".conversation_item_truncate_event_param",
            "ConversationItemTruncatedEvent": ".conversation_item_truncated_event",
            "ConversationItemWithReference": ".conversation_item_with_reference",
            "ConversationItemWithReferenceParam": ".conversation_item_with_reference_param",
            "ErrorEvent": ".error_event",
            "InputAudioBufferAppendEvent": ".input_audio_buffer_append_event",
            "InputAudioBufferAppendEventParam": ".input_audio_buffer_append_event_param",
            "InputAudioBufferClearEvent": ".input_audio_buffer_clear_event",
            "InputAudioBufferClearEventParam": ".input_audio_buffer_clear_event_param",
            "InputAudioBufferClearedEvent": ".input_audio_buffer_cleared_event",
            "InputAudioBufferCommitEvent": ".input_audio_buffer_commit_event",
            "InputAudioBufferCommitEventParam": ".input_audio_buffer_commit_event_param",
            "InputAudioBufferCommittedEvent": ".input_audio_buffer_committed_event",
            "InputAudioBufferSpeechStartedEvent": ".input_audio_buffer_speech_started_event",
            "InputAudioBufferSpeechStoppedEvent": ".input_audio_buffer_speech_stopped_event",
            "RateLimitsUpdatedEvent": ".rate_limits_updated_event",
            "RealtimeClientEvent": ".realtime_client_event",
            "RealtimeClientEventParam": ".realtime_client_event_param",
            "RealtimeConnectParams": ".realtime_connect_params",
            "RealtimeResponse": ".realtime_response",
            "RealtimeResponseStatus": ".realtime_response_status",
            "RealtimeResponseUsage": ".realtime_response_usage",
            "RealtimeServerEvent": ".realtime_server_event",
            "ResponseAudioDeltaEvent": ".response_audio_delta_event",
            "ResponseAudioDoneEvent": ".response_audio_done_event",
            "ResponseAudioTranscriptDeltaEvent": ".response_audio_transcript_delta_event",
            "ResponseAudioTranscriptDoneEvent": ".response_audio_transcript_done_event",
            "ResponseCancelEvent": ".response_cancel_event",
            "ResponseCancelEventParam": ".response_cancel_event_param",
            "ResponseContentPartAddedEvent": ".response_content_part_added_event",
            "ResponseContentPartDoneEvent": ".response_content_part_done_event",
            "ResponseCreateEvent": ".response_create_event",
            "ResponseCreateEventParam": ".response_create_event_param",
            "ResponseCreatedEvent": ".response_created_event",
            "ResponseDoneEvent": ".response_done_event",
            "ResponseFunctionCallArgumentsDeltaEvent": ".response_function_call_arguments_delta_event",
            "ResponseFunctionCallArgumentsDoneEvent": ".response_function_call_arguments_done_event",
            "ResponseOutputItemAddedEvent": ".response_output_item_added_event",
            "ResponseOutputItemDoneEvent": ".response_output_item_done_event",
            "ResponseTextDeltaEvent": ".response_text_delta_event",
            "ResponseTextDoneEvent": ".response_text_done_event",
            "Session": ".session",
            "SessionCreateParams": ".session_create_params",
            "SessionCreateResponse": ".session_create_response",
            "SessionCreatedEvent": ".session_created_event",
            "SessionUpdateEvent": ".session_update_event",
            "SessionUpdateEventParam": ".session_update_event_param",
            "SessionUpdatedEvent": ".session_updated_event",
            "TranscriptionSession": ".transcription_session",
            "TranscriptionSessionCreateParams": ".transcription_session_create_params",
            "TranscriptionSessionUpdate": ".transcription_session_update",
            "TranscriptionSessionUpdateParam": ".transcription_session_update_param",
            "TranscriptionSessionUpdatedEvent": ".transcription_session_updated_event",
        },
    )
