"""`openai api completions.create -m MODEL [-p PROMPT] [--stream] ...` (the legacy Completions API)."""

from __future__ import annotations

import sys
from argparse import ArgumentParser
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Optional

from ..._types import NOT_GIVEN, NotGivenOr
from ..._utils import is_given
from .._errors import CLIError
from .._models import BaseModel
from .._utils import add_command, get_client, option

if TYPE_CHECKING:
    from argparse import _SubParsersAction

    from ...types.completion import Completion

_TEMPERATURE_HELP = """What sampling temperature to use. Higher values means the model will take more risks. Try 0.9 for more creative applications, and 0 (argmax sampling) for ones with a well-defined answer.

Mutually exclusive with `top_p`."""

_TOP_P_HELP = """An alternative to sampling with temperature, called nucleus sampling, where the considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10%% probability mass are considered.

            Mutually exclusive with `temperature`."""


def register(subparser: _SubParsersAction[ArgumentParser]) -> None:
    add_command(
        subparser,
        "completions.create",
        CLICompletions.create,
        CLICompletionCreateArgs,
        [
            option("-m", "--model", help="The model to use", required=True),
            option("-p", "--prompt", help="An optional prompt to complete from"),
            option("--stream", help="Stream tokens as they're ready.", action="store_true"),
            option("-M", "--max-tokens", help="The maximum number of tokens to generate", type=int),
            option("-t", "--temperature", help=_TEMPERATURE_HELP, type=float),
            option("-P", "--top_p", help=_TOP_P_HELP, type=float),
            option("-n", "--n", help="How many sub-completions to generate for each prompt.", type=int),
            option(
                "--logprobs",
                help="Include the log probabilities on the `logprobs` most likely tokens, as well the chosen tokens. So for example, if `logprobs` is 10, the API will return a list of the 10 most likely tokens. If `logprobs` is 0, only the chosen tokens will have logprobs returned.",
                type=int,
            ),
            option(
                "--best_of",
                help="Generates `best_of` completions server-side and returns the 'best' (the one with the highest log probability per token). Results cannot be streamed.",
                type=int,
            ),
            option("--echo", help="Echo back the prompt in addition to the completion", action="store_true"),
            option(
                "--frequency_penalty",
                help="Positive values penalize new tokens based on their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim.",
                type=float,
            ),
            option(
                "--presence_penalty",
                help="Positive values penalize new tokens based on whether they appear in the text so far, increasing the model's likelihood to talk about new topics.",
                type=float,
            ),
            option("--suffix", help="The suffix that comes after a completion of inserted text."),
            option("--stop", help="A stop sequence at which to stop generating tokens."),
            option(
                "--user",
                help="A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse.",
            ),
        ],
    )


@dataclass
class CLICompletionCreateArgs(BaseModel):
    model: str
    stream: bool = False

    prompt: Optional[str] = None
    n: NotGivenOr[int] = NOT_GIVEN
    stop: NotGivenOr[str] = NOT_GIVEN
    user: NotGivenOr[str] = NOT_GIVEN
    echo: NotGivenOr[bool] = NOT_GIVEN
    suffix: NotGivenOr[str] = NOT_GIVEN
    best_of: NotGivenOr[int] = NOT_GIVEN
    top_p: NotGivenOr[float] = NOT_GIVEN
    logprobs: NotGivenOr[int] = NOT_GIVEN
    max_tokens: NotGivenOr[int] = NOT_GIVEN
    temperature: NotGivenOr[float] = NOT_GIVEN
    presence_penalty: NotGivenOr[float] = NOT_GIVEN
    frequency_penalty: NotGivenOr[float] = NOT_GIVEN


class CLICompletions:
    @staticmethod
    def create(args: CLICompletionCreateArgs) -> None:
        if is_given(args.n) and args.n > 1 and args.stream:
            # The streamed choices of several completions would interleave on one terminal.
            raise CLIError("Can't stream completions with n>1 with the current CLI")
        params: Any = dict(
            n=args.n,
            echo=args.echo,
            stop=args.stop,
            user=args.user,
            model=args.model,
            top_p=args.top_p,
            prompt=args.prompt,
            suffix=args.suffix,
            best_of=args.best_of,
            logprobs=args.logprobs,
            max_tokens=args.max_tokens,
            temperature=args.temperature,
            presence_penalty=args.presence_penalty,
            frequency_penalty=args.frequency_penalty,
        )
        completions = get_client().completions
        if args.stream:
            CLICompletions._stream_create(completions.create(**params, stream=True))
        else:
            CLICompletions._create(completions.create(**params))

    @staticmethod
    def _create(completion: "Completion") -> None:
        several = len(completion.choices) > 1
        for choice in completion.choices:
            if several:
                sys.stdout.write(f"===== Completion {choice.index} =====\n")
            sys.stdout.write(choice.text)
            if several or not choice.text.endswith("\n"):
                sys.stdout.write("\n")
            sys.stdout.flush()

    @staticmethod
    def _stream_create(stream: Iterable["Completion"]) -> None:
        for chunk in stream:
            several = len(chunk.choices) > 1
            for choice in sorted(chunk.choices, key=lambda c: c.index):
                if several:
                    sys.stdout.write(f"===== Chat Completion {choice.index} =====\n")
                sys.stdout.write(choice.text)
                if several:
                    sys.stdout.write("\n")
                sys.stdout.flush()  # each token as it arrives
        sys.stdout.write("\n")
