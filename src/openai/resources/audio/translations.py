"""`/audio/translations`: speech in any language to English text (multipart upload).

As for transcriptions, `response_format` picks the result: `Translation` (json, the default),
`TranslationVerbose` (verbose_json), or the text itself as a `str` (text, srt, vtt).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Union, overload

from typing_extensions import Literal, Unpack

from ..._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from ..._typed_views import (
    RawView,
    StreamingView,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..._types import NOT_GIVEN, NotGiven
from ...types.audio.translation import Translation
from ...types.audio.translation_create_params import TranslationCreateKwargs, TranslationCreateParams
from ...types.audio.translation_verbose import TranslationVerbose
from ...types.audio_response_format import AudioResponseFormat
from .transcriptions import result_type

__all__ = [
    "Translations",
    "AsyncTranslations",
    "TranslationsWithRawResponse",
    "TranslationsWithStreamingResponse",
    "AsyncTranslationsWithRawResponse",
    "AsyncTranslationsWithStreamingResponse",
]

CREATE = Endpoint(
    "post",
    "/audio/translations",
    cast_to=Translation,
    cast_for=result_type(Translation, TranslationVerbose),
    params=TranslationCreateParams,
    files=(("file",),),
)

_Result = Union[Translation, TranslationVerbose, str]


class TranslationCreateArgs(TranslationCreateKwargs, RequestExtras, total=False):
    """The keywords of `audio.translations.create` besides `response_format`."""


class Translations(SyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> TranslationsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> TranslationsWithStreamingResponse: ...

    @overload
    def create(
        self, *, response_format: Union[Literal["json"], NotGiven] = NOT_GIVEN, **kw: Unpack[TranslationCreateArgs]
    ) -> Translation: ...
    @overload
    def create(
        self, *, response_format: Literal["verbose_json"], **kw: Unpack[TranslationCreateArgs]
    ) -> TranslationVerbose: ...
    @overload
    def create(self, *, response_format: Literal["text", "srt", "vtt"], **kw: Unpack[TranslationCreateArgs]) -> str: ...
    def create(
        self, *, response_format: Union[AudioResponseFormat, NotGiven] = NOT_GIVEN, **kw: Unpack[TranslationCreateArgs]
    ) -> _Result:
        """Translate the audio `file` into English; the result type follows `response_format`."""
        return self._call(CREATE, {**kw, "response_format": response_format}, "create")


class AsyncTranslations(AsyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncTranslationsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncTranslationsWithStreamingResponse: ...

    @overload
    async def create(
        self, *, response_format: Union[Literal["json"], NotGiven] = NOT_GIVEN, **kw: Unpack[TranslationCreateArgs]
    ) -> Translation: ...
    @overload
    async def create(
        self, *, response_format: Literal["verbose_json"], **kw: Unpack[TranslationCreateArgs]
    ) -> TranslationVerbose: ...
    @overload
    async def create(
        self, *, response_format: Literal["text", "srt", "vtt"], **kw: Unpack[TranslationCreateArgs]
    ) -> str: ...
    async def create(
        self, *, response_format: Union[AudioResponseFormat, NotGiven] = NOT_GIVEN, **kw: Unpack[TranslationCreateArgs]
    ) -> _Result:
        """Translate the audio `file` into English; the result type follows `response_format`."""
        return await self._call(CREATE, {**kw, "response_format": response_format}, "create")


class TranslationsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, translations: Translations) -> None:
            self.create = to_raw_response_wrapper(translations.create)


class AsyncTranslationsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, translations: AsyncTranslations) -> None:
            self.create = async_to_raw_response_wrapper(translations.create)


class TranslationsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, translations: Translations) -> None:
            self.create = to_streamed_response_wrapper(translations.create)


class AsyncTranslationsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, translations: AsyncTranslations) -> None:
            self.create = async_to_streamed_response_wrapper(translations.create)
