"""`openai api chat.completions.create -m MODEL -g ROLE CONTENT [-g ROLE CONTENT ...] [--stream] ...`."""

from __future__ import annotations

import sys
from argparse import ArgumentParser
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Optional, Sequence, Union

from typing_extensions import NamedTuple

from ..._errors import CLIError
from ..._models import BaseModel
from ..._utils import get_client
from ..completions import _TEMPERATURE_HELP, _TOP_P_HELP

if TYPE_CHECKING:
    from argparse import _SubParsersAction

    from ....types.chat import ChatCompletion, ChatCompletionChunk


def register(subparser: _SubParsersAction[ArgumentParser]) -> None:
    sub = subparser.add_parser("chat.completions.create")
    # Its help lists two groups, "required arguments" and "optional arguments", in place of
    # argparse's "options" (which would hold only -h/--help: -h stays in the usage line).
    sub._action_groups.remove(sub._optionals)
    required = sub.add_argument_group("required arguments")
    optional = sub.add_argument_group("optional arguments")

    required.add_argument(
        "-g",
        "--message",
        action="append",
        nargs=2,
        metavar=("ROLE", "CONTENT"),
        help="A message in `{role} {content}` format. Use this argument multiple times to add multiple messages.",
        required=True,
    )
    required.add_argument("-m", "--model", help="The model to use.", required=True)

    optional.add_argument("-n", "--n", help="How many completions to generate for the conversation.", type=int)
    optional.add_argument("-M", "--max-tokens", help="The maximum number of tokens to generate.", type=int)
    optional.add_argument("-t", "--temperature", help=_TEMPERATURE_HELP, type=float)
    optional.add_argument("-P", "--top_p", help=_TOP_P_HELP, type=float)
    optional.add_argument("--stop", help="A stop sequence at which to stop generating tokens for the message.")
    optional.add_argument("--stream", help="Stream messages as they're ready.", action="store_true")
    sub.set_defaults(func=CLIChatCompletion.create, args_model=CLIChatCompletionCreateArgs)


class CLIMessage(NamedTuple):
    role: str
    content: str


@dataclass
class CLIChatCompletionCreateArgs(BaseModel):
    message: List[CLIMessage]
    model: str
    n: Optional[int] = None
    max_tokens: Optional[int] = None
    temperature: Optional[float] = None
    top_p: Optional[float] = None
    stop: Optional[str] = None
    stream: bool = False

    def __post_init__(self) -> None:
        # argparse gives each `-g ROLE CONTENT` as a two-item list.
        self.message = [CLIMessage(*message) for message in self.message]


def _check_roles(messages: Sequence[CLIMessage]) -> None:
    from typing import get_args

    from ....types.chat import ChatCompletionRole

    roles = get_args(ChatCompletionRole)
    for message in messages:
        if message.role not in roles:
            choices = ", ".join(repr(role) for role in roles)
            raise CLIError(f"Invalid role {message.role!r} in -g/--message: choose from {choices}")


class CLIChatCompletion:
    @staticmethod
    def create(args: CLIChatCompletionCreateArgs) -> None:
        _check_roles(args.message)
        params: Dict[str, Any] = {
            "model": args.model,
            "messages": [{"role": message.role, "content": message.content} for message in args.message],
            "stream": args.stream,  # sent either way, `"stream": false` included
        }
        for name in ("temperature", "stop", "top_p", "n", "max_tokens"):
            value = getattr(args, name)
            if value is not None:
                params[name] = value
        completion: Any = get_client().chat.completions.create(**params)
        if args.stream:
            CLIChatCompletion._stream_create(completion)
        else:
            CLIChatCompletion._create(completion)

    @staticmethod
    def _create(completion: "ChatCompletion") -> None:
        several = len(completion.choices) > 1
        for choice in completion.choices:
            if several:
                sys.stdout.write(f"===== Chat Completion {choice.index} =====\n")
            content = choice.message.content if choice.message.content is not None else "None"
            sys.stdout.write(content)
            if several or not content.endswith("\n"):
                sys.stdout.write("\n")
            sys.stdout.flush()

    @staticmethod
    def _stream_create(stream: Iterable[Union["ChatCompletionChunk", Any]]) -> None:
        for chunk in stream:
            several = len(chunk.choices) > 1
            for choice in chunk.choices:
                if several:
                    sys.stdout.write(f"===== Chat Completion {choice.index} =====\n")
                sys.stdout.write(choice.delta.content or "")
                if several:
                    sys.stdout.write("\n")
                sys.stdout.flush()  # each token as it arrives
        sys.stdout.write("\n")
