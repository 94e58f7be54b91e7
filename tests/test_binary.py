"""Binary bodies: `HttpxBinaryResponseContent`, and streaming a large body to a file (sync and async)."""

from __future__ import annotations

import json
import pathlib
from typing import Any, Dict, Iterator, List

import httpx
import pytest
import respx

import openai
from openai import HttpxBinaryResponseContent
from openai._request import FinalRequestOptions
from openai._response import APIResponse, AsyncAPIResponse, StreamAlreadyConsumed
from openai.types import Model
from tests.utils.servers import BODY, CHUNKS, Server, not_buffered

BASE_URL = "http://api.test/v1"
PATH = "/files/file-1/content"
TEXT = "héllo\nwörld\n"
MODEL = {"id": "gpt-4o", "object": "model", "created": 1, "owned_by": "openai"}
# The header through which integrations ask the low-level client for a streamed response.
STREAM_MODE = {"headers": {"X-Stainless-Raw-Response": "stream"}}


@pytest.fixture
def mock() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        router.get("/files/text/content").respond(text=TEXT, headers={"content-type": "text/plain; charset=utf-8"})
        router.get("/models/gpt-4o").respond(json=MODEL, headers={"x-request-id": "req_m"})
        yield router


@pytest.fixture
def server(mock: respx.MockRouter) -> Server:
    server = Server()
    mock.get(PATH).mock(side_effect=server.respond)
    return server


def sync_content(client: openai.OpenAI, path: str = PATH) -> HttpxBinaryResponseContent:
    result = client.get(path, cast_to=HttpxBinaryResponseContent)
    assert isinstance(result, HttpxBinaryResponseContent)
    return result


# ----------------------------------------------------------------------------- HttpxBinaryResponseContent (sync)


def test_binary_content_and_read(client: openai.OpenAI, server: Server) -> None:
    result = sync_content(client)
    assert result.content == BODY
    assert result.read() == BODY
    assert server.pulled == len(CHUNKS)
    assert isinstance(result.response, httpx.Response) and result.response.is_closed
    assert result.response.headers["content-type"] == "application/octet-stream"


def test_binary_text_and_encoding(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    result = sync_content(client, "/files/text/content")
    assert result.text == TEXT
    assert result.encoding == "utf-8"
    assert list(result.iter_lines()) == ["héllo", "wörld"]
    assert "".join(result.iter_text()) == TEXT


def test_binary_json(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    assert sync_content(client, "/models/gpt-4o").json() == MODEL


def test_binary_iter_bytes(client: openai.OpenAI, server: Server) -> None:
    result = sync_content(client)
    assert b"".join(result.iter_bytes()) == BODY
    sized = list(result.iter_bytes(chunk_size=1000))
    assert b"".join(sized) == BODY
    assert {len(c) for c in sized[:-1]} == {1000} and len(sized[-1]) == len(BODY) % 1000


def test_binary_write_to_file(client: openai.OpenAI, server: Server, tmp_path: pathlib.Path) -> None:
    target = tmp_path / "out.bin"
    sync_content(client).write_to_file(target)
    assert target.read_bytes() == BODY
    sync_content(client).write_to_file(str(tmp_path / "as-str.bin"))
    assert (tmp_path / "as-str.bin").read_bytes() == BODY


def test_binary_stream_to_file_is_deprecated(client: openai.OpenAI, server: Server, tmp_path: pathlib.Path) -> None:
    target = tmp_path / "out.bin"
    result = sync_content(client)
    with pytest.warns(DeprecationWarning, match="with_streaming_response"):
        result.stream_to_file(target)
    assert target.read_bytes() == BODY


def test_write_to_file_emits_no_warning(client: openai.OpenAI, server: Server, tmp_path: pathlib.Path) -> None:
    # pytest turns warnings into errors here, so a stray warning would fail this test.
    sync_content(client).write_to_file(tmp_path / "out.bin")


# ----------------------------------------------------------------------------- streamed responses (sync)


def streamed(client: openai.OpenAI) -> APIResponse[Any]:
    return client.request(
        HttpxBinaryResponseContent, FinalRequestOptions(method="get", url=PATH, headers=STREAM_MODE["headers"])
    )


def test_streamed_response_reads_nothing_until_asked(client: openai.OpenAI, server: Server) -> None:
    response = streamed(client)
    assert isinstance(response, APIResponse)
    assert server.pulled == 0
    assert not_buffered(response.http_response)
    response.close()
    assert response.is_closed


def test_stream_to_file_writes_chunk_by_chunk(client: openai.OpenAI, server: Server, tmp_path: pathlib.Path) -> None:
    target = tmp_path / "large.bin"
    response = streamed(client)
    response.stream_to_file(target)
    assert target.read_bytes() == BODY
    assert server.pulled == len(CHUNKS)
    # The body went straight to disk: httpx never held it whole in memory.
    assert not_buffered(response.http_response)
    assert response.is_closed


def test_streamed_iter_bytes_follows_the_server(client: openai.OpenAI, server: Server) -> None:
    response = streamed(client)
    pulled_at_each_chunk = [server.pulled for _ in response.iter_bytes()]
    assert pulled_at_each_chunk == list(range(1, len(CHUNKS) + 1))


def test_reading_a_body_already_iterated_raises_stream_already_consumed(client: openai.OpenAI, server: Server) -> None:
    response = streamed(client)
    assert b"".join(response.iter_bytes()) == BODY
    with pytest.raises(StreamAlreadyConsumed, match=r"^Attempted to read or stream some content") as caught:
        response.read()
    assert isinstance(caught.value, openai.OpenAIError) and isinstance(caught.value.__cause__, httpx.StreamConsumed)
    with pytest.raises(StreamAlreadyConsumed):
        response.parse()


def test_streaming_header_on_low_level_get(client: openai.OpenAI, server: Server, tmp_path: pathlib.Path) -> None:
    response = client.get(PATH, cast_to=HttpxBinaryResponseContent, options=STREAM_MODE)  # type: ignore[arg-type]
    assert isinstance(response, APIResponse)
    assert server.pulled == 0
    # Sent on the wire, as the official client sends it.
    assert response.http_request.headers["x-stainless-raw-response"] == "stream"
    response.stream_to_file(tmp_path / "out.bin")
    assert (tmp_path / "out.bin").read_bytes() == BODY


def test_with_streaming_response_stream_to_file(
    client: openai.OpenAI, mock: respx.MockRouter, tmp_path: pathlib.Path
) -> None:
    target = tmp_path / "model.json"
    with client.with_streaming_response.models.retrieve("gpt-4o") as response:
        assert isinstance(response, APIResponse)
        assert response.request_id == "req_m"
        response.stream_to_file(target, chunk_size=8)
    assert response.is_closed
    assert json.loads(target.read_bytes()) == MODEL


def test_with_streaming_response_parse(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    with client.models.with_streaming_response.retrieve("gpt-4o") as response:
        model = response.parse()
    assert isinstance(model, Model) and model.id == "gpt-4o"
    assert response.is_closed


# ----------------------------------------------------------------------------- async


async def async_content(client: openai.AsyncOpenAI) -> HttpxBinaryResponseContent:
    result = await client.get(PATH, cast_to=HttpxBinaryResponseContent)
    assert isinstance(result, HttpxBinaryResponseContent)
    return result


async def async_streamed(client: openai.AsyncOpenAI) -> AsyncAPIResponse[Any]:
    return await client.request(
        HttpxBinaryResponseContent, FinalRequestOptions(method="get", url=PATH, headers=STREAM_MODE["headers"])
    )


@pytest.mark.anyio
async def test_async_binary_content(async_client: openai.AsyncOpenAI, server: Server) -> None:
    result = await async_content(async_client)
    assert result.content == BODY
    assert await result.aread() == BODY
    assert b"".join([c async for c in await result.aiter_bytes(4096)]) == BODY
    assert server.pulled == len(CHUNKS)


@pytest.mark.anyio
async def test_async_astream_to_file(async_client: openai.AsyncOpenAI, server: Server, tmp_path: pathlib.Path) -> None:
    target = tmp_path / "out.bin"
    content = await async_content(async_client)
    with pytest.warns(DeprecationWarning, match="with_streaming_response"):  # as the sync twin
        await content.astream_to_file(target)
    assert target.read_bytes() == BODY


@pytest.mark.anyio
async def test_async_stream_to_file_writes_chunk_by_chunk(
    async_client: openai.AsyncOpenAI, server: Server, tmp_path: pathlib.Path
) -> None:
    response = await async_streamed(async_client)
    assert isinstance(response, AsyncAPIResponse)
    assert server.pulled == 0
    target = tmp_path / "large.bin"
    await response.stream_to_file(target)
    assert target.read_bytes() == BODY
    assert server.pulled == len(CHUNKS)
    assert not_buffered(response.http_response)
    assert response.is_closed


@pytest.mark.anyio
async def test_async_streamed_iter_bytes_follows_the_server(async_client: openai.AsyncOpenAI, server: Server) -> None:
    response = await async_streamed(async_client)
    pulled: List[int] = [server.pulled async for _ in response.iter_bytes()]
    assert pulled == list(range(1, len(CHUNKS) + 1))


@pytest.mark.anyio
async def test_async_reading_a_body_already_iterated_raises_stream_already_consumed(
    async_client: openai.AsyncOpenAI, server: Server
) -> None:
    response = await async_streamed(async_client)
    assert b"".join([chunk async for chunk in response.iter_bytes()]) == BODY
    with pytest.raises(StreamAlreadyConsumed, match=r"calling `\.read\(\)` before starting to stream\.$"):
        await response.read()


@pytest.mark.anyio
async def test_async_with_streaming_response_stream_to_file(
    async_client: openai.AsyncOpenAI, mock: respx.MockRouter, tmp_path: pathlib.Path
) -> None:
    target = tmp_path / "model.json"
    async with async_client.with_streaming_response.models.retrieve("gpt-4o") as response:
        assert isinstance(response, AsyncAPIResponse)
        await response.stream_to_file(target)
    assert response.is_closed
    parsed: Dict[str, Any] = json.loads(target.read_bytes())
    assert parsed == MODEL
