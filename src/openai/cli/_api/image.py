"""`openai api images.generate | images.edit | images.create_variation`."""

from __future__ import annotations

from argparse import ArgumentParser
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from ..._types import NOT_GIVEN, NotGiven, NotGivenOr
from .._models import BaseModel
from .._progress import BufferReader
from .._utils import Option, add_command, get_client, option, print_model
from ._upload import read_file

if TYPE_CHECKING:
    from argparse import _SubParsersAction


def _common(*, prompt: bool) -> list[Option]:
    # The options the three commands share, in the order their help lists them.
    return [
        option("-m", "--model", type=str),
        *([option("-p", "--prompt", type=str, required=True)] if prompt else []),
        option("-n", "--num-images", type=int, default=1),
    ]


_SIZE = option("-s", "--size", type=str, default="1024x1024", help="Size of the output image")
_RESPONSE_FORMAT = option("--response-format", type=str, default="url")
_IMAGE = option(
    "-I", "--image", type=str, required=True, help="Image to modify. Should be a local path and a PNG encoded image."
)


def register(subparser: _SubParsersAction[ArgumentParser]) -> None:
    add_command(
        subparser,
        "images.generate",
        CLIImage.create,
        CLIImageCreateArgs,
        [*_common(prompt=True), _SIZE, _RESPONSE_FORMAT],
    )
    mask = option(
        "-M",
        "--mask",
        type=str,
        required=False,
        help="Path to a mask image. It should be the same size as the image you're editing and a RGBA PNG image. The Alpha channel acts as the mask.",
    )
    add_command(
        subparser,
        "images.edit",
        CLIImage.edit,
        CLIImageEditArgs,
        [*_common(prompt=True), _IMAGE, _SIZE, _RESPONSE_FORMAT, mask],
    )
    add_command(
        subparser,
        "images.create_variation",
        CLIImage.create_variation,
        CLIImageCreateVariationArgs,
        [*_common(prompt=False), _IMAGE, _SIZE, _RESPONSE_FORMAT],
    )


@dataclass
class CLIImageCreateArgs(BaseModel):
    prompt: str
    num_images: int
    size: str
    response_format: str
    model: NotGivenOr[str] = NOT_GIVEN


@dataclass
class CLIImageCreateVariationArgs(BaseModel):
    image: str
    num_images: int
    size: str
    response_format: str
    model: NotGivenOr[str] = NOT_GIVEN


@dataclass
class CLIImageEditArgs(BaseModel):
    image: str
    num_images: int
    size: str
    response_format: str
    prompt: str
    mask: NotGivenOr[str] = NOT_GIVEN
    model: NotGivenOr[str] = NOT_GIVEN


# Sizes and formats are sent as typed (`cast`): the API knows the current values, this command
# should not refuse a new one.


class CLIImage:
    @staticmethod
    def create(args: CLIImageCreateArgs) -> None:
        images = get_client().images.generate(
            model=args.model,
            prompt=args.prompt,
            n=args.num_images,
            size=cast(Any, args.size),
            response_format=cast(Any, args.response_format),
        )
        print_model(images)

    @staticmethod
    def create_variation(args: CLIImageCreateVariationArgs) -> None:
        image = BufferReader(read_file(args.image), desc="Upload progress")
        images = get_client().images.create_variation(
            model=args.model,
            image=("image", image),
            n=args.num_images,
            size=cast(Any, args.size),
            response_format=cast(Any, args.response_format),
        )
        print_model(images)

    @staticmethod
    def edit(args: CLIImageEditArgs) -> None:
        image = BufferReader(read_file(args.image), desc="Image upload progress")
        mask: Any = NOT_GIVEN
        if not isinstance(args.mask, NotGiven):
            mask = ("mask", BufferReader(read_file(args.mask), desc="Mask progress"))
        images = get_client().images.edit(
            model=args.model,
            prompt=args.prompt,
            image=("image", image),
            n=args.num_images,
            mask=mask,
            size=cast(Any, args.size),
            response_format=cast(Any, args.response_format),
        )
        print_model(images)
