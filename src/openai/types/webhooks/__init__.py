# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the names load on first access at runtime: see `openai._lazy_exports`
    from .batch_cancelled_webhook_event import BatchCancelledWebhookEvent as BatchCancelledWebhookEvent
    from .batch_completed_webhook_event import BatchCompletedWebhookEvent as BatchCompletedWebhookEvent
    from .batch_expired_webhook_event import BatchExpiredWebhookEvent as BatchExpiredWebhookEvent
    from .batch_failed_webhook_event import BatchFailedWebhookEvent as BatchFailedWebhookEvent
    from .eval_run_canceled_webhook_event import EvalRunCanceledWebhookEvent as EvalRunCanceledWebhookEvent
    from .eval_run_failed_webhook_event import EvalRunFailedWebhookEvent as EvalRunFailedWebhookEvent
    from .eval_run_succeeded_webhook_event import EvalRunSucceededWebhookEvent as EvalRunSucceededWebhookEvent
    from .fine_tuning_job_cancelled_webhook_event import (
        FineTuningJobCancelledWebhookEvent as FineTuningJobCancelledWebhookEvent,
    )
    from .fine_tuning_job_failed_webhook_event import FineTuningJobFailedWebhookEvent as FineTuningJobFailedWebhookEvent
    from .fine_tuning_job_succeeded_webhook_event import (
        FineTuningJobSucceededWebhookEvent as FineTuningJobSucceededWebhookEvent,
    )
    from .response_cancelled_webhook_event import ResponseCancelledWebhookEvent as ResponseCancelledWebhookEvent
    from .response_completed_webhook_event import ResponseCompletedWebhookEvent as ResponseCompletedWebhookEvent
    from .response_failed_webhook_event import ResponseFailedWebhookEvent as ResponseFailedWebhookEvent
    from .response_incomplete_webhook_event import ResponseIncompleteWebhookEvent as ResponseIncompleteWebhookEvent
    from .unwrap_webhook_event import UnwrapWebhookEvent as UnwrapWebhookEvent
else:
    from ..._lazy_exports import lazy_package

    __getattr__, __dir__, __all__ = lazy_package(
        __name__,
        {
            "BatchCancelledWebhookEvent": ".batch_cancelled_webhook_event",
            "BatchCompletedWebhookEvent": ".batch_completed_webhook_event",
            "BatchExpiredWebhookEvent": ".batch_expired_webhook_event",
            "BatchFailedWebhookEvent": ".batch_failed_webhook_event",
            "EvalRunCanceledWebhookEvent": ".eval_run_canceled_webhook_event",
            "EvalRunFailedWebhookEvent": ".eval_run_failed_webhook_event",
            "EvalRunSucceededWebhookEvent": ".eval_run_succeeded_webhook_event",
            "FineTuningJobCancelledWebhookEvent": ".fine_tuning_job_cancelled_webhook_event",
            "FineTuningJobFailedWebhookEvent": ".fine_tuning_job_failed_webhook_event",
            "FineTuningJobSucceededWebhookEvent": ".fine_tuning_job_succeeded_webhook_event",
            "ResponseCancelledWebhookEvent": ".response_cancelled_webhook_event",
            "ResponseCompletedWebhookEvent": ".response_completed_webhook_event",
            "ResponseFailedWebhookEvent": ".response_failed_webhook_event",
            "ResponseIncompleteWebhookEvent": ".response_incomplete_webhook_event",
            "UnwrapWebhookEvent": ".unwrap_webhook_event",
        },
    )
