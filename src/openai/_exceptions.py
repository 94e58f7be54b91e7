"""Every exception the client raises.

OpenAIError
 +-- APIError                       (has .request, .message, .body, .code, .param, .type)
 |    +-- APIStatusError            (the server answered 4xx/5xx: .response, .status_code, .request_id)
 |    |    +-- BadRequestError            400
 |    |    +-- AuthenticationError        401
 |    |    +-- PermissionDeniedError      403
 |    |    +-- NotFoundError              404
 |    |    +-- ConflictError              409
 |    |    +-- UnprocessableEntityError   422
 |    |    +-- RateLimitError             429
 |    |    +-- InternalServerError        >= 500
 |    +-- APIConnectionError        (no response: network failure)
 |    |    +-- APITimeoutError
 |    +-- APIResponseValidationError (strict mode: the body did not match our models)
 +-- LengthFinishReasonError, ContentFilterFinishReasonError  (structured-output helpers)
 +-- InvalidWebhookSignatureError (ValueError too)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Optional, Tuple

import httpx
from typing_extensions import Literal

if TYPE_CHECKING:
    from ._rate_limits import RateLimits
    from .types.chat import ChatCompletion

__all__ = [
    "OpenAIError",
    "APIError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
    "LengthFinishReasonError",
    "ContentFilterFinishReasonError",
    "InvalidWebhookSignatureError",
]


class OpenAIError(Exception):
    pass


class APIError(OpenAIError):
    message: str
    request: httpx.Request
    body: object | None
    """The decoded JSON body of the error response, or its text, or None."""
    code: Optional[str] = None
    param: Optional[str] = None
    type: Optional[str]

    def __init__(self, message: str, request: httpx.Request, *, body: object | None) -> None:
        super().__init__(message)
        self.request = request
        self.message = message
        self.body = body
        if isinstance(body, dict):
            # As sent (the official client keeps e.g. an integer `code` an integer).
            self.code = body.get("code")
            self.param = body.get("param")
            self.type = body.get("type")
        else:
            self.code = None
            self.param = None
            self.type = None

    def __reduce__(self) -> Any:
        # Pickled with its attributes (the default would call `__init__` with only the message,
        # which fails), the request's and response's credential headers redacted.
        from ._secrets import redacted_error_state

        return (_restore_error, (type(self), self.args, redacted_error_state(self)))


def _restore_error(cls: Any, args: Tuple[Any, ...], state: Dict[str, Any]) -> Any:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class APIResponseValidationError(APIError):
    response: httpx.Response
    status_code: int

    def __init__(self, response: httpx.Response, body: object | None, *, message: str | None = None) -> None:
        super().__init__(message or "Data returned by API invalid for expected schema.", response.request, body=body)
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """The server answered with a 4xx or 5xx status."""

    response: httpx.Response
    status_code: int
    request_id: str | None

    def __init__(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = response.headers.get("x-request-id")

    @property
    def rate_limits(self) -> "RateLimits":
        """The error response's `x-ratelimit-*` headers, typed: on a `RateLimitError`,
        `retry_after` / `reset_requests` / `reset_tokens` say how long to wait."""
        from ._rate_limits import RateLimits

        return RateLimits.from_headers(self.response.headers)


class BadRequestError(APIStatusError):
    status_code: Literal[400] = 400  # type: ignore[assignment]


class AuthenticationError(APIStatusError):
    status_code: Literal[401] = 401  # type: ignore[assignment]


class PermissionDeniedError(APIStatusError):
    status_code: Literal[403] = 403  # type: ignore[assignment]


class NotFoundError(APIStatusError):
    status_code: Literal[404] = 404  # type: ignore[assignment]


class ConflictError(APIStatusError):
    status_code: Literal[409] = 409  # type: ignore[assignment]


class UnprocessableEntityError(APIStatusError):
    status_code: Literal[422] = 422  # type: ignore[assignment]


class RateLimitError(APIStatusError):
    status_code: Literal[429] = 429  # type: ignore[assignment]


class InternalServerError(APIStatusError):
    pass


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    if status_code >= 500:
        return InternalServerError
    return _STATUS_ERRORS.get(status_code, APIStatusError)


class APIConnectionError(APIError):
    def __init__(self, *, message: str = "Connection error.", request: httpx.Request) -> None:
        super().__init__(message, request, body=None)


class APITimeoutError(APIConnectionError):
    def __init__(self, request: httpx.Request) -> None:
        super().__init__(message="Request timed out.", request=request)


class LengthFinishReasonError(OpenAIError):
    completion: "ChatCompletion"

    def __init__(self, *, completion: "ChatCompletion") -> None:
        msg = "Could not parse response content as the length limit was reached"
        if completion.usage:
            msg += f" - {completion.usage}"
        super().__init__(msg)
        self.completion = completion


class ContentFilterFinishReasonError(OpenAIError):
    def __init__(self) -> None:
        super().__init__("Could not parse response content as the request was rejected by the content filter")


class InvalidWebhookSignatureError(ValueError):
    """A webhook payload whose signature, headers or timestamp do not check out."""
