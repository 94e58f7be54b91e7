"""What the generation endpoints share: reading prompts, counting tokens, resolving scripts."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Union

from .._core import APIErrorReply, FakeCore, FakeRequest, Reply, Scripted, ToolCall, default_reply_text

__all__ = ["Outcome", "text_of", "count_tokens", "pieces", "resolve", "json_schema_instance"]

_TOKEN = re.compile(r"\w+|[^\w\s]")


def text_of(content: Any) -> str:
    """The plain text of a message content: a string, or a list of parts with text."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts = []
        for part in content:
            if isinstance(part, str):
                texts.append(part)
            elif isinstance(part, dict):
                value = part.get("text", part.get("refusal"))
                if isinstance(value, str):
                    texts.append(value)
        return " ".join(texts)
    return str(content)


def count_tokens(text: str) -> int:
    """A deterministic token count: words and punctuation marks (close enough for tests)."""
    return len(_TOKEN.findall(text))


def pieces(text: str) -> List[str]:
    """`text` cut into stream deltas (a word with its leading space each); joined they give `text`."""
    found = re.findall(r"\s*\S+", text)
    if not found:
        return [text] if text else []
    found[-1] += text[len("".join(found)) :]  # trailing whitespace stays with the last piece
    return found


@dataclass
class Outcome:
    """What a generation endpoint answers with, independent of its wire format."""

    text: Optional[str] = None
    refusal: Optional[str] = None
    tool_calls: List[ToolCall] = field(default_factory=list)


def _as_outcome(entry: Scripted) -> Outcome:
    if entry.error is not None:
        raise entry.error
    if entry.tool_calls:
        return Outcome(tool_calls=list(entry.tool_calls))
    if entry.refusal is not None:
        return Outcome(refusal=entry.refusal)
    if entry.json_output is not None:
        return Outcome(text=json.dumps(entry.json_output))
    return Outcome(text=entry.text if entry.text is not None else "")


def resolve(fake: FakeCore, endpoint: str, request: FakeRequest) -> Union[Reply, Outcome, None]:
    """The scripted answer for this call of `endpoint`: a ready `Reply`, an `Outcome`, or None
    (nothing scripted: the endpoint answers with its deterministic default).

    A script entry is a `Scripted`, a string (the reply text), a `Reply` or a dict (sent as is);
    a `Scripted.handler` is called with the request and may return any of these, or None.
    """
    entry = fake.take_script(endpoint)
    for _ in range(8):  # a handler may return another Scripted with its own handler
        if entry is None:
            return None
        if isinstance(entry, str):
            return Outcome(text=entry)
        if isinstance(entry, Reply):
            return entry
        if isinstance(entry, (dict, list)):
            return Reply(json=entry)
        if isinstance(entry, APIErrorReply):
            raise entry
        if not isinstance(entry, Scripted):
            raise TypeError(f"Unsupported scripted reply for {endpoint!r}: {entry!r}")
        if entry.handler is None:
            return _as_outcome(entry)
        entry = entry.handler(request)
    raise RuntimeError(f"Scripted handlers for {endpoint!r} keep returning handlers")


def json_schema_instance(response_format: Any) -> Optional[str]:
    """For a `json_schema` / `json_object` format, a JSON text the caller's parser accepts."""
    from .._schema import instance_for

    if not isinstance(response_format, dict):
        return None
    kind = response_format.get("type")
    if kind == "json_schema":
        # Chat nests the schema under `json_schema`; Responses' `text.format` holds it directly.
        holder = response_format.get("json_schema", response_format)
        schema = holder.get("schema") if isinstance(holder, dict) else None
        return json.dumps(instance_for(schema or {"type": "object"}))
    if kind == "json_object":
        return json.dumps({"reply": "fake"})
    return None


def default_outcome(prompt: str, response_format: Any = None) -> Outcome:
    """The deterministic answer when nothing is scripted."""
    structured = json_schema_instance(response_format)
    return Outcome(text=structured if structured is not None else default_reply_text(prompt))


def default_tool_call(tools: Any, tool_choice: Any, answering_a_user: bool) -> Optional[ToolCall]:
    """The call a model would make by default: a function tool offered while answering a user
    (not a tool result), unless `tool_choice` is "none"; arguments follow its JSON schema.

    This makes an unscripted tool loop run one round: call, tool result, then a text answer.
    """
    from .._schema import instance_for

    functions: List[Dict[str, Any]] = []
    for tool in tools if isinstance(tools, list) else []:
        if isinstance(tool, dict) and tool.get("type") == "function":
            spec = tool.get("function", tool)  # chat nests the function; responses does not
            if isinstance(spec, dict) and spec.get("name"):
                functions.append(spec)
    if not functions or tool_choice == "none":
        return None
    if isinstance(tool_choice, dict):
        wanted = (tool_choice.get("function") or tool_choice).get("name")
        functions = [f for f in functions if f.get("name") == wanted] or functions
    elif tool_choice != "required" and not answering_a_user:
        return None
    chosen = functions[0]
    arguments = instance_for(chosen.get("parameters") or {"type": "object", "properties": {}})
    return ToolCall(name=str(chosen["name"]), arguments=json.dumps(arguments))


def tool_call_dict(call: ToolCall, fake: FakeCore) -> Dict[str, Any]:
    """A ToolCall with its id filled in (ids are generated when the script gave none)."""
    return {"id": call.id or fake.new_id("call_"), "name": call.name, "arguments": call.arguments}
