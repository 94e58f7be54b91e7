"""Parsing JSON that is still being written: the value of the longest complete prefix.

While a structured output streams in, `{"name": "Ada", "tags": ["x", "y` is already worth
something: `{"name": "Ada", "tags": ["x"]}`. Open objects and arrays are closed; a member whose
value is not complete yet (a string without its closing quote, `tru`, `12.`, `-`) is left out,
as is a key still waiting for its value. A number at the very end is kept when it is valid as it
stands (`12` may still become `123`; it is shown as `12` meanwhile).

`PartialJSON` is fed text as it arrives and only scans what is new: the characters are read once
over the whole stream, and each `value()` is a single `json.loads` of the complete part, closed.
Text that can never become JSON (`{"a" 1`, `[01]`, a bad escape) raises `PartialJSONError`, and
keeps raising for every later feed.
"""

from __future__ import annotations

import json
import re
from typing import Any, List, Optional

__all__ = ["PartialJSON", "PartialJSONError", "parse_partial_json"]


class PartialJSONError(ValueError):
    """The text is not the beginning of a JSON document (or has no complete value yet)."""


_WHITESPACE = re.compile(r"[ \t\n\r]*")


def _skip_whitespace(text: str, pos: int) -> int:
    match = _WHITESPACE.match(text, pos)
    return match.end() if match is not None else pos


# From an opening quote: the rest of a string, up to its closing quote (absent: not complete).
_STRING_REST = re.compile(r'(?:[^"\\]|\\.)*"', re.DOTALL)
_NUMBER_CHARS = re.compile(r"[-+.eE0-9]*")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
# What a number can look like before it is finished (`-`, `1.`, `1e`, `1e+`).
_NUMBER_PREFIX = re.compile(r"-?(?:(?:0|[1-9][0-9]*)(?:\.[0-9]*|(?:\.[0-9]+)?[eE][+-]?[0-9]*)?)?")
_LITERALS = {"t": "true", "f": "false", "n": "null"}
_DECODER = json.JSONDecoder(strict=False)

# What the innermost open container waits for next.
_VALUE = "value"  # a value (after `[`, `,` in an array, `:`, or at the top level)
_VALUE_OR_CLOSE = "value_or_close"  # just after `[`
_KEY = "key"  # after `,` in an object
_KEY_OR_CLOSE = "key_or_close"  # just after `{`
_COLON = "colon"
_COMMA_OR_CLOSE = "comma_or_close"
_DONE = "done"  # the top-level value is complete; only whitespace may follow


class _Frame:
    """An open object or array: what it waits for, and where its complete part ends."""

    __slots__ = ("closer", "state", "cut")

    def __init__(self, closer: str, state: str, cut: int) -> None:
        self.closer = closer
        self.state = state
        self.cut = cut  # text[:cut] ends with `{`/`[` or a complete member


class PartialJSON:
    """An incremental parser for one JSON document arriving in pieces."""

    def __init__(self) -> None:
        self._text = ""
        self._pos = 0  # everything before is scanned; the token starting here is not complete
        self._stack: List[_Frame] = []
        self._top_state = _VALUE
        self._top_end = 0  # where the complete top-level value ends (state `_DONE`)
        self._error: Optional[PartialJSONError] = None

    @property
    def text(self) -> str:
        return self._text

    def feed(self, chunk: str) -> "PartialJSON":
        """Append `chunk` and scan as far as the text allows."""
        if chunk:
            self._text += chunk
            if self._error is None:
                try:
                    self._scan()
                except PartialJSONError as error:
                    self._error = error
        return self

    def value(self) -> Any:
        """The value of the complete part, with open containers closed (a fresh object each call)."""
        if self._error is not None:
            raise self._error
        text = self._text
        if not self._stack:
            if self._top_state == _DONE:
                source = text[: self._top_end]
            else:
                end = self._trailing_number_end()
                if end is None:
                    raise PartialJSONError("no complete JSON value yet")
                source = text[:end]
        else:
            frame = self._stack[-1]
            end = self._trailing_number_end() if frame.state in (_VALUE, _VALUE_OR_CLOSE) else None
            closers = "".join(f.closer for f in reversed(self._stack))
            source = (text if end is not None else text[: frame.cut]) + closers
        return _DECODER.decode(source)

    # ------------------------------------------------------------------ scanning

    def _trailing_number_end(self) -> Optional[int]:
        """The end of the text, if what is left after the scan position is a valid number."""
        text = self._text
        start = _skip_whitespace(text, self._pos)
        if start < len(text) and _NUMBER.fullmatch(text, start):
            return len(text)
        return None

    def _scan(self) -> None:
        text = self._text
        size = len(text)
        while True:
            pos = _skip_whitespace(text, self._pos)
            if pos >= size:
                self._pos = pos
                return
            state = self._stack[-1].state if self._stack else self._top_state
            char = text[pos]
            if state == _DONE:
                raise _unexpected(text, pos)
            if state in (_KEY_OR_CLOSE, _COMMA_OR_CLOSE, _VALUE_OR_CLOSE) and char in "}]":
                if char != self._stack[-1].closer:
                    raise _unexpected(text, pos)
                self._stack.pop()
                self._value_done(pos + 1)
            elif state == _COMMA_OR_CLOSE:
                if char != ",":
                    raise _unexpected(text, pos)
                frame = self._stack[-1]
                frame.state = _KEY if frame.closer == "}" else _VALUE
                self._pos = pos + 1
            elif state in (_KEY, _KEY_OR_CLOSE):
                if char != '"':
                    raise _unexpected(text, pos)
                end = self._string_end(pos)
                if end is None:
                    return
                self._stack[-1].state = _COLON
                self._pos = end
            elif state == _COLON:
                if char != ":":
                    raise _unexpected(text, pos)
                self._stack[-1].state = _VALUE
                self._pos = pos + 1
            elif not self._scan_value(pos, char):
                return

    def _scan_value(self, pos: int, char: str) -> bool:
        """Scan the value starting at `pos`; False when it is not complete yet."""
        text = self._text
        if char == "{":
            self._stack.append(_Frame("}", _KEY_OR_CLOSE, pos + 1))
            self._pos = pos + 1
            return True
        if char == "[":
            self._stack.append(_Frame("]", _VALUE_OR_CLOSE, pos + 1))
            self._pos = pos + 1
            return True
        if char == '"':
            end = self._string_end(pos)
        elif char in _LITERALS:
            literal = _LITERALS[char]
            if text.startswith(literal, pos):
                end = pos + len(literal)
            elif literal.startswith(text[pos:]):
                end = None
            else:
                raise _unexpected(text, pos)
        elif char == "-" or "0" <= char <= "9":
            number = _NUMBER_CHARS.match(text, pos)
            end = number.end() if number is not None else pos
            if end == len(text):  # the number may go on: wait (`value()` shows it if valid)
                if not _NUMBER_PREFIX.fullmatch(text, pos):
                    raise PartialJSONError(f"invalid number at position {pos}: {text[pos:]!r}")
                end = None
            elif not _NUMBER.fullmatch(text, pos, end):
                raise PartialJSONError(f"invalid number at position {pos}: {text[pos:end]!r}")
        else:
            raise _unexpected(text, pos)
        if end is None:
            self._pos = pos
            return False
        self._value_done(end)
        return True

    def _string_end(self, pos: int) -> Optional[int]:
        """The end of the string opening at `pos` (checked), or None while it is still open."""
        match = _STRING_REST.match(self._text, pos + 1)
        if match is None:
            self._pos = pos
            return None
        end = match.end()
        try:
            _DECODER.decode(self._text[pos:end])
        except json.JSONDecodeError as error:
            raise PartialJSONError(f"invalid string at position {pos}: {error.msg}") from None
        return end

    def _value_done(self, end: int) -> None:
        self._pos = end
        if not self._stack:
            self._top_state = _DONE
            self._top_end = end
            return
        frame = self._stack[-1]
        frame.state = _COMMA_OR_CLOSE
        frame.cut = end


def _unexpected(text: str, pos: int) -> PartialJSONError:
    return PartialJSONError(f"unexpected {text[pos]!r} at position {pos}")


def parse_partial_json(text: str) -> Any:
    """The value of `text`, the beginning of a JSON document; raises `PartialJSONError`."""
    return PartialJSON().feed(text).value()
