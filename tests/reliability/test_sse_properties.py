"""Property tests of the SSE decoder (hypothesis): however a byte stream is split into chunks
it decodes to the same events as in one piece, and garbage never hangs the decoder nor costs
a complete event that follows it."""

from __future__ import annotations

import asyncio
from typing import AsyncIterator, Iterable, List, Optional, Tuple

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from openai._streaming import SSEDecoder

Event = Tuple[Optional[str], str, Optional[str], Optional[int]]

# No example database: nothing written into the working tree.
PROFILE = settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

ENDINGS = st.sampled_from(["\n", "\r\n", "\r"])
# Field values: any text without line breaks (they end a line whatever the chunking).
VALUE = st.text(st.characters(blacklist_characters="\r\n", blacklist_categories=["Cs"]), max_size=30)
NAME = VALUE.filter(lambda v: v != "" and "\0" not in v)


def decode(chunks: Iterable[bytes]) -> List[Event]:
    return [(e.event, e.data, e.id, e.retry) for e in SSEDecoder().iter_bytes(iter(list(chunks)))]


def adecode(chunks: Iterable[bytes]) -> List[Event]:
    async def source() -> AsyncIterator[bytes]:
        for chunk in chunks:
            yield chunk

    async def run() -> List[Event]:
        return [(e.event, e.data, e.id, e.retry) async for e in SSEDecoder().aiter_bytes(source())]

    return asyncio.run(run())


@st.composite
def sse_stream(draw: st.DrawFn) -> Tuple[bytes, List[Event]]:
    """A stream of well-formed events (with comments, ids, retries and every line ending), and
    the events it must decode to."""
    text = ""
    expected: List[Event] = []
    last_id: Optional[str] = None
    for _ in range(draw(st.integers(0, 6))):
        event = draw(st.none() | NAME)
        data = draw(st.lists(VALUE, min_size=1, max_size=3))
        new_id = draw(st.none() | VALUE.filter(lambda v: "\0" not in v))
        retry = draw(st.none() | st.integers(0, 10_000))
        lines = []
        if draw(st.booleans()):
            lines.append(":" + draw(VALUE))  # a comment
        if event is not None:
            lines.append(f"event: {event}")
        # "data:" without the space only for a value not starting with one (the first is stripped).
        lines += [f"data:{v}" if draw(st.booleans()) and not v.startswith(" ") else f"data: {v}" for v in data]
        if new_id is not None:
            lines.append(f"id: {new_id}")
            last_id = new_id
        if retry is not None:
            lines.append(f"retry: {retry}")
        for line in lines + [""]:
            ending = draw(ENDINGS)
            if line == "" and text.endswith("\r") and ending == "\n":
                ending = "\r\n"  # a lone LF here would pair with the CR before it: one ending
            text += line + ending
        expected.append((event, "\n".join(data), last_id, retry))
    return text.encode("utf-8"), expected


def split(data: bytes, cuts: List[int]) -> List[bytes]:
    points = sorted({min(c, len(data)) for c in cuts})
    pieces, start = [], 0
    for point in points + [len(data)]:
        pieces.append(data[start:point])  # empty pieces too: they must change nothing
        start = point
    return pieces


@PROFILE
@given(stream=sse_stream(), cuts=st.lists(st.integers(0, 4000), max_size=20))
def test_any_split_decodes_like_the_whole(stream: Tuple[bytes, List[Event]], cuts: List[int]) -> None:
    data, expected = stream
    whole = decode([data])
    assert whole == expected
    assert decode(split(data, cuts)) == whole
    assert decode([data[i : i + 1] for i in range(len(data))]) == whole  # byte by byte


@settings(max_examples=40, deadline=None, database=None)
@given(stream=sse_stream(), cuts=st.lists(st.integers(0, 4000), max_size=10))
def test_async_decoding_matches(stream: Tuple[bytes, List[Event]], cuts: List[int]) -> None:
    data, expected = stream
    assert adecode(split(data, cuts)) == expected


GARBAGE = st.text(
    st.sampled_from(list('data:event:id:retry: \r\n\r\n::xyz\0{}"é漢')) | st.characters(blacklist_categories=["Cs"]),
    max_size=200,
)


@PROFILE
@given(garbage=GARBAGE, cuts=st.lists(st.integers(0, 1000), max_size=10), payload=VALUE)
def test_garbage_never_hangs_nor_swallows_the_next_event(garbage: str, cuts: List[int], payload: str) -> None:
    tail = f"\n\nevent: marker\ndata: {payload}\n\n"
    data = (garbage + tail).encode("utf-8")
    events = decode(split(data, cuts))  # returns: a hang would time the test out
    assert events[-1][:2] == ("marker", payload)
    assert decode([data]) == events


@PROFILE
@given(junk=st.binary(max_size=200), cuts=st.lists(st.integers(0, 400), max_size=8))
def test_arbitrary_bytes_end_or_fail_cleanly(junk: bytes, cuts: List[int]) -> None:
    # Not UTF-8 at all: the decoder may refuse it (UnicodeDecodeError), but it always returns.
    try:
        decode(split(junk, cuts))
    except UnicodeDecodeError:
        pass


@PROFILE
@given(stream=sse_stream(), cut=st.integers(0, 4000))
def test_a_truncated_stream_yields_a_prefix_of_the_events(stream: Tuple[bytes, List[Event]], cut: int) -> None:
    # A stream cut anywhere yields only complete events: a prefix of the full list, never a
    # half event (the stream's terminal-marker check then tells the caller it was cut).
    data, expected = stream
    events = decode([data[:cut]])
    assert events == expected[: len(events)]
