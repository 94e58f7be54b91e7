"""What the thread, message, run and step resources share: the deprecation of the Assistants API."""

from __future__ import annotations

import functools
import inspect
import warnings
from typing import TYPE_CHECKING, Any, Callable, TypeVar, cast

__all__ = ["DEPRECATION_MESSAGE", "deprecated", "warn_deprecated"]

# 1.102.0 marks these methods deprecated and warns on every call; same category, same pointer.
DEPRECATION_MESSAGE = "The Assistants API is deprecated in favor of the Responses API"

_F = TypeVar("_F", bound=Callable[..., Any])


def warn_deprecated() -> None:
    """Warn the caller of the function calling this one (a deprecated method or its wrapper)."""
    warnings.warn(DEPRECATION_MESSAGE, DeprecationWarning, stacklevel=3)


if TYPE_CHECKING:  # type checkers see the standard marker (pyright's and mypy's `deprecated` reports)
    from typing_extensions import deprecated as deprecated
else:

    def deprecated(message: str) -> Callable[[_F], _F]:
        """`@deprecated(DEPRECATION_MESSAGE)`: wrap a method so that each call emits the Assistants
        `DeprecationWarning` at its caller.

        Unlike `typing_extensions.deprecated`, a coroutine function stays one (the warning comes
        when it is awaited), so the method's signature and kind look the same to introspection.
        """

        def decorate(method: _F) -> _F:
            @functools.wraps(method)
            def call(*args: Any, **kwargs: Any) -> Any:
                warnings.warn(message, DeprecationWarning, stacklevel=2)
                return method(*args, **kwargs)

            @functools.wraps(method)
            async def call_async(*args: Any, **kwargs: Any) -> Any:
                warnings.warn(message, DeprecationWarning, stacklevel=2)
                return await method(*args, **kwargs)

            wrapper: Any = call_async if inspect.iscoroutinefunction(method) else call
            wrapper.__deprecated__ = message
            return cast(_F, wrapper)

        return decorate
