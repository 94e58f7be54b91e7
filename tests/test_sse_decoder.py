"""`SSEDecoder`: raw bytes in, `ServerSentEvent`s out, however the bytes are chunked."""

from __future__ import annotations

from typing import AsyncIterator, Iterable, List, Optional, Tuple

import pytest

from openai._streaming import ServerSentEvent, SSEDecoder

# (event, data, id, retry): an event reduced to comparable values.
Fields = Tuple[Optional[str], str, Optional[str], Optional[int]]


def fields(sse: ServerSentEvent) -> Fields:
    return (sse.event, sse.data, sse.id, sse.retry)


def decode(chunks: Iterable[bytes]) -> List[Fields]:
    return [fields(sse) for sse in SSEDecoder().iter_bytes(iter(chunks))]


async def adecode(chunks: Iterable[bytes]) -> List[Fields]:
    async def gen() -> AsyncIterator[bytes]:
        for chunk in chunks:
            yield chunk

    return [fields(sse) async for sse in SSEDecoder().aiter_bytes(gen())]


def byte_by_byte(body: bytes) -> List[bytes]:
    return [body[i : i + 1] for i in range(len(body))]


def two_events(eol: bytes) -> bytes:
    return eol.join([b"event: a", b"data: one", b"", b"data: two", b"", b""])


@pytest.mark.parametrize("eol", [b"\n", b"\r\n", b"\r"], ids=["LF", "CRLF", "CR"])
def test_line_endings(eol: bytes) -> None:
    assert decode([two_events(eol)]) == [("a", "one", None, None), (None, "two", None, None)]


@pytest.mark.parametrize("eol", [b"\n", b"\r\n", b"\r"], ids=["LF", "CRLF", "CR"])
def test_line_endings_byte_by_byte(eol: bytes) -> None:
    assert decode(byte_by_byte(two_events(eol))) == decode([two_events(eol)])


def test_crlf_split_across_chunks_is_one_line_ending() -> None:
    # Were the "\n" taken as a second line ending, the blank line would end the event early.
    events = decode([b"data: first\r", b"\ndata: second\r\n\r\n"])
    assert events == [(None, "first\nsecond", None, None)]


def test_crlf_split_across_chunks_at_event_end() -> None:
    events = decode([b"data: a\r\n\r", b"\ndata: b\r\n\r\n"])
    assert events == [(None, "a", None, None), (None, "b", None, None)]


def test_multiline_data_is_joined_with_newlines() -> None:
    assert decode([b"data: line 1\ndata: line 2\ndata:\ndata: line 4\n\n"]) == [
        (None, "line 1\nline 2\n\nline 4", None, None)
    ]


def test_data_without_space_after_colon() -> None:
    assert decode([b'data:{"a":1}\n\n']) == [(None, '{"a":1}', None, None)]


def test_only_one_leading_space_is_stripped() -> None:
    assert decode([b"data:  two spaces\n\n"]) == [(None, " two spaces", None, None)]


def test_field_without_colon_has_empty_value() -> None:
    assert decode([b"data\n\n"]) == [(None, "", None, None)]


def test_comments_are_ignored() -> None:
    assert decode([b": ping\n\n: keep-alive\ndata: x\n: more\n\n"]) == [(None, "x", None, None)]


def test_comment_alone_yields_no_event() -> None:
    assert decode([b": ping\n\n"]) == []


def test_event_with_only_id() -> None:
    assert decode([b"id: 42\n\n"]) == [(None, "", "42", None)]


def test_event_with_only_retry() -> None:
    assert decode([b"retry: 1500\n\n"]) == [(None, "", None, 1500)]


def test_invalid_retry_is_ignored() -> None:
    assert decode([b"retry: soon\ndata: x\n\n"]) == [(None, "x", None, None)]


def test_last_event_id_persists_across_events() -> None:
    assert decode([b"id: 7\ndata: a\n\ndata: b\n\n"]) == [(None, "a", "7", None), (None, "b", "7", None)]


def test_event_name_is_reset_after_each_event() -> None:
    body = b"event: thread.run.created\ndata: {}\n\ndata: {}\n\n"
    assert decode([body]) == [("thread.run.created", "{}", None, None), (None, "{}", None, None)]


def test_unknown_fields_are_ignored() -> None:
    assert decode([b"foo: bar\ndata: x\nweird\n\n"]) == [(None, "x", None, None)]


def test_unknown_field_alone_yields_no_event() -> None:
    assert decode([b"foo: bar\n\n"]) == []


def test_final_event_without_trailing_blank_line_is_dropped() -> None:
    # As the SSE spec (and the official decoder) say: an unfinished event is not dispatched.
    assert decode([b"data: a\n\ndata: last"]) == [(None, "a", None, None)]


def test_final_event_ending_with_single_newline_is_dropped() -> None:
    assert decode([b"data: last\n"]) == []


def test_blank_line_after_an_empty_event_name_dispatches_nothing() -> None:
    # The empty name is kept for the next event, as in the official decoder.
    assert decode([b"event:\n\ndata: x\n\n"]) == [("", "x", None, None)]


def test_an_earlier_id_alone_does_not_dispatch_an_empty_event() -> None:
    # The official decoder would dispatch (None, "", "1", None) here and fail to parse it.
    assert decode([b"id: 1\ndata: a\n\n\n\ndata: b\n\n"]) == [(None, "a", "1", None), (None, "b", "1", None)]


def test_empty_stream_yields_nothing() -> None:
    assert decode([]) == []
    assert decode([b"", b""]) == []


def test_multibyte_utf8_split_across_chunks() -> None:
    body = "data: héllo → 世界 🎉\n\n".encode()
    split = body.index("世".encode()) + 1  # in the middle of a 3-byte character
    assert decode([body[:split], body[split:]]) == [(None, "héllo → 世界 🎉", None, None)]


def test_every_split_point_gives_the_same_events() -> None:
    body = (
        b": comment\r\n"
        b'event: delta\r\nid: 1\r\ndata: {"t": "\xc3\xa9\xf0\x9f\x8e\x89"}\r\n\r\n'
        b"data: a\rdata: b\r\r"
        b"retry: 10\n\n"
        b"data: tail\n\n"
    )
    expected = decode([body])
    assert expected == [
        ("delta", '{"t": "é🎉"}', "1", None),
        (None, "a\nb", "1", None),
        (None, "", "1", 10),
        (None, "tail", "1", None),
    ]
    for i in range(len(body) + 1):
        assert decode([body[:i], body[i:]]) == expected, f"split at {i}"
    for i in range(len(body)):
        for j in range(i, len(body) + 1, 7):
            assert decode([body[:i], body[i:j], body[j:]]) == expected, f"split at {i}, {j}"
    assert decode(byte_by_byte(body)) == expected


def test_decode_line_by_line() -> None:
    decoder = SSEDecoder()
    assert decoder.decode("event: x") is None
    assert decoder.decode("data: y") is None
    sse = decoder.decode("")
    assert sse is not None and fields(sse) == ("x", "y", None, None)
    assert decoder.decode("") is None  # a second blank line ends nothing


def test_event_json() -> None:
    (sse,) = SSEDecoder().iter_bytes(iter([b'data: {"a": [1, 2]}\n\n']))
    assert sse.json() == {"a": [1, 2]}
    assert "data='{\"a\": [1, 2]}'" in repr(sse)


@pytest.mark.anyio
@pytest.mark.parametrize("eol", [b"\n", b"\r\n", b"\r"], ids=["LF", "CRLF", "CR"])
async def test_async_line_endings(eol: bytes) -> None:
    assert await adecode([two_events(eol)]) == [("a", "one", None, None), (None, "two", None, None)]


@pytest.mark.anyio
async def test_async_split_crlf_and_utf8() -> None:
    body = "data: 世界\r\n\r\ndata: tail\r\n\r\n".encode()
    expected = [(None, "世界", None, None), (None, "tail", None, None)]
    assert await adecode(byte_by_byte(body)) == expected
    assert await adecode([body[:7], body[7:13], body[13:]]) == expected
