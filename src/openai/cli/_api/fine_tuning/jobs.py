"""`openai api fine_tuning.jobs.create | retrieve | list | cancel | list_events`."""

from __future__ import annotations

import json
from argparse import ArgumentParser
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ...._types import NOT_GIVEN, NotGivenOr
from ..._errors import CLIError
from ..._models import BaseModel
from ..._utils import add_command, get_client, option, print_model

if TYPE_CHECKING:
    from argparse import _SubParsersAction


def register(subparser: _SubParsersAction[ArgumentParser]) -> None:
    add_command(
        subparser,
        "fine_tuning.jobs.create",
        CLIFineTuningJobs.create,
        CLIFineTuningJobsCreateArgs,
        [
            option("-m", "--model", help="The model to fine-tune.", required=True),
            option("-F", "--training-file", help="The training file to fine-tune the model on.", required=True),
            option("-H", "--hyperparameters", help="JSON string of hyperparameters to use for fine-tuning.", type=str),
            option("-s", "--suffix", help="A suffix to add to the fine-tuned model name."),
            option("-V", "--validation-file", help="The validation file to use for fine-tuning."),
        ],
    )
    add_command(
        subparser,
        "fine_tuning.jobs.retrieve",
        CLIFineTuningJobs.retrieve,
        CLIFineTuningJobsRetrieveArgs,
        [option("-i", "--id", help="The ID of the fine-tuning job to retrieve.", required=True)],
    )
    add_command(
        subparser,
        "fine_tuning.jobs.list",
        CLIFineTuningJobs.list,
        CLIFineTuningJobsListArgs,
        [
            option(
                "-a",
                "--after",
                help="Identifier for the last job from the previous pagination request. If provided, only jobs created after this job will be returned.",
            ),
            option("-l", "--limit", help="Number of fine-tuning jobs to retrieve.", type=int),
        ],
    )
    add_command(
        subparser,
        "fine_tuning.jobs.cancel",
        CLIFineTuningJobs.cancel,
        CLIFineTuningJobsCancelArgs,
        [option("-i", "--id", help="The ID of the fine-tuning job to cancel.", required=True)],
    )
    add_command(
        subparser,
        "fine_tuning.jobs.list_events",
        CLIFineTuningJobs.list_events,
        CLIFineTuningJobsListEventsArgs,
        [
            option("-i", "--id", help="The ID of the fine-tuning job to list events for.", required=True),
            option(
                "-a",
                "--after",
                help="Identifier for the last event from the previous pagination request. If provided, only events created after this event will be returned.",
            ),
            option("-l", "--limit", help="Number of fine-tuning job events to retrieve.", type=int),
        ],
    )


@dataclass
class CLIFineTuningJobsCreateArgs(BaseModel):
    model: str
    training_file: str
    hyperparameters: NotGivenOr[str] = NOT_GIVEN
    suffix: NotGivenOr[str] = NOT_GIVEN
    validation_file: NotGivenOr[str] = NOT_GIVEN


@dataclass
class CLIFineTuningJobsRetrieveArgs(BaseModel):
    id: str


@dataclass
class CLIFineTuningJobsListArgs(BaseModel):
    after: NotGivenOr[str] = NOT_GIVEN
    limit: NotGivenOr[int] = NOT_GIVEN


@dataclass
class CLIFineTuningJobsCancelArgs(BaseModel):
    id: str


@dataclass
class CLIFineTuningJobsListEventsArgs(BaseModel):
    id: str
    after: NotGivenOr[str] = NOT_GIVEN
    limit: NotGivenOr[int] = NOT_GIVEN


def _hyperparameters(text: NotGivenOr[str]) -> Any:
    if isinstance(text, str):
        try:
            return json.loads(text)
        except ValueError as err:
            raise CLIError(f"-H/--hyperparameters is not valid JSON: {err}") from None
    return NOT_GIVEN


class CLIFineTuningJobs:
    # `list` and `list_events` print the page they get (data, has_more), not every job: a listing
    # continues with `-a/--after`.

    @staticmethod
    def create(args: CLIFineTuningJobsCreateArgs) -> None:
        job = get_client().fine_tuning.jobs.create(
            model=args.model,
            training_file=args.training_file,
            hyperparameters=_hyperparameters(args.hyperparameters),
            suffix=args.suffix,
            validation_file=args.validation_file,
        )
        print_model(job)

    @staticmethod
    def retrieve(args: CLIFineTuningJobsRetrieveArgs) -> None:
        print_model(get_client().fine_tuning.jobs.retrieve(fine_tuning_job_id=args.id))

    @staticmethod
    def list(args: CLIFineTuningJobsListArgs) -> None:
        # A 0 or empty value means "not given", as officially.
        page = get_client().fine_tuning.jobs.list(after=args.after or NOT_GIVEN, limit=args.limit or NOT_GIVEN)
        print_model(page)

    @staticmethod
    def cancel(args: CLIFineTuningJobsCancelArgs) -> None:
        print_model(get_client().fine_tuning.jobs.cancel(fine_tuning_job_id=args.id))

    @staticmethod
    def list_events(args: CLIFineTuningJobsListEventsArgs) -> None:
        page = get_client().fine_tuning.jobs.list_events(
            fine_tuning_job_id=args.id, after=args.after or NOT_GIVEN, limit=args.limit or NOT_GIVEN
        )
        print_model(page)
