"""Error responses: which exception class, and what it tells about the failure."""

from __future__ import annotations

import inspect
from typing import Any

import httpx
import pytest
import respx

import openai
import openai._exceptions
from tests.utils import API_KEY, BASE_URL

ERROR = {"message": "Invalid value for 'model'", "type": "invalid_request_error", "param": "model", "code": "bad_model"}

pytestmark = [pytest.mark.anyio, pytest.mark.respx(base_url=BASE_URL)]


# The `api` fixture (conftest) without retries: each test sees the first response's error.
API_OPTIONS = {"max_retries": 0}


async def error_for(api: Any, respx_mock: respx.MockRouter, response: httpx.Response) -> openai.APIStatusError:
    """The exception `models.retrieve` raises when the server answers `response`."""
    respx_mock.get("/models/gpt-4o").mock(return_value=response)
    with pytest.raises(openai.APIStatusError) as info:
        result = api.models.retrieve("gpt-4o")
        if inspect.isawaitable(result):
            await result
    return info.value


# ---- status -> class ---------------------------------------------------------------------------


STATUS_CLASSES = [
    (400, openai.BadRequestError),
    (401, openai.AuthenticationError),
    (403, openai.PermissionDeniedError),
    (404, openai.NotFoundError),
    (409, openai.ConflictError),
    (422, openai.UnprocessableEntityError),
    (429, openai.RateLimitError),
    (500, openai.InternalServerError),
    (502, openai.InternalServerError),
    (599, openai.InternalServerError),
    (418, openai.APIStatusError),
    (451, openai.APIStatusError),
]


@pytest.mark.parametrize(("status", "error_class"), STATUS_CLASSES)
async def test_status_maps_to_exception_class(
    api: Any, respx_mock: respx.MockRouter, status: int, error_class: type
) -> None:
    exc = await error_for(api, respx_mock, httpx.Response(status, json={"error": ERROR}))
    assert type(exc) is error_class
    assert exc.status_code == status


def test_status_errors_subclass_api_status_error() -> None:
    for _, cls in STATUS_CLASSES:
        assert issubclass(cls, openai.APIStatusError)
    assert issubclass(openai.APIStatusError, openai.APIError)
    assert issubclass(openai.APIError, openai.OpenAIError)
    assert issubclass(openai.OpenAIError, Exception)


def test_connection_errors_hierarchy() -> None:
    assert issubclass(openai.APITimeoutError, openai.APIConnectionError)
    assert issubclass(openai.APIConnectionError, openai.APIError)
    assert not issubclass(openai.APIConnectionError, openai.APIStatusError)
    assert issubclass(openai.APIResponseValidationError, openai.APIError)


def test_exceptions_module_docstring_draws_the_tree() -> None:
    doc = openai._exceptions.__doc__ or ""
    for name in (
        "OpenAIError",
        "APIError",
        "APIStatusError",
        "RateLimitError",
        "APIConnectionError",
        "APITimeoutError",
    ):
        assert name in doc
    # Drawn as a tree: the leaves are indented deeper than the root.
    root = next(line for line in doc.splitlines() if "OpenAIError" in line)
    leaf = next(line for line in doc.splitlines() if "RateLimitError" in line)
    assert leaf.index("RateLimitError") > root.index("OpenAIError")


# ---- attributes ------------------------------------------------------------------------------


async def test_error_attributes_from_an_error_object(api: Any, respx_mock: respx.MockRouter) -> None:
    response = httpx.Response(400, json={"error": ERROR}, headers={"x-request-id": "req_123"})
    exc = await error_for(api, respx_mock, response)
    assert exc.body == ERROR
    assert exc.code == "bad_model"
    assert exc.param == "model"
    assert exc.type == "invalid_request_error"
    assert exc.request_id == "req_123"
    assert exc.message.startswith("Error code: 400")
    assert "Invalid value for 'model'" in exc.message
    assert str(exc) == exc.message


async def test_error_carries_request_and_response(api: Any, respx_mock: respx.MockRouter) -> None:
    exc = await error_for(api, respx_mock, httpx.Response(404, json={"error": ERROR}))
    assert isinstance(exc.response, httpx.Response)
    assert exc.response.status_code == 404
    assert exc.request.method == "GET"
    assert exc.request.url == BASE_URL + "/models/gpt-4o"
    assert exc.request is exc.response.request


async def test_body_is_the_json_without_an_error_key(api: Any, respx_mock: respx.MockRouter) -> None:
    exc = await error_for(api, respx_mock, httpx.Response(409, json={"detail": "busy", "code": "locked"}))
    assert exc.body == {"detail": "busy", "code": "locked"}
    assert exc.code == "locked"
    assert exc.param is None
    assert exc.message.startswith("Error code: 409")


async def test_error_that_is_not_an_object(api: Any, respx_mock: respx.MockRouter) -> None:
    exc = await error_for(api, respx_mock, httpx.Response(400, json={"error": "plain words"}))
    assert exc.body == "plain words"
    assert exc.code is None
    assert exc.type is None


async def test_non_json_error_body(api: Any, respx_mock: respx.MockRouter) -> None:
    exc = await error_for(api, respx_mock, httpx.Response(502, text="<html>Bad gateway</html>"))
    assert type(exc) is openai.InternalServerError
    assert exc.body == "<html>Bad gateway</html>"
    # The text itself is the message when it is not JSON.
    assert exc.message == "<html>Bad gateway</html>"
    assert exc.code is None
    assert exc.request_id is None


async def test_empty_error_body(api: Any, respx_mock: respx.MockRouter) -> None:
    exc = await error_for(api, respx_mock, httpx.Response(403))
    # The (empty) text, as the official client has it; not None.
    assert exc.body == ""
    assert exc.message == "Error code: 403"
    assert exc.code is None and exc.param is None and exc.type is None


async def test_response_is_closed_after_the_error(api: Any, respx_mock: respx.MockRouter) -> None:
    exc = await error_for(api, respx_mock, httpx.Response(400, json={"error": ERROR}))
    assert exc.response.is_closed
    # The body was read before closing, so it is still available.
    assert exc.response.json() == {"error": ERROR}


async def test_api_key_is_not_in_the_exception(api: Any, respx_mock: respx.MockRouter) -> None:
    exc = await error_for(api, respx_mock, httpx.Response(401, json={"error": ERROR}))
    assert API_KEY not in str(exc)
    assert API_KEY not in repr(exc)
    assert API_KEY not in repr(exc.request)
